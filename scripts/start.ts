// `npm start`: everything a first run needs, with no configuration. Checks the
// configuration, picks the database (DATABASE_URL, else an embedded PGlite kept
// in .data/), makes sure there is an auth secret and a generated Prisma client,
// applies migrations, seeds an empty database, builds if there is no production
// build yet, then runs the app's server: WEB_CONCURRENCY processes of scripts/server.ts
// sharing the port (scripts/server-processes.ts; one with `--dev`, for next dev).
//
// A first start is mostly the build, so what does not depend on it runs beside it: the
// client is generated while the embedded database opens, and the migrations and the seed
// run while Next.js builds (the build reads no data). Each step logs its seconds, so a slow
// start says where its time went (bench/first-start.ts reads them).
//
// The generated Prisma client is git-ignored, so on a fresh clone it does not
// exist yet: everything that imports it (the seed, the build) waits for
// ensurePrismaClient() to have made it.
import { type ChildProcess, spawn } from 'node:child_process';
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

/** "(2.4 s)": how long a step took, at the end of its log line. */
function took(since: number): string {
  return `(${((performance.now() - since) / 1000).toFixed(1)} s)`;
}

/** Runs a command to its end; rejects with `failure` on a non-zero exit. `started` hands out the child, so a failure elsewhere can stop it. */
function run(command: string, args: string[], options: { env?: NodeJS.ProcessEnv; quiet?: boolean; failure: string; started?: (child: ChildProcess) => void }): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: PROJECT_ROOT, env: options.env, stdio: ['ignore', options.quiet ? 'ignore' : 'inherit', 'inherit'] });
    options.started?.(child);
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(options.failure))));
  });
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
  const started = performance.now();
  log('generating the database client (npm run generate)…');
  await run(process.execPath, [path.join(PROJECT_ROOT, 'scripts/prisma-generate.mjs')], { quiet: true, failure: 'generating the Prisma client failed; see the output above' });
  await writeFile(marker, digest);
  log(`generated the database client ${took(started)}`);
}

/**
 * `next build` when there is no production build yet (the client is generated already, so not
 * `npm run build`, which would generate it again). It leaves the type check to `npm test`, whose
 * first step is `tsc --noEmit` over the whole project, as CI runs it on every change: checking
 * the types of a clone someone wants to try would only make them wait (next.config.js reads
 * CORROBORATE_START_BUILD). `npm run build`, which the e2e suite uses, still checks them.
 */
