// Outgoing webhooks end to end: created through the route handlers, queued by
// enqueueOutbound inside a transaction, sent by the pg-boss workers (started in this
// process) to a real HTTP server on 127.0.0.1, signed, retried with backoff, logged.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { setConfigEnv } from '@/lib/config';
import { db } from '@/lib/server/db/client';
import { type OutboundEvent, enqueueOutbound } from '@/lib/server/data/outbound/enqueue-outbound';
import { type OutboundQueue, startOutboundQueue } from '@/lib/server/outbound/outbound-queue';
import { isValidWebhookSignature } from '@/lib/security/webhook-secret';
import { type Json, errorOf, routeClient } from '../support/route-client';
import { routes } from '../support/routes';
import { withSeededDatabase } from '../support/seeded-database';
import { type WebhookReceiver, startWebhookReceiver } from '../support/webhook-receiver';

vi.mock('@/lib/server/auth/cookie-session', () => import('../support/session'));
vi.hoisted(() => {
  process.env.NEXTAUTH_SECRET = 'webhook-integration-test-secret-0123456789abcdef';
  process.env.OUTBOUND_ALLOW_HOSTS = '127.0.0.1';
  process.env.WEBHOOK_RETRY_DELAY_SECONDS = '1';
  process.env.WEBHOOK_RETRY_LIMIT = '2';
  process.env.OUTBOUND_WORKERS = '2';
});

const database = withSeededDatabase();
const { as, call, hit } = routeClient(database);
let receiver: WebhookReceiver;
let queue: OutboundQueue;

beforeAll(async () => {
  receiver = await startWebhookReceiver();
  queue = await startOutboundQueue();
});
afterAll(async () => {
  await queue?.stop();
  await receiver?.close();
});

async function createWebhook(body: Json): Promise<{ id: string; secret: string }> {
  const answer = await hit('admin', routes.webhooks.POST, { method: 'POST', path: '/api/webhooks', body });
  expect(answer.status, answer.text).toBe(201);
  return { id: (answer.body.webhook as Json).id as string, secret: answer.body.secret as string };
}

let events = 0;
async function publishEvent(type: OutboundEvent['type'], projectId?: string): Promise<OutboundEvent> {
  const project = projectId
    ? await db().project.findUniqueOrThrow({ where: { id: projectId }, select: { id: true, name: true } })
    : await db().project.findFirstOrThrow({ select: { id: true, name: true }, orderBy: { createdAt: 'asc' } });
  events += 1;
  const event: OutboundEvent = { id: `event-${events}-${Date.now()}`, type, occurredAt: new Date().toISOString(), project, article: null, actor: null, data: { n: events } };
  await db().$transaction((tx) => enqueueOutbound(tx, event, []));
  return event;
}

