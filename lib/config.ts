// The one module that reads the environment. Every variable the workbench
// understands is parsed here with zod, once, into a typed `Config`; the rest of
// the code asks `config()` and never touches `process.env` (a lint rule keeps it
// so). A malformed value stops the start with a message naming the variable,
// instead of turning into NaN or a silently ignored setting somewhere deep in
// a request.
//
// Not `server-only`: scripts/start.ts and the export workers read it too. Client
// components never import it (lint rule), so no variable reaches a browser.
import os from 'node:os';
import { z } from 'zod';
import { MAX_TOKEN_EXPIRY_DAYS } from './validation/tokens';

type Env = Record<string, string | undefined>;

/** An empty value is the same as an unset one (env files and compose often write `NAME=`). */
function present(env: Env, name: string): string | undefined {
  const value = env[name]?.trim();
  return value === '' ? undefined : value;
}

const wholeNumber = (min: number, max: number) =>
  z
    .string()
    .regex(/^\d+$/, `must be a whole number from ${min} to ${max}`)
    .transform(Number)
    .pipe(z.number().int().min(min, `must be a whole number from ${min} to ${max}`).max(max, `must be a whole number from ${min} to ${max}`));

const seconds = (min: number, max: number) =>
  z
    .string()
    .regex(/^\d+(?:\.\d+)?$/, `must be a number of seconds from ${min} to ${max}`)
    .transform(Number)
    .pipe(z.number().min(min, `must be a number of seconds from ${min} to ${max}`).max(max, `must be a number of seconds from ${min} to ${max}`));

const flag = z
  .string()
  .transform((value) => value.toLowerCase())
  .pipe(z.enum(['1', '0', 'true', 'false', 'yes', 'no', 'on', 'off'], { error: 'must be 1 or 0 (or true / false)' }))
  .transform((value) => ['1', 'true', 'yes', 'on'].includes(value));

const httpUrl = z
  .string()
  .refine((value) => URL.canParse(value) && /^https?:$/.test(new URL(value).protocol), 'must be an http:// or https:// URL');

const postgresUrl = z
  .string()
  .refine((value) => URL.canParse(value) && /^postgres(?:ql)?:$/.test(new URL(value).protocol), 'must be a postgresql:// URL');

const smtpUrl = z
  .string()
  .refine((value) => URL.canParse(value) && /^smtps?:$/.test(new URL(value).protocol), 'must be an smtp:// or smtps:// URL');

/** Host names or IP addresses, comma-separated; lower-cased, brackets and blanks dropped. */
const hostList = z
  .string()
  .transform((value) => value.split(',').map((host) => host.trim().toLowerCase().replace(/^\[(.*)\]$/, '$1')).filter(Boolean))
  .pipe(z.array(z.string().regex(/^[a-z0-9.:-]+$/, 'must list host names or IP addresses, separated by commas')));

const email = z.email({ error: 'must be an email address' });

/**
 * Each variable: its schema and whether its value may be quoted back in an
 * error message (never for secrets).
 */
