import 'server-only';
import type { WebhookView } from '../../../views/webhook-views';
import { db } from '../../db/client';
import type { Authorized } from '../../guards';
import { toWebhookView, webhookSelect } from './webhook-record';

/** Every webhook, newest first. */
export async function listWebhooks(_actor: Authorized<'webhooks:manage'>): Promise<WebhookView[]> {
  const rows = await db().webhook.findMany({ orderBy: [{ createdAt: 'desc' }, { id: 'asc' }], select: webhookSelect, take: 500 });
  return rows.map(toWebhookView);
}
