// `npm run test:e2e`: the Playwright suite against a production build, on a
// database of its own. Builds (unless E2E_SKIP_BUILD=1), creates a fresh
// migrated database (DATABASE_URL's server, else an in-memory embedded PGlite
// served from this process), starts the app the way `npm start` does on a free
// port, waits for /api/health, runs `playwright test` (extra arguments are
// passed through), then stops the app and drops the database — also on failure
// and Ctrl-C. Exits with Playwright's exit code.
//
//   npx tsx scripts/e2e.ts                      # everything
//   E2E_SKIP_BUILD=1 npx tsx scripts/e2e.ts e2e/auth --reporter=line
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type TestDatabase, createTestDatabase } from '../tests/support/test-database';

const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BIN = path.join(PROJECT_ROOT, 'node_modules/.bin');
const HEALTH_TIMEOUT_MS = Number(process.env.E2E_HEALTH_TIMEOUT_MS ?? 180_000);
const STOP_GRACE_MS = 10_000;
const startedAt = Date.now();

function log(message: string): void {
  console.log(`[e2e ${((Date.now() - startedAt) / 1000).toFixed(1).padStart(5)} s] ${message}`);
}

/** A child running in its own process group, so it (and everything it spawns) can be signalled as one. */
type Job = { child: ChildProcess; exited: Promise<number> };

function startJob(command: string, args: string[], options: { env?: NodeJS.ProcessEnv; logFile?: string } = {}): Job {
  const child = spawn(command, args, {
    cwd: PROJECT_ROOT,
    env: options.env ?? process.env,
    // Own process group: a terminal's Ctrl-C reaches only this script, which then
    // signals each group exactly once (a second SIGINT makes Playwright abort hard).
    detached: true,
    stdio: options.logFile ? ['ignore', 'pipe', 'pipe'] : ['ignore', 'inherit', 'inherit'],
  });
  if (options.logFile) {
    const out = createWriteStream(options.logFile);
    child.stdout?.pipe(out);
    child.stderr?.pipe(out);
  }
  const exited = new Promise<number>((resolve) => {
    child.once('error', (error) => {
      log(`could not run ${command}: ${error.message}`);
      resolve(127);
    });
    child.once('exit', (code, signal) => resolve(code ?? (signal ? 128 + (os.constants.signals[signal] ?? 0) : 1)));
  });
  return { child, exited };
}

function signalGroup(job: Job, signal: NodeJS.Signals): boolean {
  if (job.child.pid === undefined) return false;
  try {
    process.kill(-job.child.pid, signal);
    return true;
  } catch {
    return false; // the group is already gone
  }
}

function groupAlive(job: Job): boolean {
  return signalGroup(job, 0 as unknown as NodeJS.Signals);
}

/** SIGTERM to the whole group, SIGKILL after the grace period if anything in it is still alive. */
async function stopGroup(job: Job): Promise<void> {
  if (!signalGroup(job, 'SIGTERM')) return;
  const deadline = Date.now() + STOP_GRACE_MS;
  while (groupAlive(job) && Date.now() < deadline) await delay(100);
  if (groupAlive(job)) {
    log('the app did not stop within 10 s; killing it');
    signalGroup(job, 'SIGKILL');
  }
  await job.exited;
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => (port ? resolve(port) : reject(new Error('could not find a free port'))));
    });
  });
}

async function waitForHealth(baseUrl: string, server: Job): Promise<void> {
  const deadline = Date.now() + HEALTH_TIMEOUT_MS;
  let exitCode: number | null = null;
  void server.exited.then((code) => (exitCode = code));
  while (Date.now() < deadline) {
    if (exitCode !== null) throw new Error(`the app exited with code ${exitCode} before it was healthy`);
    if (interrupted) throw new Error('interrupted');
    const status = await fetch(`${baseUrl}/api/health`, { signal: AbortSignal.timeout(5_000) }).then(
      (response) => response.status,
      () => 0,
    );
    if (status === 200) return;
    await delay(250);
  }
  throw new Error(`the app was not healthy within ${HEALTH_TIMEOUT_MS / 1000} s`);
}

async function printLogTail(file: string, lines = 80): Promise<void> {
  const text = await readFile(file, 'utf8').catch(() => '');
  if (!text.trim()) return;
  console.log(`\n----- last ${lines} lines of the app's log (${file}) -----`);
  console.log(text.trimEnd().split('\n').slice(-lines).join('\n'));
  console.log('----- end of the app log -----\n');
}

// ---------------------------------------------------------------------------------------------

let interrupted = false;
let foreground: Job | null = null;
let server: Job | null = null;
let database: TestDatabase | null = null;
let tempDir: string | null = null;
let keepLogs = false;

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => {
    if (!interrupted) log(`${signal}: stopping…`);
    interrupted = true;
    // Build or Playwright stop themselves on the signal; cleanup() then stops the app.
    if (foreground) signalGroup(foreground, signal === 'SIGHUP' ? 'SIGTERM' : signal);
  });
}

