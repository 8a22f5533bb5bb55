import 'server-only';
import { randomUUID } from 'node:crypto';
import { config } from '../../../config';
import type { NotificationKind, WebhookEvent } from '../../../vocabulary';
import type { Prisma } from '../../db/client';
import { type EmailJob, QUEUES, type WebhookJob, outboundJobOptions, queueJobs } from './outbound-queues';

/**
 * A desk event as newsroom systems receive it (the body of a webhook delivery, less its envelope).
 * `data` holds the event's own fields, JSON-safe (ids, names, dates as ISO strings).
 */
export type OutboundEvent = {
  id: string;
  type: WebhookEvent;
  occurredAt: string;
  project: { id: string; name: string };
  article: { id: string; title: string } | null;
  actor: { id: string; name: string } | null;
  data: Record<string, unknown>;
};

/** One email to one user, already worded; sent only if the user's preferences allow `kind` by email. */
export type EmailNotice = { notificationId: string; userId: string; kind: NotificationKind; subject: string; text: string; path: string };

/**
 * Queues, inside the caller's transaction, what leaves the workbench because of a desk event: the
 * webhook deliveries subscribed to `event.type` (when there is a webhook event) and the emails. Queued
 * in the same transaction as the change, so a rollback queues nothing and a commit loses nothing.
 *
 * Each delivery and email is a row (its log and its exactly-once record) and a pg-boss job naming it.
 * Without SMTP_URL no email is queued at all. The user's preference is read when the email is sent,
 * so a change made in between counts.
 */
export async function enqueueOutbound(tx: Prisma.TransactionClient, event: OutboundEvent | null, emails: readonly EmailNotice[]): Promise<void> {
  const options = outboundJobOptions();
  const jobs: { name: string; data: WebhookJob | EmailJob }[] = [];
  if (event) {
    const webhooks = await tx.webhook.findMany({
      where: { events: { has: event.type }, OR: [{ projectId: null }, { projectId: event.project.id }] },
      select: { id: true },
    });
    // The body is fixed here and signed as is on every attempt; the event id lets a receiver tie deliveries to one event.
    const body = JSON.stringify(event);
    const deliveries = webhooks.map(({ id }) => ({ id: randomUUID(), webhookId: id, eventId: event.id, eventType: event.type, body }));
    if (deliveries.length > 0) await tx.webhookDelivery.createMany({ data: deliveries });
    jobs.push(...deliveries.map(({ id }) => ({ name: QUEUES.webhook, data: { deliveryId: id } })));
  }
  if (emails.length > 0 && config().mail) {
    const rows = emails.map((notice) => ({ id: randomUUID(), ...notice }));
    await tx.outboundEmail.createMany({ data: rows });
    jobs.push(...rows.map(({ id }) => ({ name: QUEUES.email, data: { emailId: id } })));
  }
  await queueJobs(tx, jobs.map((job) => ({ ...job, ...options })));
}