async function until<T>(check: () => Promise<T | undefined> | T | undefined, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const deliveriesOf = async (webhookId: string) => {
  const answer = await hit('admin', routes.webhookDeliveries.GET, { path: `/api/webhooks/${webhookId}/deliveries`, params: { id: webhookId } });
  expect(answer.status).toBe(200);
  return answer.body.deliveries as Json[];
};

describe('creating webhooks', () => {
  it('answers 201 with the secret once; the list and the database do not show it', async () => {
    const { id, secret } = await createWebhook({ url: receiver.url, events: ['article.reopened', 'review.reopened', 'article.reopened'] });
    expect(secret).toMatch(/^whsec_/);
    const [row] = await database.query<{ secretEncrypted: string }>('SELECT "secretEncrypted" FROM "Webhook" WHERE id = $1', [id]);
    expect(row?.secretEncrypted).not.toContain(secret.slice(6));
    as('admin');
    const listed = await call(routes.webhooks.GET, { path: '/api/webhooks' });
    expect(listed.status).toBe(200);
    expect(listed.text).not.toContain(secret.slice(6));
    expect((listed.body.webhooks as Json[]).find((webhook) => webhook.id === id)).toMatchObject({ url: receiver.url, events: ['review.reopened', 'article.reopened'], project: null });
  });

  it.each([
    ['an editor', 'editor', { url: 'http://127.0.0.1:9/x', events: ['article.published'] }, 403],
    ['a reviewer', 'reviewer1', { url: 'http://127.0.0.1:9/x', events: ['article.published'] }, 403],
    ['nobody signed in', null, { url: 'http://127.0.0.1:9/x', events: ['article.published'] }, 401],
    ['an unknown event', 'admin', { url: 'http://127.0.0.1:9/x', events: ['article.deleted'] }, 400],
    ['no events', 'admin', { url: 'http://127.0.0.1:9/x', events: [] }, 400],
    ['an ftp URL', 'admin', { url: 'ftp://example.org/x', events: ['article.published'] }, 400],
    ['not a URL', 'admin', { url: 'hook', events: ['article.published'] }, 400],
    ['an unknown project', 'admin', { url: 'http://127.0.0.1:9/x', events: ['article.published'], projectId: '00000000-0000-4000-8000-000000000000' }, 400],
    ['an extra field', 'admin', { url: 'http://127.0.0.1:9/x', events: ['article.published'], secret: 'mine' }, 400],
  ] as const)('refuses %s and writes nothing', async (_what, who, body, status) => {
    const before = await database.snapshot();
    const answer = await hit(who, routes.webhooks.POST, { method: 'POST', path: '/api/webhooks', body });
    expect(answer.status).toBe(status);
    expect(await database.snapshot()).toEqual(before);
  });

  it('refuses loopback and private addresses unless OUTBOUND_ALLOW_HOSTS lists the host', async () => {
    setConfigEnv({ OUTBOUND_ALLOW_HOSTS: undefined });
    try {
      for (const url of [receiver.url, 'http://localhost/x', 'http://10.0.0.8/x', 'http://169.254.169.254/latest', 'http://[::1]/x', 'http://192.168.1.4:8080/x']) {
        const before = await database.snapshot();
        const answer = await hit('admin', routes.webhooks.POST, { method: 'POST', path: '/api/webhooks', body: { url, events: ['article.published'] } });
        expect(answer.status, url).toBe(400);
        expect(errorOf(answer).message).toMatch(/OUTBOUND_ALLOW_HOSTS/);
        expect(await database.snapshot()).toEqual(before);
      }
    } finally {
      setConfigEnv({ OUTBOUND_ALLOW_HOSTS: '127.0.0.1' });
    }
  });

  it('lists, logs and deletes for admins only; others get 403, unknown ids 404', async () => {
    const { id } = await createWebhook({ url: receiver.url, events: ['comment.created'] });
    for (const who of ['editor', 'reviewer1'] as const) {
      expect((await hit(who, routes.webhooks.GET, { path: '/api/webhooks' })).status).toBe(403);
      expect((await hit(who, routes.webhookDeliveries.GET, { path: `/api/webhooks/${id}/deliveries`, params: { id } })).status).toBe(403);
      expect((await hit(who, routes.webhook.DELETE, { method: 'DELETE', path: `/api/webhooks/${id}`, params: { id } })).status).toBe(403);
    }
    for (const unknown of ['00000000-0000-4000-8000-000000000000', 'not-a-uuid']) {
      expect((await hit('admin', routes.webhookDeliveries.GET, { path: `/api/webhooks/${unknown}/deliveries`, params: { id: unknown } })).status).toBe(404);
      expect((await hit('admin', routes.webhook.DELETE, { method: 'DELETE', path: `/api/webhooks/${unknown}`, params: { id: unknown } })).status).toBe(404);
    }
    expect((await hit('admin', routes.webhook.DELETE, { method: 'DELETE', path: `/api/webhooks/${id}`, params: { id } })).status).toBe(204);
    expect((await hit('admin', routes.webhookDeliveries.GET, { path: `/api/webhooks/${id}/deliveries`, params: { id } })).status).toBe(404);
  });
});

describe('delivering', () => {
  it('POSTs the event signed with the secret, with the event and a delivery id, and logs it delivered', async () => {
    const { id, secret } = await createWebhook({ url: receiver.url, events: ['review.submitted'] });
    const event = await publishEvent('review.submitted');
    const got = await until(() => receiver.received.find((entry) => JSON.parse(entry.body).id === event.id));
    expect(JSON.parse(got.body)).toEqual(event);
    expect(got.event).toBe('review.submitted');
    expect(isValidWebhookSignature(secret, got.body, got.signature)).toBe(true);
    expect(got.signature).toMatch(/^sha256=[0-9a-f]{64}$/);
    const log = await until(async () => (await deliveriesOf(id)).find((entry) => entry.status === 'delivered'));
    expect(log).toMatchObject({ id: got.deliveryId, eventId: event.id, eventType: 'review.submitted', attempts: 1, lastStatusCode: 200, lastError: null });
  });

  it('sends an event only to webhooks subscribed to it, in its project or in every project', async () => {
    const projects = await db().project.findMany({ select: { id: true }, orderBy: { createdAt: 'asc' }, take: 2 });
    const other = projects[1] ?? (await db().project.create({ data: { name: `Elsewhere ${Date.now()}` }, select: { id: true } }));
    const everywhere = await createWebhook({ url: `${receiver.url}?all`, events: ['article.reopened'] });
    const elsewhere = await createWebhook({ url: `${receiver.url}?other`, events: ['article.reopened'], projectId: other.id });
    const otherEvent = await createWebhook({ url: `${receiver.url}?published`, events: ['article.published'] });
    await publishEvent('article.reopened', projects[0]!.id);
    await until(async () => (await deliveriesOf(everywhere.id)).length === 1);
    expect(await deliveriesOf(elsewhere.id)).toEqual([]);
    expect(await deliveriesOf(otherEvent.id)).toEqual([]);
  });

  it('retries a 500 with exponential backoff, under the same delivery id, until a 2xx', async () => {
    const { id } = await createWebhook({ url: `${receiver.url}?flaky`, events: ['assignment.created'] });
    let calls = 0;
    receiver.answer = (entry) => (entry.body.includes('assignment.created') && ++calls <= 2 ? 500 : 200);
    try {
      const event = await publishEvent('assignment.created');
      const log = await until(async () => (await deliveriesOf(id)).find((entry) => entry.status === 'delivered'));
      const attempts = receiver.received.filter((entry) => JSON.parse(entry.body).id === event.id);
      expect(attempts).toHaveLength(3);
      expect(new Set(attempts.map((entry) => entry.deliveryId))).toEqual(new Set([log.id]));
      // pg-boss's backoff with a 1 s delay: the first retry 1–2 s later, the second 2–4 s later.
      expect(attempts[1]!.at - attempts[0]!.at).toBeGreaterThanOrEqual(900);
      expect(attempts[2]!.at - attempts[1]!.at).toBeGreaterThanOrEqual(1900);
      expect(log).toMatchObject({ attempts: 3, lastStatusCode: 200, lastError: null });
    } finally {
      receiver.answer = () => 200;
    }
  });

  it('gives up after the retry limit, and at once on an answer that will not change (410)', async () => {
    const down = await createWebhook({ url: `${receiver.url}?down`, events: ['comment.created'] });
    const gone = await createWebhook({ url: `${receiver.url}?gone`, events: ['comment.created'] });
    receiver.answer = (entry) => (entry.path.endsWith('?down') ? 503 : entry.path.endsWith('?gone') ? 410 : 200);
    try {
      await publishEvent('comment.created');
      const failed = await until(async () => (await deliveriesOf(down.id)).find((entry) => entry.status === 'failed'), 30_000);
      expect(failed).toMatchObject({ attempts: 3, lastStatusCode: 503, lastError: 'The receiver answered 503.' });
      expect(receiver.received.filter((entry) => entry.deliveryId === failed.id)).toHaveLength(3);
      const refused = await until(async () => (await deliveriesOf(gone.id)).find((entry) => entry.status === 'failed'));
      expect(refused).toMatchObject({ attempts: 1, lastStatusCode: 410 });
      expect(receiver.received.filter((entry) => entry.deliveryId === refused.id)).toHaveLength(1);
    } finally {
      receiver.answer = () => 200;
    }
  });

  it('does not connect to a loopback address once it is no longer allowed, and records why', async () => {
    const { id } = await createWebhook({ url: `${receiver.url}?later-refused`, events: ['article.published'] });
    setConfigEnv({ OUTBOUND_ALLOW_HOSTS: undefined });
    try {
      const before = receiver.received.length;
      await publishEvent('article.published');
      const log = await until(async () => (await deliveriesOf(id)).find((entry) => entry.status === 'failed'));
      expect(log).toMatchObject({ attempts: 1, lastStatusCode: null });
      expect(log.lastError).toMatch(/OUTBOUND_ALLOW_HOSTS/);
      expect(receiver.received.slice(before).filter((entry) => entry.deliveryId === log.id)).toEqual([]);
    } finally {
      setConfigEnv({ OUTBOUND_ALLOW_HOSTS: '127.0.0.1' });
    }
  });

  it('queues nothing when the transaction rolls back', async () => {
    await createWebhook({ url: receiver.url, events: ['review.reopened'] });
    const jobsBefore = await database.query<{ n: string }>("SELECT count(*) AS n FROM pgboss.job WHERE name = 'outbound-webhook'");
    const project = await db().project.findFirstOrThrow({ select: { id: true, name: true } });
    const event: OutboundEvent = { id: 'rolled-back', type: 'review.reopened', occurredAt: new Date().toISOString(), project, article: null, actor: null, data: {} };
    await expect(
      db().$transaction(async (tx) => {
        await enqueueOutbound(tx, event, []);
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect(await database.query('SELECT id FROM "WebhookDelivery" WHERE "eventId" = $1', ['rolled-back'])).toEqual([]);
    expect(await database.query<{ n: string }>("SELECT count(*) AS n FROM pgboss.job WHERE name = 'outbound-webhook'")).toEqual(jobsBefore);
    expect(Number(jobsBefore[0]?.n)).toBeGreaterThan(0); // the committed events above did queue jobs
  });
});