async function ensureBuild(started: (child: ChildProcess) => void): Promise<void> {
  if (dev || existsSync(path.join(PROJECT_ROOT, '.next/BUILD_ID'))) return;
  const since = performance.now();
  log('no production build yet: building once (next build, a minute or so)…');
  await run(process.execPath, [path.join(PROJECT_ROOT, 'node_modules/next/dist/bin/next'), 'build'], {
    env: childEnvironment({ ...NO_TELEMETRY, CORROBORATE_START_BUILD: '1' }),
    failure: 'the build failed; see the output above',
    started,
  });
  log(`built the app ${took(since)}`);
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

/** DATABASE_URL's PostgreSQL, else the embedded one started here; the configuration then names it. */
async function openDatabase(settings: Config): Promise<{ settings: Config; embedded: EmbeddedPostgres | null }> {
  if (settings.databaseUrl) {
    log('using the PostgreSQL in DATABASE_URL');
    return { settings, embedded: null };
  }
  const since = performance.now();
  const embedded = await startEmbeddedPostgres({ dataDir: path.join(dataDir(settings), 'pglite'), port: settings.embeddedDbPort });
  log(`embedded PostgreSQL (PGlite) on 127.0.0.1:${embedded.port}, data in ${path.relative(PROJECT_ROOT, dataDir(settings))}/pglite ${took(since)}`);
  // PGlite runs every query on one session, so more than one pooled connection
  // per app process buys no parallelism, only interleaving risk.
  return { settings: setConfigEnv({ DATABASE_URL: embedded.url, DATABASE_POOL_SIZE: '1' }), embedded };
}

/**
 * False when the database has users and articles: then the seed (which adds accounts only to a database
 * without users, and the sample articles only to one without articles) would do nothing, and loading
 * the Prisma client for it is most of a restart's wait. One plain query decides.
 */
async function mayNeedSeed(databaseUrl: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: databaseUrl });
  client.on('error', () => undefined);
  try {
    await client.connect();
    const { rows } = await client.query<{ users: boolean; articles: boolean }>('SELECT EXISTS (SELECT 1 FROM "User") AS users, EXISTS (SELECT 1 FROM "Article") AS articles');
    return !(rows[0]?.users && rows[0]?.articles);
  } catch {
    return true; // the seed decides, and reports
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Migrations, then the seed (sample articles and demo accounts on an empty database). */
async function prepareDatabase(settings: Config, embedded: EmbeddedPostgres | null) {
  // Migrations and the seed run on a session of their own (DATABASE_DIRECT_URL: past PgBouncer's transaction pooling).
  const databaseUrl = settings.databaseDirectUrl!;
  let since = performance.now();
  const { applied } = await applyMigrations(databaseUrl);
  log(`${applied.length ? `applied migrations: ${applied.join(', ')}` : 'database schema is up to date'} ${took(since)}`);

  since = performance.now();
  if (!(await mayNeedSeed(databaseUrl))) {
    log(`the database has users and articles: nothing to seed ${took(since)}`);
    return { articles: 0, demoPassword: null, demoPasswordGenerated: false, adminPassword: null, noUsers: false };
  }
  const { seedDatabase } = await import('../prisma/seed');
  const seeded = await seedDatabase(databaseUrl, {
    demoAccounts: embedded !== null || settings.seedDemo,
    demoPassword: settings.seedDemoPassword ?? undefined,
    bootstrapAdmin: settings.bootstrapAdmin ? { email: settings.bootstrapAdmin.email, password: settings.bootstrapAdmin.password ?? undefined } : undefined,
  });
  log(`${seeded.articles ? `seeded ${seeded.articles} sample articles` : 'checked the seed'} ${took(since)}`);
  if (seeded.demoPassword) await rememberDemoPassword(settings, seeded.demoPassword);
  if (seeded.adminPassword) console.log(`\nAdmin account ${settings.bootstrapAdmin?.email} created with password: ${seeded.adminPassword}\n`);
  if (seeded.noUsers) log('warning: there are no users. Set ADMIN_EMAIL (and ADMIN_PASSWORD) and restart to create the first admin.');
  return seeded;
}

async function main(): Promise<void> {
  // The client generation (a child process) and opening the database (this thread) overlap.
  const [opened] = await Promise.all([openDatabase(readConfig()), ensurePrismaClient()]);
  const { settings, embedded } = opened;
  await ensureAuthSecret(settings);
  const databaseUrl = settings.databaseDirectUrl!;

  // The build and the database's preparation are independent: side by side. If one fails, the other is stopped.
  const build: { child?: ChildProcess } = {};
  const [seeded] = await Promise.all([prepareDatabase(settings, embedded), ensureBuild((child) => (build.child = child))]).catch(async (error: unknown) => {
    build.child?.kill('SIGTERM');
    await embedded?.stop();
    throw error;
  });

  const count = processCount(settings, embedded !== null);
  // Behind a pooler (DATABASE_DIRECT_URL set apart) PostgreSQL sees only the listening connections; the pooler bounds the rest.
  const pooled = settings.databaseDirectUrl !== settings.databaseUrl;
  if (embedded === null) await warnIfConnectionsRunOut(databaseUrl, count * (pooled ? 1 : settings.databasePoolSize + 1));
  const serversSince = performance.now();
  const processes = runServerProcesses({
    count,
    dev,
    env: childEnvironment({ ...NO_TELEMETRY, NODE_ENV: dev ? 'development' : 'production' }),
    graceSeconds: settings.shutdownGraceSeconds,
    log,
    onReady: (url) => {
      log(`server processes listening ${took(serversSince)}`);
      void signInBanner(settings, url, seeded.demoPassword, count).then((lines) => console.log(`\n[corroborate] ${lines.join('\n[corroborate] ')}\n`));
    },
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
