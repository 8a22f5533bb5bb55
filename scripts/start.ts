// `npm start`: everything a first run needs, with no configuration. Checks the
// configuration, picks the database (DATABASE_URL, else an embedded PGlite kept
// in .data/), makes sure there is an auth secret and a generated Prisma client,
// applies migrations, seeds an empty database, builds if there is no production
// build yet, then runs the app's server: WEB_CONCURRENCY processes of scripts/server.ts
// sharing the port (scripts/server-processes.ts; one with `--dev`, for next dev).
//
// The generated Prisma client is git-ignored, so on a fresh clone it does not
// exist yet: everything that imports it (the seed) is imported only after
// ensurePrismaClient() has made it.
import { spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { type Config, ConfigError, childEnvironment, config, setConfigEnv } from '../lib/config';
import { type EmbeddedPostgres, startEmbeddedPostgres } from './db/embedded-postgres';
import { PROJECT_ROOT, applyMigrations } from './db/schema-engine';
import { runServerProcesses } from './server-processes';

const dev = process.argv.includes('--dev');
/** A newsroom's workbench does not report its use to anyone (Next.js would send anonymous build and usage telemetry). */
const NO_TELEMETRY = { NEXT_TELEMETRY_DISABLED: '1' };
const startedAt = Date.now();

/** CORROBORATE_DATA_DIR, relative to the project. */
function dataDir(settings: Config): string {
  return path.resolve(PROJECT_ROOT, settings.dataDir);
}

function log(message: string): void {
  console.log(`[corroborate] ${message}`);
}

function readConfig(): Config {
  try {
    return config();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`[corroborate] could not start. ${error.message}`);
      process.exit(1);
    }
    throw error;
  }
}

async function ensureAuthSecret(settings: Config): Promise<void> {
  if (settings.authSecret) {
    setConfigEnv({ NEXTAUTH_SECRET: settings.authSecret });
    return;
  }
  const file = path.join(dataDir(settings), 'auth-secret');
  if (!existsSync(file)) {
    await mkdir(dataDir(settings), { recursive: true });
    await writeFile(file, randomBytes(48).toString('base64url'), { mode: 0o600 });
    log(`generated an auth secret in ${path.relative(PROJECT_ROOT, file)} (set NEXTAUTH_SECRET to choose your own; every app process must share it)`);
  }
  await chmod(file, 0o600);
  setConfigEnv({ NEXTAUTH_SECRET: (await readFile(file, 'utf8')).trim() });
}

