// Shared by the benchmarks: start the app on a fresh embedded database, sign
// in like a browser, and summarise timings. Benchmarks print; they never assert.
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createTemporaryDatabase } from '../scripts/db/schema-engine';
import { freePort } from '../tests/support/free-port';

export { freePort };

export const ROOT = path.resolve(import.meta.dirname, '..');

export type RunningApp = { baseUrl: string; password: string; coldStartMs: number; databaseUrl: string | null; stop(): Promise<void> };

/**
 * `npm start` on an empty database — a fresh one on DATABASE_URL's server when
 * that is set, else the embedded one; coldStartMs runs from spawn to the first healthy answer.
 * One server process unless `processes` says otherwise, so figures compare across machines and runs.
 * `env` adds variables (e.g. NODE_OPTIONS for a profile).
 */
export async function startApp(options: { processes?: number; env?: Record<string, string> } = {}): Promise<RunningApp> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'corroborate-bench-'));
  const serverUrl = process.env.DATABASE_URL;
  const database = serverUrl ? await createTemporaryDatabase(serverUrl, 'corroborate_bench_') : null;
  const port = await freePort();
  const password = randomBytes(12).toString('base64url');
  const started = performance.now();
  // The embedded database is the default when DATABASE_URL is empty.
  const child: ChildProcess = spawn(process.execPath, [path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'scripts/start.ts'], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: database?.url ?? '', SEED_DEMO: '1', PORT: String(port), CORROBORATE_DATA_DIR: dataDir, SEED_DEMO_PASSWORD: password, NEXT_TELEMETRY_DISABLED: '1', WEB_CONCURRENCY: String(options.processes ?? 1), ...options.env },
    stdio: 'ignore',
    detached: true,
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  for (;;) {
    if (child.exitCode !== null) throw new Error('the app exited during start-up');
    const ok = await fetch(`${baseUrl}/api/health`).then((response) => response.ok, () => false);
    if (ok) break;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const coldStartMs = performance.now() - started;
  return {
    baseUrl,
    password,
    coldStartMs,
    databaseUrl: database?.url ?? null,
    async stop() {
      try {
        process.kill(-child.pid!, 'SIGTERM');
      } catch {}
      await new Promise((resolve) => child.once('exit', resolve));
      await rm(dataDir, { recursive: true, force: true });
      await database?.drop();
    },
  };
}

/** Signs in through next-auth's credentials endpoint and returns the Cookie header to send. */
export async function signIn(baseUrl: string, email: string, password: string): Promise<string> {
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const cookies = csrf.headers.getSetCookie().map((cookie) => cookie.split(';')[0]);
  const response = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: cookies.join('; ') },
    body: new URLSearchParams({ csrfToken, email, password, json: 'true' }),
  });
  const session = response.headers.getSetCookie().map((cookie) => cookie.split(';')[0]).find((cookie) => cookie?.startsWith('next-auth.session-token='));
  if (!session) throw new Error(`sign-in failed for ${email}`);
  return [...cookies, session].join('; ');
}

export function summarise(samples: number[]): { n: number; mean: number; p50: number; p95: number; p99: number; max: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return { n: sorted.length, mean: sorted.reduce((sum, value) => sum + value, 0) / sorted.length, p50: at(0.5), p95: at(0.95), p99: at(0.99), max: sorted[sorted.length - 1]! };
}

export function formatMs(value: number): string {
  return `${value.toFixed(1)} ms`;
}

/** Calls the JSON API with a session cookie; throws with the server's message on a non-2xx answer. */
export async function api<T>(baseUrl: string, cookie: string, method: string, pathname: string, body?: unknown): Promise<T> {
  const response = await fetch(`${baseUrl}${pathname}`, {
    method,
    headers: { cookie, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const payload = (await response.json().catch(() => ({}))) as T & { error?: { message: string } };
  if (!response.ok) throw new Error(`${method} ${pathname} answered ${response.status}: ${payload.error?.message ?? ''}`);
  return payload;
}

/** Creates `count` reviewer accounts as the admin and signs each in; returns their cookies. */
/**
 * `count` new reviewers, members of the project (the password policy refuses a guessable password,
 * and a reviewer outside the article's project is answered 404), each signed in: their cookies.
 */
export async function createReviewers(app: RunningApp, count: number, prefix: string, projectId: string): Promise<string[]> {
  const admin = await signIn(app.baseUrl, 'admin@example.org', app.password);
  const password = `Pw-${randomBytes(15).toString('base64url')}`;
  const cookies: string[] = [];
  for (let i = 0; i < count; i++) {
    const email = `${prefix}-${i}@example.org`;
    const { user } = await api<{ user: { id: string } }>(app.baseUrl, admin, 'POST', '/api/users', { email, name: `Bench Reviewer ${prefix} ${i}`, role: 'reviewer', password });
    await api(app.baseUrl, admin, 'POST', `/api/projects/${projectId}/members`, { userId: user.id, role: 'reviewer' });
    cookies.push(await signIn(app.baseUrl, email, password));
  }
  return cookies;
}

/** Runs `work` `warmUp` times to let the JIT settle, then `rounds` times, timing each run's wall and CPU time. */
export function timeRuns(rounds: number, warmUp: number, work: () => unknown) {
  for (let round = 0; round < warmUp; round++) work();
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let round = 0; round < rounds; round++) {
    const cpuStarted = process.cpuUsage();
    const started = performance.now();
    work();
    wall.push(performance.now() - started);
    const used = process.cpuUsage(cpuStarted);
    cpu.push((used.user + used.system) / 1000);
  }
  return { wall: summarise(wall), cpu: summarise(cpu) };
}
