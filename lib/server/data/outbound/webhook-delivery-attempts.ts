import 'server-only';
import { db } from '../../db/client';

export type DeliveryToSend = { id: string; eventType: string; body: string; url: string; secretEncrypted: string };

/** The delivery if it still waits to be sent; null when it was delivered, gave up, or its webhook was deleted. */
export async function loadPendingDelivery(deliveryId: string): Promise<DeliveryToSend | null> {
  const row = await db().webhookDelivery.findUnique({
    where: { id: deliveryId },
    select: { id: true, status: true, eventType: true, body: true, webhook: { select: { url: true, secretEncrypted: true } } },
  });
  if (!row || row.status !== 'pending') return null;
  return { id: row.id, eventType: row.eventType, body: row.body, url: row.webhook.url, secretEncrypted: row.webhook.secretEncrypted };
}

export type AttemptOutcome = { delivered: boolean; final: boolean; statusCode: number | null; error: string | null };

/**
 * Records one attempt. Written before the job completes: once a row says delivered, a job run
 * again (after a crash) finds nothing pending and sends nothing. `final`: no retry follows (failed).
 */
export async function recordDeliveryAttempt(deliveryId: string, outcome: AttemptOutcome): Promise<void> {
  const now = new Date();
  await db().webhookDelivery.updateMany({
    where: { id: deliveryId, status: 'pending' },
    data: {
      attempts: { increment: 1 },
      lastAttemptAt: now,
      lastStatusCode: outcome.statusCode,
      lastError: outcome.error?.slice(0, 500) ?? null,
      ...(outcome.delivered ? { status: 'delivered', deliveredAt: now } : outcome.final ? { status: 'failed' } : {}),
    },
  });
}
