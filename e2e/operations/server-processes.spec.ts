// Operations: `npm start` with WEB_CONCURRENCY=2 on the suite's database. Two server
// processes answer on the one port (each new connection may go to either), a process
// killed outright is replaced, and SIGTERM to `npm start` stops every process and exits.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { get } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { freePort } from '../../tests/support/free-port';
import { expect, test } from '../fixtures/test';

const ROOT = path.resolve(import.meta.dirname, '../..');

type Health = { status: string; process: { pid: number; worker: number | null } };

/** GET on a connection of its own (agent: false), so the cluster may hand it to any process; null when nothing answers. */
function liveness(port: number): Promise<Health | null> {
  return new Promise((resolve) => {
    const request = get({ host: '127.0.0.1', port, path: '/api/health/live', agent: false, timeout: 5_000 }, (response) => {
      let body = '';
      response.on('data', (chunk: Buffer) => (body += chunk.toString()));
      response.on('end', () => resolve(response.statusCode === 200 ? (JSON.parse(body) as Health) : null));
    });
    request.on('error', () => resolve(null));
    request.on('timeout', () => request.destroy());
  });
}

/** The pids that answer, asking on fresh connections until `wanted` of them (other than `excluded`) have, within `timeoutMs`. */
async function answeringPids(port: number, wanted: number, excluded: number[], timeoutMs: number): Promise<Set<number>> {
  const pids = new Set<number>();
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const answer = await liveness(port);
    if (answer && !excluded.includes(answer.process.pid)) pids.add(answer.process.pid);
    if (pids.size >= wanted) return pids;
    await new Promise((resolve) => setTimeout(resolve, answer ? 20 : 250));
  }
  return pids;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function startNpmStart(port: number, dataDir: string): ChildProcess {
  const databaseUrl = process.env.E2E_DATABASE_URL;
  const secret = process.env.E2E_NEXTAUTH_SECRET;
  if (!databaseUrl || !secret) throw new Error('Run the suite with `npm run test:e2e`: it passes E2E_DATABASE_URL and E2E_NEXTAUTH_SECRET.');
  // scripts/start.ts itself (what `npm start` runs), so its pid is the cluster primary's.
  return spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'scripts/start.ts')], {
    cwd: ROOT,
    env: {
      ...process.env,
      WEB_CONCURRENCY: '2',
      PORT: String(port),
      HOSTNAME_BIND: '127.0.0.1',
      DATABASE_URL: databaseUrl,
      NEXTAUTH_SECRET: secret,
      DATABASE_POOL_SIZE: '2',
      CORROBORATE_DATA_DIR: dataDir,
      NEXT_TELEMETRY_DISABLED: '1',
      LOG_LEVEL: 'warn',
      SEED_DEMO: '',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

test('WEB_CONCURRENCY=2: two processes answer, a killed one is replaced, SIGTERM stops them all', async () => {
  test.setTimeout(180_000);
  const port = await freePort();
  const dataDir = await mkdtemp(path.join(tmpdir(), 'corroborate-processes-'));
  const primary = startNpmStart(port, dataDir);
  const exited = new Promise<number | null>((resolve) => primary.on('exit', (code) => resolve(code)));
  try {
    const first = await answeringPids(port, 2, [], 90_000);
    expect(first.size, 'two distinct server processes answer').toBe(2);
    expect(first.has(primary.pid!), 'the primary only hands connections on').toBe(false);

    const [victim, survivor] = [...first];
    process.kill(victim!, 'SIGKILL');
    // The survivor keeps answering at once; a replacement joins it after the restart delay.
    const replaced = await answeringPids(port, 2, [victim!], 90_000);
    expect(replaced.has(survivor!)).toBe(true);
    expect(replaced.size, 'the killed process was replaced by a new one').toBe(2);

    primary.kill('SIGTERM');
    expect(await exited).toBe(143);
    for (const pid of replaced) expect(isAlive(pid), `server process ${pid} stopped`).toBe(false);
    expect(await liveness(port)).toBeNull();
  } finally {
    if (primary.exitCode === null) primary.kill('SIGKILL');
    await rm(dataDir, { recursive: true, force: true });
  }
});
