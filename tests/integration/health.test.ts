// /api/health follows the database: up, down while it is stopped, and up again
// once it is back, without restarting the app (the pool reconnects by itself).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { setConfigEnv } from '../../lib/config';
import { type EmbeddedPostgres, startEmbeddedPostgres } from '../../scripts/db/embedded-postgres';

const dataDir = await mkdtemp(path.join(tmpdir(), 'corroborate-health-'));
let server: EmbeddedPostgres = await startEmbeddedPostgres({ dataDir });
const port = server.port;
setConfigEnv({ DATABASE_URL: server.url });
const { GET } = await import('@/app/api/health/route');
const { closeDatabase } = await import('@/lib/server/db/client');

afterAll(async () => {
  await closeDatabase();
  await server.stop();
  await rm(dataDir, { recursive: true, force: true });
});

async function health() {
  const response = await GET();
  return { status: response.status, body: await response.json() };
}

describe('GET /api/health', () => {
  it('says ok while the database answers', async () => {
    expect(await health()).toEqual({ status: 200, body: { status: 'ok', db: 'up', process: { pid: process.pid, worker: null } } });
  });

  it('says down with 503 while the database is stopped', async () => {
    await server.stop();
    expect(await health()).toEqual({ status: 503, body: { status: 'degraded', db: 'down', process: { pid: process.pid, worker: null } } });
  });

  it('says up again once the database is back on the same address', async () => {
    server = await startEmbeddedPostgres({ dataDir, port });
    await expect.poll(async () => (await health()).status, { timeout: 20_000, interval: 500 }).toBe(200);
    expect((await health()).body).toMatchObject({ status: 'ok', db: 'up' });
  });
});
