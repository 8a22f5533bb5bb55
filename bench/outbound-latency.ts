// Notification latency: time from the commit of a change that queues a webhook
// delivery (enqueueOutbound in a transaction) to its arrival at a local receiver,
// with the standalone worker (scripts/worker.ts, OUTBOUND_WORKERS=4) polling every
// 0.5 s. N deliveries one after another (spaced, so each waits on an idle worker),
// then N queued at once (a burst). Prints p50/p95. Nothing here passes or fails.
// Run: [DATABASE_URL=postgresql://…] npx tsx bench/outbound-latency.ts  (BENCH_DELIVERIES, default 50)
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { register } from 'node:module';
import path from 'node:path';
import { setConfigEnv } from '../lib/config';
import { createTestDatabase } from '../tests/support/test-database';
import { startWebhookReceiver } from '../tests/support/webhook-receiver';
import { ROOT, formatMs, summarise } from './support';

register('../scripts/server-only-resolve.mjs', import.meta.url);

const N = Number(process.env.BENCH_DELIVERIES ?? 50);
const ON = process.env.DATABASE_URL ? 'PostgreSQL' : 'embedded PGlite';
const SECRET = randomUUID() + randomUUID();

const database = await createTestDatabase();
setConfigEnv({ DATABASE_URL: database.url, NEXTAUTH_SECRET: SECRET, OUTBOUND_ALLOW_HOSTS: '127.0.0.1', LOG_LEVEL: 'warn' });
const { db, closeDatabase } = await import('../lib/server/db/client');
const { enqueueOutbound } = await import('../lib/server/data/outbound/enqueue-outbound');
const { sealWebhookSecret } = await import('../lib/security/webhook-secret');

const receiver = await startWebhookReceiver();
const arrived = new Map<string, number>();
receiver.answer = (entry) => {
  arrived.set(JSON.parse(entry.body).id as string, performance.now());
  return 200;
};

const admin = await db().user.create({ data: { email: 'bench-admin@example.org', name: 'Bench', role: 'admin' } });
const project = await db().project.create({ data: { name: 'Bench' } });
await db().webhook.create({ data: { url: receiver.url, events: ['article.published'], secretEncrypted: sealWebhookSecret('whsec_bench', SECRET), createdById: admin.id } });

const worker = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'scripts/worker.ts')], {
  cwd: ROOT,
  stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  env: { ...process.env, DATABASE_URL: database.url, NEXTAUTH_SECRET: SECRET, OUTBOUND_ALLOW_HOSTS: '127.0.0.1', OUTBOUND_WORKERS: '4', LOG_LEVEL: 'warn' },
});
await new Promise((resolve) => worker.once('message', resolve));

const committed = new Map<string, number>();
async function publish(): Promise<string> {
  const id = randomUUID();
  await db().$transaction((tx) => enqueueOutbound(tx, { id, type: 'article.published', occurredAt: new Date().toISOString(), project: { id: project.id, name: project.name }, article: null, actor: null, data: {} }, []));
  committed.set(id, performance.now());
  return id;
}
async function waitFor(ids: string[]): Promise<number[]> {
  const deadline = Date.now() + 120_000;
  while (ids.some((id) => !arrived.has(id)) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 10));
  return ids.filter((id) => arrived.has(id)).map((id) => arrived.get(id)! - committed.get(id)!);
}
function show(name: string, samples: number[]): void {
  const s = summarise(samples);
  console.log(`${name}: n=${s.n}  p50 ${formatMs(s.p50)}  p95 ${formatMs(s.p95)}  max ${formatMs(s.max)}`);
}

try {
  const spaced: string[] = [];
  for (let index = 0; index < N; index += 1) {
    spaced.push(await publish());
    await waitFor([spaced.at(-1)!]);
    await new Promise((resolve) => setTimeout(resolve, 50 + Math.random() * 500)); // land anywhere in the polling interval
  }
  show('one at a time (commit → receiver)', await waitFor(spaced));
  const burst: string[] = [];
  for (let index = 0; index < N; index += 1) burst.push(await publish());
  show(`a burst of ${N} (commit → receiver)`, await waitFor(burst));
  console.log(`database: ${ON}; worker: scripts/worker.ts, 4 workers taking up to 4 jobs each, polling every 0.5 s`);
} finally {
  worker.kill('SIGTERM');
  await new Promise((resolve) => worker.once('exit', resolve));
  await receiver.close();
  await closeDatabase();
  await database.drop();
}