let cleaningUp: Promise<void> | null = null;
function cleanup(): Promise<void> {
  cleaningUp ??= (async () => {
    if (server) {
      log('stopping the app');
      await stopGroup(server).catch((error: unknown) => log(`could not stop the app: ${String(error)}`));
    }
    if (database) {
      log('dropping the test database');
      await database.drop().catch((error: unknown) => log(`could not drop the test database: ${String(error)}`));
    }
    if (tempDir && !keepLogs) await rm(tempDir, { recursive: true, force: true }).catch(() => undefined);
  })();
  return cleaningUp;
}

async function main(): Promise<number> {
  if (process.env.E2E_SKIP_BUILD !== '1') {
    log('building (npm run build)…');
    foreground = startJob('npm', ['run', 'build'], { env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
    const code = await foreground.exited;
    foreground = null;
    if (interrupted) return 130;
    if (code !== 0) {
      log(`the build failed (exit code ${code})`);
      return code || 1;
    }
    log('build done');
  }

  log(process.env.DATABASE_URL ? "creating a test database on DATABASE_URL's server" : 'starting an in-memory embedded PostgreSQL (PGlite)');
  database = await createTestDatabase();
  if (interrupted) return 130;

  tempDir = await mkdtemp(path.join(os.tmpdir(), 'corroborate-e2e-'));
  const serverLog = path.join(tempDir, 'app.log');
  const port = await freePort();
  // Email goes to an SMTP sink that e2e/workflow/desk-round.spec.ts opens on this port while it runs;
  // other specs' emails find it closed (or open) and are retried in the background by the job queue.
  const smtpPort = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const demoPassword = randomBytes(18).toString('base64url');
  const appEnv: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: database.url,
    NEXTAUTH_SECRET: randomBytes(48).toString('base64url'),
    SEED_DEMO: '1',
    SEED_DEMO_PASSWORD: demoPassword,
    CORROBORATE_ALLOW_LOOPBACK_IMPORT: '1',
    // Webhooks to the suite's local receivers (and the permission matrix's closed port) on 127.0.0.1.
    OUTBOUND_ALLOW_HOSTS: '127.0.0.1',
    SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
    NEXT_TELEMETRY_DISABLED: '1',
    CORROBORATE_DATA_DIR: path.join(tempDir, 'data'),
    PORT: String(port),
    HOSTNAME_BIND: '127.0.0.1',
    // Bulk exports in batches of two across two worker threads, so a few annotations already take the parallel, reordering path.
    EXPORT_BATCH_SIZE: '2',
    EXPORT_WORKERS: '2',
    // One server process (the machine's cores go to Chromium); e2e/operations starts several of its own.
    WEB_CONCURRENCY: '1',
  };
  // Never inherit a developer's auth or bootstrap settings into the test app.
  for (const name of ['MAIL_FROM', 'NEXTAUTH_URL', 'AUTH_SECRET', 'ADMIN_EMAIL', 'ADMIN_PASSWORD', 'OIDC_ISSUER', 'OIDC_CLIENT_ID', 'OIDC_CLIENT_SECRET', 'TRUST_PROXY']) {
    delete appEnv[name];
  }

  log(`starting the app on ${baseUrl} (log: ${serverLog})`);
  server = startJob(path.join(BIN, 'tsx'), ['scripts/start.ts'], { env: appEnv, logFile: serverLog });
  try {
    await waitForHealth(baseUrl, server);
  } catch (error) {
    if (interrupted) return 130;
    log(`the app did not come up: ${error instanceof Error ? error.message : String(error)}`);
    await printLogTail(serverLog);
    return 1;
  }
  log('the app is healthy; running Playwright');

  foreground = startJob('npx', ['playwright', 'test', ...process.argv.slice(2)], {
    // The database and secret too, for specs that start a second app process on the same data
    // (graceful shutdown, several processes behind one load balancer).
    env: { ...process.env, E2E_BASE_URL: baseUrl, E2E_DEMO_PASSWORD: demoPassword, E2E_DATABASE_URL: database.url, E2E_NEXTAUTH_SECRET: appEnv.NEXTAUTH_SECRET, E2E_SMTP_PORT: String(smtpPort) },
  });
  const code = await foreground.exited;
  foreground = null;
  if (code !== 0 && !interrupted) {
    keepLogs = true;
    await printLogTail(serverLog);
    log(`the app's full log is kept in ${serverLog}`);
  }
  log(`Playwright finished with exit code ${code}`);
  return code;
}

let exitCode = 1;
try {
  exitCode = await main();
} catch (error) {
  log(`failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  exitCode = 1;
} finally {
  await cleanup();
}
log(`done (exit code ${exitCode})`);
process.exit(exitCode);