const VARIABLES = {
  DATABASE_URL: { schema: postgresUrl, secret: true },
  DATABASE_DIRECT_URL: { schema: postgresUrl, secret: true },
  DATABASE_POOL_SIZE: { schema: wholeNumber(1, 1000), secret: false },
  WEB_CONCURRENCY: { schema: wholeNumber(1, 256), secret: false },
  NEXTAUTH_SECRET: { schema: z.string().min(32, 'must be at least 32 characters (e.g. `openssl rand -base64 48`)'), secret: true },
  AUTH_SECRET: { schema: z.string().min(32, 'must be at least 32 characters (e.g. `openssl rand -base64 48`)'), secret: true },
  NEXTAUTH_URL: { schema: httpUrl, secret: false },
  PORT: { schema: wholeNumber(1, 65535), secret: false },
  HOSTNAME_BIND: { schema: z.string().regex(/^[A-Za-z0-9.:[\]-]+$/, 'must be a host name or an IP address'), secret: false },
  KEEP_ALIVE_TIMEOUT_MS: { schema: wholeNumber(1000, 600_000), secret: false },
  SHUTDOWN_GRACE_SECONDS: { schema: seconds(1, 3600), secret: false },
  TRUST_PROXY: { schema: wholeNumber(0, 10), secret: false },
  SEED_DEMO: { schema: flag, secret: false },
  SEED_DEMO_PASSWORD: { schema: z.string().min(1), secret: true },
  ADMIN_EMAIL: { schema: email, secret: false },
  ADMIN_PASSWORD: { schema: z.string().min(1), secret: true },
  OIDC_ISSUER: { schema: httpUrl, secret: false },
  OIDC_CLIENT_ID: { schema: z.string().min(1), secret: false },
  OIDC_CLIENT_SECRET: { schema: z.string().min(1), secret: true },
  OIDC_NAME: { schema: z.string().min(1).max(100), secret: false },
  EXPORT_WORKERS: { schema: wholeNumber(0, 16), secret: false },
  EXPORT_BATCH_SIZE: { schema: wholeNumber(1, 50_000), secret: false },
  ARTICLE_WORKERS: { schema: wholeNumber(0, 8), secret: false },
  ARTICLE_WORK_TIME_LIMIT_MS: { schema: wholeNumber(1000, 600_000), secret: false },
  API_TOKEN_RATE_LIMIT: { schema: wholeNumber(1, 1_000_000), secret: false },
  API_TOKEN_DEFAULT_EXPIRY_DAYS: { schema: wholeNumber(1, MAX_TOKEN_EXPIRY_DAYS), secret: false },
  NEWSROOM_NAME: { schema: z.string().max(200), secret: false },
  NEWSROOM_URL: { schema: httpUrl, secret: false },
  NEWSROOM_LOGO: { schema: httpUrl, secret: false },
  FACT_CHECK_BASE_URL: { schema: httpUrl, secret: false },
  CORROBORATE_DATA_DIR: { schema: z.string().min(1), secret: false },
  EMBEDDED_DB_PORT: { schema: wholeNumber(0, 65535), secret: false },
  LOG_LEVEL: { schema: z.enum(['info', 'warn', 'error'], { error: 'must be info, warn or error' }), secret: false },
  CORROBORATE_ALLOW_LOOPBACK_IMPORT: { schema: flag, secret: false },
  DEBUG_SCHEMA_ENGINE: { schema: flag, secret: false },
  SMTP_URL: { schema: smtpUrl, secret: true },
  MAIL_FROM: { schema: z.string().min(3).max(320), secret: false },
  OUTBOUND_ALLOW_HOSTS: { schema: hostList, secret: false },
  OUTBOUND_WORKERS: { schema: wholeNumber(0, 32), secret: false },
  WEBHOOK_RETRY_LIMIT: { schema: wholeNumber(0, 20), secret: false },
  WEBHOOK_RETRY_DELAY_SECONDS: { schema: wholeNumber(1, 3600), secret: false },
  OUTBOUND_JOB_EXPIRE_SECONDS: { schema: wholeNumber(15, 3600), secret: false },
} as const;

type Name = keyof typeof VARIABLES;
type Parsed = { [N in Name]?: z.output<(typeof VARIABLES)[N]['schema']> };

