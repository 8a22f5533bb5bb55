// Kill -9 while deliveries are queued: the standalone worker (scripts/worker.ts) runs as a
// child process, is SIGKILLed part-way through 20 queued deliveries, and is started again.
//
// What this shows: no queued delivery is lost (all 20 arrive and are logged delivered), and
// none that was finished or still waiting in the queue at the kill is sent again. What it
// cannot rule out, and checks the bound of instead: a request the receiver had already got
// but not yet answered when the worker died is sent once more after the job's expiry — with
// the same X-Corroborate-Delivery id, so a receiver can drop it. No queue can close that
// window without the receiver's help.
import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/server/db/client';
import { type OutboundEvent, enqueueOutbound } from '@/lib/server/data/outbound/enqueue-outbound';
import { routeClient } from '../support/route-client';
import { routes } from '../support/routes';
import { withSeededDatabase } from '../support/seeded-database';
import { type WebhookReceiver, startWebhookReceiver } from '../support/webhook-receiver';

vi.mock('@/lib/server/auth/cookie-session', () => import('../support/session'));
const SECRET = 'outbound-crash-test-secret-0123456789abcdefghij';
vi.hoisted(() => {
  process.env.NEXTAUTH_SECRET = 'outbound-crash-test-secret-0123456789abcdefghij';
  process.env.OUTBOUND_ALLOW_HOSTS = '127.0.0.1';
  process.env.OUTBOUND_JOB_EXPIRE_SECONDS = '15';
});

const ROOT = path.resolve(import.meta.dirname, '../..');
const DELIVERIES = 20;
const ANSWER_AFTER_MS = 300;

const database = withSeededDatabase();
const { hit } = routeClient(database);
let receiver: WebhookReceiver;
const workers: ChildProcess[] = [];

beforeAll(async () => {
  receiver = await startWebhookReceiver();
  receiver.answer = async () => {
    await new Promise((resolve) => setTimeout(resolve, ANSWER_AFTER_MS));
    return 200;
  };
});
afterAll(async () => {
  for (const worker of workers) if (worker.exitCode === null && worker.signalCode === null) worker.kill('SIGKILL');
  await receiver?.close();
});

/** scripts/worker.ts as `npm run worker` runs it, against the test's database; resolves once its workers poll. */
function startWorker(): Promise<ChildProcess> {
  const worker = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'scripts/worker.ts')], {
    cwd: ROOT,
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    env: { ...process.env, DATABASE_URL: database.url, NEXTAUTH_SECRET: SECRET, OUTBOUND_WORKERS: '2', OUTBOUND_JOB_EXPIRE_SECONDS: '15', LOG_LEVEL: 'warn' },
  });
  workers.push(worker);
  return new Promise((resolve, reject) => {
    worker.once('message', () => resolve(worker));
    worker.once('exit', (code) => reject(new Error(`the worker exited with ${code} before it was ready`)));
  });
}

async function until(check: () => boolean | Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

const deliveredCount = async () => Number((await database.query<{ n: string }>(`SELECT count(*) AS n FROM "WebhookDelivery" WHERE status = 'delivered'`))[0]?.n);

describe('a worker killed with SIGKILL while deliveries are queued', () => {
  it('delivers each queued delivery after the restart, and sends again at most those in flight at the kill', async () => {
    const created = await hit('admin', routes.webhooks.POST, { method: 'POST', path: '/api/webhooks', body: { url: receiver.url, events: ['article.published'] } });
    expect(created.status).toBe(201);
    const project = await db().project.findFirstOrThrow({ select: { id: true, name: true } });
    for (let index = 0; index < DELIVERIES; index += 1) {
      const event: OutboundEvent = { id: `crash-${index}`, type: 'article.published', occurredAt: new Date().toISOString(), project, article: null, actor: null, data: { index } };
      await db().$transaction((tx) => enqueueOutbound(tx, event, []));
    }
    const ids = (await database.query<{ id: string }>('SELECT id FROM "WebhookDelivery"')).map((row) => row.id);
    expect(ids).toHaveLength(DELIVERIES);

    const first = await startWorker();
    // Two workers take up to 4 jobs each: by the 12th request the first ones are answered and recorded, more are in flight.
    await until(() => receiver.received.length >= 12, 30_000);
    first.kill('SIGKILL');
    await new Promise((resolve) => first.once('exit', resolve));
    await new Promise((resolve) => setTimeout(resolve, ANSWER_AFTER_MS + 100)); // the receiver finishes reading and answering the dead worker
    // In flight when the worker died: the receiver had the request, the row does not say delivered
    // (the worker is dead, so the rows are as it left them). Everything received before the second
    // worker starts came from the first one — including requests it wrote just before the kill
    // that this process read only afterwards, which a cut by timestamp would miss.
    const receivedBeforeKill = new Set(receiver.received.map((entry) => entry.deliveryId));
    const pending = (await database.query<{ id: string }>(`SELECT id FROM "WebhookDelivery" WHERE status = 'pending'`)).map((row) => row.id);
    const inFlight = new Set(pending.filter((id) => receivedBeforeKill.has(id)));
    const pendingAtKill = pending.length;
    // The kill came part-way: some deliveries done, some in flight, some still queued.
    expect(DELIVERIES - pendingAtKill).toBeGreaterThan(0);
    expect(pendingAtKill).toBeGreaterThan(inFlight.size);

    const second = await startWorker();
    // The jobs active at the kill come back after their expiry (15 s) and pg-boss's next maintenance (≤ 10 s).
    await until(async () => (await deliveredCount()) === DELIVERIES, 60_000);
    await new Promise((resolve) => setTimeout(resolve, 1_500)); // nothing more arrives
    second.kill('SIGTERM');
    await new Promise((resolve) => second.once('exit', resolve));

    const times = new Map<string, number>();
    for (const entry of receiver.received) times.set(entry.deliveryId, (times.get(entry.deliveryId) ?? 0) + 1);
    expect([...times.keys()].sort()).toEqual([...ids].sort());
    for (const id of ids) {
      if (inFlight.has(id)) expect(times.get(id), `in flight at the kill: ${id}`).toBeLessThanOrEqual(2);
      else expect(times.get(id), `not in flight at the kill: ${id}`).toBe(1);
    }
    console.log(`[outbound-crash] ${DELIVERIES} deliveries; ${pendingAtKill} not yet delivered at the kill, ${inFlight.size} of them in flight; sent twice: ${[...times.values()].filter((n) => n > 1).length}`);
  }, 120_000);
});
