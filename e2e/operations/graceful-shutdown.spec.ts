// Operations: a second app process on the same database (processes keep no
// state, so any of them can answer), its liveness and readiness, and a graceful
// stop: SIGTERM while a request is still being uploaded lets that request
// finish and be stored, refuses new connections, then exits.
import { type ChildProcess, spawn } from 'node:child_process';
import { request as httpRequest } from 'node:http';
import path from 'node:path';
import { freePort } from '../../tests/support/free-port';
import { expect, test } from '../fixtures/test';

const ROOT = path.resolve(import.meta.dirname, '../..');

function startApp(port: number): ChildProcess {
  const databaseUrl = process.env.E2E_DATABASE_URL;
  const secret = process.env.E2E_NEXTAUTH_SECRET;
  if (!databaseUrl || !secret) throw new Error('Run the suite with `npm run test:e2e`: it passes E2E_DATABASE_URL and E2E_NEXTAUTH_SECRET.');
  // The app's own server (what `npm start` runs once the database is ready), not a bare `next start`.
  return spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'scripts/server.ts')], {
    cwd: ROOT,
    env: { ...process.env, NODE_ENV: 'production', PORT: String(port), HOSTNAME_BIND: '127.0.0.1', DATABASE_URL: databaseUrl, NEXTAUTH_SECRET: secret, DATABASE_POOL_SIZE: '1', NEXT_TELEMETRY_DISABLED: '1', LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

async function waitUntilLive(baseUrl: string): Promise<void> {
  for (let attempt = 0; attempt < 150; attempt += 1) {
    const answer = await fetch(`${baseUrl}/api/health/live`).catch(() => null);
    if (answer?.ok) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${baseUrl} did not come up`);
}

/** A POST whose body arrives in two halves, with `between` run after the first. */
function slowPost(url: string, cookie: string, body: string, between: () => Promise<void>): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const target = new URL(url);
    const request = httpRequest(
      { host: target.hostname, port: target.port, path: target.pathname, method: 'POST', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), cookie } },
      (response) => {
        let text = '';
        response.on('data', (chunk: Buffer) => (text += chunk.toString()));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body: text }));
      },
    );
    request.on('error', reject);
    const half = Math.floor(body.length / 2);
    request.write(body.slice(0, half));
    void between().then(() => request.end(body.slice(half)), reject);
  });
}

test('a second process serves the same data; SIGTERM lets an in-flight request finish, then stops', async ({ apiAs }) => {
  test.setTimeout(120_000);
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const app = startApp(port);
  const exited = new Promise<number | null>((resolve) => app.on('exit', (code) => resolve(code)));
  try {
    await waitUntilLive(baseUrl);
    expect((await fetch(`${baseUrl}/api/health/ready`)).status).toBe(200);
    expect(await (await fetch(`${baseUrl}/api/health/live`)).json()).toMatchObject({ status: 'alive' });

    // Signed in on the main process, the session works on this one too (shared secret, no process state).
    const editor = await apiAs('editor');
    const cookies = (await editor.storageState()).cookies;
    const cookie = cookies.map((entry) => `${entry.name}=${entry.value}`).join('; ');
    expect((await fetch(`${baseUrl}/api/articles`, { headers: { cookie } })).status).toBe(200);

    const title = `Graceful shutdown ${Date.now()}`;
    const body = JSON.stringify({ text: `${title}\n${'A paragraph that arrives slowly. '.repeat(200)}` });
    const answer = await slowPost(`${baseUrl}/api/articles`, cookie, body, async () => {
      await new Promise((resolve) => setTimeout(resolve, 300));
      app.kill('SIGTERM');
      await new Promise((resolve) => setTimeout(resolve, 700));
      // Stopped accepting: a new connection is refused while the upload is still open.
      await expect(fetch(`${baseUrl}/api/health/live`)).rejects.toThrow();
    });
    expect(answer.status, answer.body).toBe(201);
    expect(await exited).not.toBeNull();
    const main = await (await editor.get(`/api/articles?q=${encodeURIComponent(title)}`)).json() as { articles: { title: string }[] };
    expect(main.articles.map((article) => article.title)).toEqual([title]);
  } finally {
    if (app.exitCode === null) app.kill('SIGKILL');
  }
});