export type Config = {
  /** null: the embedded PGlite that scripts/start.ts serves (it then sets DATABASE_URL for the app process). */
  databaseUrl: string | null;
  /**
   * A session of its own on the same database, for what a transaction-mode pooler (PgBouncer
   * pool_mode=transaction) cannot carry: LISTEN for live updates, migrations and the seed
   * (DATABASE_DIRECT_URL, straight to PostgreSQL or through a session-mode pool). Without it, DATABASE_URL.
   */
  databaseDirectUrl: string | null;
  databasePoolSize: number;
  /** App server processes `npm start` runs (WEB_CONCURRENCY); null: its default (one per core on PostgreSQL, one on the embedded database). */
  webConcurrency: number | null;
  /** Signs session tokens; every app process must share it. null until scripts/start.ts generated one. */
  authSecret: string | null;
  /** The public URL (NEXTAUTH_URL), without a trailing slash; null: the Host the client used. */
  publicUrl: string | null;
  port: number;
  hostnameBind: string;
  keepAliveTimeoutMs: number;
  shutdownGraceSeconds: number;
  /** How many reverse proxies in front of the app to trust for X-Forwarded-For / -Host / -Proto; 0 = none. */
  trustProxy: number;
  seedDemo: boolean;
  seedDemoPassword: string | null;
  bootstrapAdmin: { email: string; password: string | null } | null;
  oidc: { issuer: string; clientId: string; clientSecret: string; name: string } | null;
  exportWorkers: number;
  exportBatchSize: number;
  /** Worker threads preparing articles and re-anchoring (CPU-heavy, input-sized work off the event loop); 0 = in the server thread. */
  articleWorkers: number;
  /** A job past this is stopped (its worker terminated) and the request refused. */
  articleWorkTimeLimitMs: number;
  apiTokenRateLimit: number;
  /** Days a new API token lasts unless its creator picks another term (or, explicitly, never). */
  apiTokenDefaultExpiryDays: number;
  newsroom: { name: string | null; url: string | null; logo: string | null; factCheckBaseUrl: string | null };
  dataDir: string;
  embeddedDbPort: number;
  logLevel: 'info' | 'warn' | 'error';
  allowLoopbackImport: boolean;
  /** Email notifications: null without SMTP_URL (then no email is queued at all). */
  mail: { smtpUrl: string; from: string } | null;
  /** Outbound (webhooks, email): the hosts a delivery may reach even on a private or loopback address, and the queue's settings. */
  outbound: { allowHosts: string[]; workers: number; retryLimit: number; retryDelaySeconds: number; expireSeconds: number };
  /** Print the wasm schema engine's log lines while migrating (scripts/db). */
  debugSchemaEngine: boolean;
  development: boolean;
  /** Running under vitest (export workers then run in-thread: vitest cannot start a bundled worker). */
  underTest: boolean;
};

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`The configuration is not valid:\n${problems.map((problem) => `  - ${problem}`).join('\n')}\nFix these environment variables (see the README's Configuration table) and start again.`);
    this.name = 'ConfigError';
  }
}

