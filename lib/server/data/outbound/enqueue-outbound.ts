import 'server-only';
import type { NotificationKind, WebhookEvent } from '../../../vocabulary';
import type { Prisma } from '../../db/client';

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
 */
export async function enqueueOutbound(tx: Prisma.TransactionClient, event: OutboundEvent | null, emails: readonly EmailNotice[]): Promise<void> {
  // Contract only: the outbound queue (webhooks, email) is built on its own branch.
  void tx;
  void event;
  void emails;
}