/** Generates the Prisma client when it is missing or was generated from another schema (after a pull). */
async function ensurePrismaClient(): Promise<void> {
  const schema = await readFile(path.join(PROJECT_ROOT, 'prisma/schema.prisma'));
  const digest = createHash('sha256').update(schema).digest('hex');
  const marker = path.join(PROJECT_ROOT, 'lib/server/db/generated/.schema-sha256');
  const generated = existsSync(path.join(PROJECT_ROOT, 'lib/server/db/generated/client.ts'));
  if (generated && (await readFile(marker, 'utf8').catch(() => '')) === digest) return;
  log('generating the database client (npm run generate)…');
  const result = spawnSync(process.execPath, [path.join(PROJECT_ROOT, 'scripts/prisma-generate.mjs')], { cwd: PROJECT_ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  if (result.status !== 0) throw new Error('generating the Prisma client failed; see the output above');
  await writeFile(marker, digest);
}

function ensureBuild(): void {
  if (dev || existsSync(path.join(PROJECT_ROOT, '.next/BUILD_ID'))) return;
  log('no production build yet: building once (npm run build, a minute or two)…');
  const result = spawnSync('npm', ['run', 'build'], { cwd: PROJECT_ROOT, stdio: 'inherit', env: childEnvironment(NO_TELEMETRY) });
  if (result.status !== 0) throw new Error('the build failed; see the output above');
}

/**
 * WEB_CONCURRENCY, else one server process per core on PostgreSQL. On the embedded database, one:
 * PGlite is a single backend on this process's thread, so every process's queries would queue
 * there one at a time. Several work (each process's connections are socket connections of their
 * own, and LISTEN/NOTIFY is routed per connection) but add the memory of another Next.js server
 * for little. `--dev` (next dev, which rebuilds as files change) is always one.
 */
function processCount(settings: Config, embedded: boolean): number {
  if (dev) return 1;
  return settings.webConcurrency ?? (embedded ? 1 : os.availableParallelism());
}

/** Each process holds up to DATABASE_POOL_SIZE connections and one listening for live changes: says so when the server would refuse some. */
async function warnIfConnectionsRunOut(databaseUrl: string, needed: number): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  client.on('error', () => undefined);
  try {
    await client.connect();
    const { rows } = await client.query<{ max: string; reserved: string }>("SELECT current_setting('max_connections') AS max, current_setting('superuser_reserved_connections') AS reserved");
    const available = Number(rows[0]!.max) - Number(rows[0]!.reserved);
    if (needed > available) {
      log(`warning: the server processes may open ${needed} database connections, PostgreSQL allows ${available}. Lower WEB_CONCURRENCY or DATABASE_POOL_SIZE, or raise max_connections.`);
    }
  } catch {
    // Only a warning: the migrations above have just used this database.
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * Where the demo sign-in is written for later: the password is shown in the
 * console once, but scrolls away under the build output and is never stored in
 * clear anywhere else. Mode 600, in the data folder beside the auth secret.
 */
function demoAccountsFile(settings: Config): string {
  return path.join(dataDir(settings), 'demo-accounts.txt');
}

const DEMO_ACCOUNTS_TEXT = [
  'reviewer1@example.org, reviewer2@example.org, reviewer3@example.org  (reviewer)',
  'editor@example.org  (editor)    admin@example.org  (admin)',
];

async function rememberDemoPassword(settings: Config, password: string): Promise<void> {
  await mkdir(dataDir(settings), { recursive: true });
  const file = demoAccountsFile(settings);
  await writeFile(file, `Corroborate demo accounts\n${DEMO_ACCOUNTS_TEXT.join('\n')}\npassword: ${password}\n`, { mode: 0o600 });
  await chmod(file, 0o600);
}

/** The lines printed once the server answers: where to go and how to sign in. */
async function signInBanner(settings: Config, url: string, demoPassword: string | null, processes: number): Promise<string[]> {
  const served = processes === 1 ? '' : ` (${processes} server processes)`;
  const lines = [`ready in ${((Date.now() - startedAt) / 1000).toFixed(1)} s${served}: open ${url} and sign in`];
  const file = demoAccountsFile(settings);
  if (demoPassword) {
    lines.push('Demo accounts:', ...DEMO_ACCOUNTS_TEXT.map((line) => `  ${line}`), `  password: ${demoPassword}`);
    lines.push(`  (also kept in ${path.relative(PROJECT_ROOT, file)}, readable by you only)`);
  } else if (existsSync(file)) {
    lines.push(`Demo accounts and their password: ${path.relative(PROJECT_ROOT, file)}`);
  }
  return lines;
}

async function main(): Promise<void> {
  let settings = readConfig();
  let embedded: EmbeddedPostgres | null = null;
  if (!settings.databaseUrl) {
    embedded = await startEmbeddedPostgres({ dataDir: path.join(dataDir(settings), 'pglite'), port: settings.embeddedDbPort });
    // PGlite runs every query on one session, so more than one pooled connection
    // per app process buys no parallelism, only interleaving risk.
    settings = setConfigEnv({ DATABASE_URL: embedded.url, DATABASE_POOL_SIZE: '1' });
    log(`embedded PostgreSQL (PGlite) on 127.0.0.1:${embedded.port}, data in ${path.relative(PROJECT_ROOT, dataDir(settings))}/pglite`);
  } else {
    log('using the PostgreSQL in DATABASE_URL');
  }
  await ensureAuthSecret(settings);
  // Migrations and the seed run on a session of their own (DATABASE_DIRECT_URL: past PgBouncer's transaction pooling).
  const databaseUrl = settings.databaseDirectUrl!;

  const { applied } = await applyMigrations(databaseUrl);
  log(applied.length ? `applied migrations: ${applied.join(', ')}` : 'database schema is up to date');

  await ensurePrismaClient();
  const { seedDatabase } = await import('../prisma/seed');
  const seeded = await seedDatabase(databaseUrl, {
    demoAccounts: embedded !== null || settings.seedDemo,
    demoPassword: settings.seedDemoPassword ?? undefined,
    bootstrapAdmin: settings.bootstrapAdmin ? { email: settings.bootstrapAdmin.email, password: settings.bootstrapAdmin.password ?? undefined } : undefined,
  });
  if (seeded.articles) log(`seeded ${seeded.articles} sample articles`);
  if (seeded.demoPassword) await rememberDemoPassword(settings, seeded.demoPassword);
  if (seeded.adminPassword) console.log(`\nAdmin account ${settings.bootstrapAdmin?.email} created with password: ${seeded.adminPassword}\n`);
  if (seeded.noUsers) log('warning: there are no users. Set ADMIN_EMAIL (and ADMIN_PASSWORD) and restart to create the first admin.');

  ensureBuild();
  const count = processCount(settings, embedded !== null);
  // Behind a pooler (DATABASE_DIRECT_URL set apart) PostgreSQL sees only the listening connections; the pooler bounds the rest.
  const pooled = settings.databaseDirectUrl !== settings.databaseUrl;
  if (embedded === null) await warnIfConnectionsRunOut(databaseUrl, count * (pooled ? 1 : settings.databasePoolSize + 1));
  const processes = runServerProcesses({
    count,
    dev,
    env: childEnvironment({ ...NO_TELEMETRY, NODE_ENV: dev ? 'development' : 'production' }),
    graceSeconds: settings.shutdownGraceSeconds,
    log,
    onReady: (url) => void signInBanner(settings, url, seeded.demoPassword, count).then((lines) => console.log(`\n[corroborate] ${lines.join('\n[corroborate] ')}\n`)),
  });
  // Each server process stops accepting connections on SIGTERM and exits once its in-flight requests are
  // done (forced after SHUTDOWN_GRACE_SECONDS); this process waits for them all, then stops the database.
  process.on('SIGINT', () => processes.stop('SIGINT'));
  process.on('SIGTERM', () => processes.stop('SIGTERM'));
  const code = await processes.exited;
  await embedded?.stop();
  process.exit(code);
}

main().catch((error: unknown) => {
  console.error(`[corroborate] could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