/** Parses an environment; throws ConfigError listing every malformed variable by name. */
export function parseConfig(env: Env): Config {
  const parsed: Record<string, unknown> = {};
  const problems: string[] = [];
  for (const [name, { schema, secret }] of Object.entries(VARIABLES)) {
    const raw = present(env, name);
    if (raw === undefined) continue;
    const result = (schema as z.ZodType).safeParse(raw);
    if (result.success) parsed[name] = result.data;
    else problems.push(`${name} ${result.error.issues[0]?.message ?? 'is not valid'}${secret ? '' : ` (got ${JSON.stringify(raw.slice(0, 80))})`}`);
  }
  const values = parsed as Parsed;
  const oidcParts = [values.OIDC_ISSUER, values.OIDC_CLIENT_ID, values.OIDC_CLIENT_SECRET];
  if (oidcParts.some(Boolean) && !oidcParts.every(Boolean)) {
    problems.push('OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET go together: set all three for single sign-on, or none');
  }
  if (values.ADMIN_PASSWORD && !values.ADMIN_EMAIL) problems.push('ADMIN_PASSWORD needs ADMIN_EMAIL (the admin account it is for)');
  if (problems.length > 0) throw new ConfigError(problems);

  const underTest = Boolean(present(env, 'VITEST'));
  return {
    databaseUrl: values.DATABASE_URL ?? null,
    databaseDirectUrl: values.DATABASE_DIRECT_URL ?? values.DATABASE_URL ?? null,
    databasePoolSize: values.DATABASE_POOL_SIZE ?? 10,
    webConcurrency: values.WEB_CONCURRENCY ?? null,
    authSecret: values.NEXTAUTH_SECRET ?? values.AUTH_SECRET ?? null,
    publicUrl: values.NEXTAUTH_URL?.replace(/\/+$/, '') ?? null,
    port: values.PORT ?? 3000,
    hostnameBind: values.HOSTNAME_BIND ?? '0.0.0.0',
    keepAliveTimeoutMs: values.KEEP_ALIVE_TIMEOUT_MS ?? 65_000,
    shutdownGraceSeconds: values.SHUTDOWN_GRACE_SECONDS ?? 30,
    trustProxy: values.TRUST_PROXY ?? 0,
    seedDemo: values.SEED_DEMO ?? false,
    seedDemoPassword: values.SEED_DEMO_PASSWORD ?? null,
    bootstrapAdmin: values.ADMIN_EMAIL ? { email: values.ADMIN_EMAIL, password: values.ADMIN_PASSWORD ?? null } : null,
    oidc:
      values.OIDC_ISSUER && values.OIDC_CLIENT_ID && values.OIDC_CLIENT_SECRET
        ? { issuer: values.OIDC_ISSUER, clientId: values.OIDC_CLIENT_ID, clientSecret: values.OIDC_CLIENT_SECRET, name: values.OIDC_NAME ?? 'Single sign-on' }
        : null,
    // Each worker holds a database connection and a core's worth of work; past four the export is bound by the database.
    exportWorkers: values.EXPORT_WORKERS ?? (underTest ? 0 : Math.min(4, os.availableParallelism())),
    exportBatchSize: values.EXPORT_BATCH_SIZE ?? 2000,
    articleWorkers: values.ARTICLE_WORKERS ?? (underTest ? 0 : Math.min(2, os.availableParallelism())),
    articleWorkTimeLimitMs: values.ARTICLE_WORK_TIME_LIMIT_MS ?? 20_000,
    apiTokenRateLimit: values.API_TOKEN_RATE_LIMIT ?? 600,
    apiTokenDefaultExpiryDays: values.API_TOKEN_DEFAULT_EXPIRY_DAYS ?? 90,
    newsroom: {
      name: values.NEWSROOM_NAME ?? null,
      url: values.NEWSROOM_URL ?? null,
      logo: values.NEWSROOM_LOGO ?? null,
      factCheckBaseUrl: values.FACT_CHECK_BASE_URL ?? null,
    },
    dataDir: values.CORROBORATE_DATA_DIR ?? '.data',
    embeddedDbPort: values.EMBEDDED_DB_PORT ?? 0,
    logLevel: values.LOG_LEVEL ?? 'info',
    allowLoopbackImport: values.CORROBORATE_ALLOW_LOOPBACK_IMPORT ?? false,
    debugSchemaEngine: values.DEBUG_SCHEMA_ENGINE ?? false,
    mail: values.SMTP_URL ? { smtpUrl: values.SMTP_URL, from: values.MAIL_FROM ?? 'Corroborate <corroborate@localhost>' } : null,
    outbound: {
      allowHosts: values.OUTBOUND_ALLOW_HOSTS ?? [],
      // Deliveries wait on the network, not the CPU: several pollers (each taking a few jobs) keep one slow receiver from holding the rest.
      workers: values.OUTBOUND_WORKERS ?? 4,
      // 6 retries from 10 s, doubling: the last one about 10 minutes after the first attempt.
      retryLimit: values.WEBHOOK_RETRY_LIMIT ?? 6,
      retryDelaySeconds: values.WEBHOOK_RETRY_DELAY_SECONDS ?? 10,
      // A job still active this long after it started is taken to have died with its process and is retried;
      // longer than a delivery's 10 s timeout, so a slow but live attempt is never sent a second time.
      expireSeconds: values.OUTBOUND_JOB_EXPIRE_SECONDS ?? 60,
    },
    development: present(env, 'NODE_ENV') === 'development',
    underTest,
  };
}

/** The variables this module understands, for the README check and error messages. */
export const CONFIG_VARIABLES = Object.keys(VARIABLES) as Name[];

let current: Config | undefined;

/** The parsed configuration of this process (parsed on first use; scripts/start.ts and instrumentation.ts call it at start). */
export function config(): Config {
  current ??= parseConfig(process.env);
  return current;
}

/**
 * The environment for a child process this one starts (the server, a build):
 * this process's own, with `overrides` on top. The child parses it again.
 */
export function childEnvironment(overrides: Env = {}): NodeJS.ProcessEnv {
  return { ...process.env, ...overrides };
}

/**
 * Sets variables for this process and re-reads the configuration: for
 * scripts/start.ts (which fills in the embedded database and generated
 * secret before starting the app) and tests that change a setting.
 */
export function setConfigEnv(values: Env): Config {
  for (const [name, value] of Object.entries(values)) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
  current = parseConfig(process.env);
  return current;
}
