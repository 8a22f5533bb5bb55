// Email notifications end to end: preferences through GET/PUT /api/me/notification-preferences,
// emails queued by enqueueOutbound, sent by the pg-boss workers with nodemailer to a real SMTP
// server (smtp-server) on 127.0.0.1 — or skipped, when the user's preference says so.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { setConfigEnv } from '@/lib/config';
import { db } from '@/lib/server/db/client';
import { type EmailNotice, enqueueOutbound } from '@/lib/server/data/outbound/enqueue-outbound';
import { type OutboundQueue, startOutboundQueue } from '@/lib/server/outbound/outbound-queue';
import { EMAIL_DEFAULT_KINDS, NOTIFICATION_KINDS, type NotificationKind } from '@/lib/vocabulary';
import { type Json, routeClient } from '../support/route-client';
import { routes } from '../support/routes';
import { type DemoName, withSeededDatabase } from '../support/seeded-database';
import { type SmtpSink, startSmtpSink } from '../support/smtp-sink';

vi.mock('@/lib/server/auth/cookie-session', () => import('../support/session'));
vi.hoisted(() => {
  process.env.NEXTAUTH_SECRET = 'email-integration-test-secret-0123456789abcdef';
  process.env.MAIL_FROM = 'Fact desk <desk@example.org>';
  process.env.NEXTAUTH_URL = 'https://desk.example';
  process.env.WEBHOOK_RETRY_DELAY_SECONDS = '1';
});

const database = withSeededDatabase();
const { hit } = routeClient(database);
let smtp: SmtpSink;
let queue: OutboundQueue;

beforeAll(async () => {
  smtp = await startSmtpSink();
  setConfigEnv({ SMTP_URL: smtp.url });
  queue = await startOutboundQueue();
});
afterAll(async () => {
  await queue?.stop();
  await smtp?.close();
});

function notice(who: DemoName, kind: NotificationKind): EmailNotice {
  return { notificationId: randomUUID(), userId: database.actors[who].id, kind, subject: `A ${kind} for ${who}`, text: `Something happened (${kind}).`, path: '/articles/x' };
}

async function until<T>(check: () => Promise<T | undefined | false> | T | undefined | false, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const statusOf = async (notificationId: string) =>
  (await database.query<{ status: string }>('SELECT status FROM "OutboundEmail" WHERE "notificationId" = $1', [notificationId]))[0]?.status;

describe('notification preferences', () => {
  it('starts from the defaults: email on for what asks something of you, off for the rest', async () => {
    const answer = await hit('reviewer3', routes.meNotificationPreferences.GET, { path: '/api/me/notification-preferences' });
    expect(answer.status).toBe(200);
    expect(answer.body.emailEnabled).toBe(true);
    expect(answer.body.preferences).toEqual(NOTIFICATION_KINDS.map((kind) => ({ kind, email: (EMAIL_DEFAULT_KINDS as readonly string[]).includes(kind) })));
  });

  it('saves one person’s choices without touching anyone else’s', async () => {
    const answer = await hit('reviewer1', routes.meNotificationPreferences.PUT, {
      method: 'PUT',
      path: '/api/me/notification-preferences',
      body: { preferences: [{ kind: 'assigned', email: false }, { kind: 'published', email: true }] },
    });
    expect(answer.status).toBe(200);
    const byKind = Object.fromEntries((answer.body.preferences as Json[]).map((entry) => [entry.kind, entry.email]));
    expect(byKind).toMatchObject({ assigned: false, published: true, mention: true, due_soon: false });
    const other = await hit('reviewer2', routes.meNotificationPreferences.GET, { path: '/api/me/notification-preferences' });
    expect(Object.fromEntries((other.body.preferences as Json[]).map((entry) => [entry.kind, entry.email]))).toMatchObject({ assigned: true, published: false });
  });

  it.each([
    ['an unknown kind', 'reviewer1', { preferences: [{ kind: 'everything', email: true }] }, 400],
    ['a non-boolean', 'reviewer1', { preferences: [{ kind: 'assigned', email: 'yes' }] }, 400],
    ['no preferences', 'reviewer1', { preferences: [] }, 400],
    ['another user’s id', 'reviewer1', { preferences: [{ kind: 'assigned', email: true }], userId: '00000000-0000-4000-8000-000000000000' }, 400],
    ['nobody signed in', null, { preferences: [{ kind: 'assigned', email: true }] }, 401],
  ] as const)('refuses %s and writes nothing', async (_what, who, body, status) => {
    const before = await database.snapshot();
    expect((await hit(who, routes.meNotificationPreferences.PUT, { method: 'PUT', path: '/api/me/notification-preferences', body })).status).toBe(status);
    expect(await database.snapshot()).toEqual(before);
  });
});

describe('sending email', () => {
  it('sends what the preferences allow through SMTP, and skips the rest', async () => {
    // reviewer1 turned assigned off and published on (above); reviewer2 has the defaults.
    const sent = [notice('reviewer1', 'published'), notice('reviewer2', 'mention')];
    const skipped = [notice('reviewer1', 'assigned'), notice('reviewer2', 'due_soon')];
    await db().$transaction((tx) => enqueueOutbound(tx, null, [...sent, ...skipped]));
    for (const email of sent) expect(await until(async () => (await statusOf(email.notificationId)) === 'sent' && true)).toBe(true);
    for (const email of skipped) expect(await until(async () => (await statusOf(email.notificationId)) === 'skipped' && true)).toBe(true);
    const published = smtp.messages.find((message) => message.raw.includes('A published for reviewer1'));
    expect(published?.to).toEqual(['reviewer1@example.org']);
    expect(published?.from).toBe('desk@example.org');
    expect(published?.raw).toContain('https://desk.example/articles/x');
    expect(smtp.messages.some((message) => message.raw.includes('A mention for reviewer2'))).toBe(true);
    expect(smtp.messages.some((message) => /A assigned for reviewer1|A due_soon for reviewer2/.test(message.raw))).toBe(false);
  });

  it('queues no email at all without SMTP_URL', async () => {
    setConfigEnv({ SMTP_URL: undefined });
    try {
      const email = notice('reviewer2', 'mention');
      await db().$transaction((tx) => enqueueOutbound(tx, null, [email]));
      expect(await database.query('SELECT id FROM "OutboundEmail" WHERE "notificationId" = $1', [email.notificationId])).toEqual([]);
      const answer = await hit('reviewer2', routes.meNotificationPreferences.GET, { path: '/api/me/notification-preferences' });
      expect(answer.body.emailEnabled).toBe(false);
    } finally {
      setConfigEnv({ SMTP_URL: smtp.url });
    }
  });
});
