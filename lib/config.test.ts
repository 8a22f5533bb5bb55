import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONFIG_VARIABLES, ConfigError, parseConfig } from './config';

function problemsOf(env: Record<string, string>): string[] {
  try {
    parseConfig(env);
    return [];
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
}

describe('the configuration', () => {
  it('has a default for everything a first run needs', () => {
    const settings = parseConfig({});
    expect(settings).toMatchObject({ databaseUrl: null, port: 3000, trustProxy: 0, apiTokenRateLimit: 600, exportBatchSize: 2000, logLevel: 'info', oidc: null });
  });

  it('refuses a malformed number instead of turning it into NaN, naming the variable and the value', () => {
    expect(problemsOf({ API_TOKEN_RATE_LIMIT: 'lots' })).toEqual(['API_TOKEN_RATE_LIMIT must be a whole number from 1 to 1000000 (got "lots")']);
    expect(problemsOf({ API_TOKEN_RATE_LIMIT: '0' })).toHaveLength(1);
    expect(problemsOf({ API_TOKEN_RATE_LIMIT: '2.5' })).toHaveLength(1);
    expect(problemsOf({ PORT: '70000', TRUST_PROXY: 'yes', LOG_LEVEL: 'debug' }).map((problem) => problem.split(' ')[0])).toEqual(['PORT', 'TRUST_PROXY', 'LOG_LEVEL']);
  });

  it('lists every problem at once and never quotes a secret', () => {
    const problems = problemsOf({ NEXTAUTH_SECRET: 'short-secret', DATABASE_URL: 'mysql://root@db/x', NEXTAUTH_URL: 'desk.example' });
    expect(problems.map((problem) => problem.split(' ')[0]).sort()).toEqual(['DATABASE_URL', 'NEXTAUTH_SECRET', 'NEXTAUTH_URL']);
    expect(problems.join('\n')).not.toContain('short-secret');
    expect(problems.join('\n')).not.toContain('mysql://root');
    expect(problems.join('\n')).toContain('desk.example');
  });

  it('treats an empty value as unset', () => {
    expect(parseConfig({ PORT: '', TRUST_PROXY: ' ' }).port).toBe(3000);
  });

  it('reads switches, proxy counts, URLs and lists', () => {
    const settings = parseConfig({ SEED_DEMO: 'true', TRUST_PROXY: '2', NEXTAUTH_URL: 'https://desk.example/corroborate/', CORROBORATE_ALLOW_LOOPBACK_IMPORT: '0' });
    expect(settings).toMatchObject({ seedDemo: true, trustProxy: 2, publicUrl: 'https://desk.example/corroborate', allowLoopbackImport: false });
    expect(problemsOf({ SEED_DEMO: 'maybe' })).toHaveLength(1);
  });

  it('takes the direct (session) database URL from DATABASE_URL unless a pooler sits between them', () => {
    const direct = 'postgresql://app@db.internal:5432/corroborate';
    const pooled = 'postgresql://app@pgbouncer.internal:6432/corroborate';
    expect(parseConfig({ DATABASE_URL: direct })).toMatchObject({ databaseUrl: direct, databaseDirectUrl: direct });
    expect(parseConfig({ DATABASE_URL: pooled, DATABASE_DIRECT_URL: direct })).toMatchObject({ databaseUrl: pooled, databaseDirectUrl: direct });
    expect(parseConfig({}).databaseDirectUrl).toBeNull();
    expect(problemsOf({ DATABASE_DIRECT_URL: 'db.internal:5432' })).toEqual(['DATABASE_DIRECT_URL must be a postgresql:// URL']);
  });

  it('wants all three OIDC variables or none', () => {
    expect(problemsOf({ OIDC_ISSUER: 'https://id.example' })[0]).toMatch(/OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET go together/);
    expect(parseConfig({ OIDC_ISSUER: 'https://id.example', OIDC_CLIENT_ID: 'desk', OIDC_CLIENT_SECRET: 's' }).oidc).toEqual({ issuer: 'https://id.example', clientId: 'desk', clientSecret: 's', name: 'Single sign-on' });
  });

  it('is documented: every variable has a row in the README configuration table', () => {
    const readme = readFileSync(path.join(import.meta.dirname, '..', 'README.md'), 'utf8');
    const table = readme.slice(readme.indexOf('## Configuration'));
    const missing = CONFIG_VARIABLES.filter((name) => !table.includes(`\`${name}`));
    expect(missing).toEqual([]);
  });
});
