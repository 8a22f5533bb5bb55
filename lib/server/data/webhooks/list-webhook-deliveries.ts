import 'server-only';
import { AppError } from '../../../errors';
import { isUuid } from '../../../validation/uuid';
import type { WebhookDeliveryView } from '../../../views/webhook-views';
import { db } from '../../db/client';
import type { Authorized } from '../../guards';
import { deliverySelect, toDeliveryView } from './webhook-record';

/** A webhook's delivery log, newest first (the last 200). */
export async function listWebhookDeliveries(_actor: Authorized<'webhooks:manage'>, webhookId: string): Promise<WebhookDeliveryView[]> {
  if (!isUuid(webhookId)) throw new AppError('not_found', 'No webhook with that id.');
  const webhook = await db().webhook.findUnique({
    where: { id: webhookId },
    select: { deliveries: { orderBy: [{ createdAt: 'desc' }, { id: 'asc' }], take: 200, select: deliverySelect } },
  });
  if (!webhook) throw new AppError('not_found', 'No webhook with that id.');
  return webhook.deliveries.map(toDeliveryView);
}
