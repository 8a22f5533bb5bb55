// `npm start`: everything a first run needs, with no configuration. Picks the
// database (DATABASE_URL, else an embedded PGlite kept in .data/), makes sure
// there is an auth secret, applies migrations, seeds an empty database, builds
// if there is no production build yet, then runs Next.js (`--dev` for next dev).
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { seedDatabase } from '../prisma/seed';
import { type EmbeddedPostgres, startEmbeddedPostgres } from './db/embedded-postgres';
import { PROJECT_ROOT, applyMigrations } from './db/schema-engine';

const dev = process.argv.includes('--dev');
const dataDir = path.resolve(PROJECT_ROOT, process.env.CORROBORATE_DATA_DIR ?? '.data');
const port = Number(process.env.PORT ?? 3000);
const startedAt = Date.now();

function log(message: string): void {
  console.log(`[corroborate] ${message}`);
}

async function ensureAuthSecret(): Promise<void> {
  if (process.env.NEXTAUTH_SECRET || process.env.AUTH_SECRET) {
    process.env.NEXTAUTH_SECRET ??= process.env.AUTH_SECRET;
    return;
  }
  const file = path.join(dataDir, 'auth-secret');
  if (!existsSync(file)) {
    await mkdir(dataDir, { recursive: true });
    await writeFile(file, randomBytes(48).toString('base64url'), { mode: 0o600 });
    log(`generated an auth secret in ${path.relative(PROJECT_ROOT, file)} (set NEXTAUTH_SECRET to choose your own; every app process must share it)`);
  }
  await chmod(file, 0o600);
  process.env.NEXTAUTH_SECRET = (await readFile(file, 'utf8')).trim();
}

function printDemoAccounts(password: string, generated: boolean): void {
  const lines = [
    'Demo accounts (password below is shown once):',
    '  reviewer1@example.org, reviewer2@example.org, reviewer3@example.org  (reviewer)',
    '  editor@example.org  (editor)    admin@example.org  (admin)',
    `  password: ${password}${generated ? '   (random; set SEED_DEMO_PASSWORD to choose it)' : ''}`,
  ];
  console.log(`\n${lines.join('\n')}\n`);
}

function ensureBuild(): void {
  if (dev || existsSync(path.join(PROJECT_ROOT, '.next/BUILD_ID'))) return;
  log('no production build yet: running `npm run build` once (about a minute)…');
  const result = spawnSync('npm', ['run', 'build'], { cwd: PROJECT_ROOT, stdio: 'inherit', env: process.env });
  if (result.status !== 0) throw new Error('the build failed; see the output above');
}

async function main(): Promise<void> {
  let embedded: EmbeddedPostgres | null = null;
  if (!process.env.DATABASE_URL) {
    embedded = await startEmbeddedPostgres({ dataDir: path.join(dataDir, 'pglite'), port: Number(process.env.EMBEDDED_DB_PORT ?? 0) });
    process.env.DATABASE_URL = embedded.url;
    // PGlite runs every query on one session, so more than one pooled connection
    // per app process buys no parallelism, only interleaving risk.
    process.env.DATABASE_POOL_SIZE ??= '1';
    log(`embedded PostgreSQL (PGlite) on 127.0.0.1:${embedded.port}, data in ${path.relative(PROJECT_ROOT, dataDir)}/pglite`);
  } else {
    log('using the PostgreSQL in DATABASE_URL');
  }
  await ensureAuthSecret();
  if (!process.env.NEXTAUTH_URL) process.env.AUTH_TRUST_HOST ??= 'true';

  const { applied } = await applyMigrations(process.env.DATABASE_URL);
  log(applied.length ? `applied migrations: ${applied.join(', ')}` : 'database schema is up to date');

  const seeded = await seedDatabase(process.env.DATABASE_URL, {
    demoAccounts: embedded !== null || process.env.SEED_DEMO === '1',
    demoPassword: process.env.SEED_DEMO_PASSWORD,
    bootstrapAdmin: process.env.ADMIN_EMAIL ? { email: process.env.ADMIN_EMAIL, password: process.env.ADMIN_PASSWORD } : undefined,
  });
  if (seeded.articles) log(`seeded ${seeded.articles} sample articles`);
  if (seeded.demoPassword) printDemoAccounts(seeded.demoPassword, seeded.demoPasswordGenerated);
  if (seeded.adminPassword) console.log(`\nAdmin account ${process.env.ADMIN_EMAIL} created with password: ${seeded.adminPassword}\n`);
  if (seeded.noUsers) log('warning: there are no users. Set ADMIN_EMAIL (and ADMIN_PASSWORD) and restart to create the first admin.');

  ensureBuild();
  const next = path.join(PROJECT_ROOT, 'node_modules/next/dist/bin/next');
  // Idle connections are kept longer than load balancers (60 s) and HTTP clients keep them, so a
  // client never reuses one at the moment the server closes it (ECONNRESET on a POST that cannot be
  // retried). Shutdown still closes idle connections at once.
  const keepAlive = dev ? [] : ['--keepAliveTimeout', process.env.KEEP_ALIVE_TIMEOUT_MS ?? '65000'];
  // TRACE and CONNECT are answered before Next.js, which cannot represent them (see the script).
  const refuseUnservable = pathToFileURL(path.join(PROJECT_ROOT, 'scripts/refuse-unservable-methods.mjs')).href;
  const child = spawn(process.execPath, ['--import', refuseUnservable, next, dev ? 'dev' : 'start', '-p', String(port), '-H', process.env.HOSTNAME_BIND ?? '0.0.0.0', ...keepAlive], {
    cwd: PROJECT_ROOT,
    stdio: ['inherit', 'pipe', 'inherit'],
    env: process.env,
  });
  child.stdout.on('data', (chunk: Buffer) => {
    process.stdout.write(chunk);
    if (/Ready in|started server/i.test(chunk.toString())) {
      log(`ready in ${((Date.now() - startedAt) / 1000).toFixed(1)} s: open http://localhost:${port} and sign in`);
    }
  });

  let stopping = false;
  // Next.js stops accepting connections on SIGTERM and exits once in-flight requests are done;
  // a request that hangs must not keep a deploy waiting forever.
  const stop = async (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    child.kill(signal);
    setTimeout(() => child.kill('SIGKILL'), Number(process.env.SHUTDOWN_GRACE_SECONDS ?? 30) * 1000).unref();
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
  child.on('exit', async (code) => {
    await embedded?.stop();
    process.exit(code ?? 0);
  });
}

main().catch(async (error: unknown) => {
  console.error(`[corroborate] could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
