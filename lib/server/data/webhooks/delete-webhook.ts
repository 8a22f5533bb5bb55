import 'server-only';
import { AppError } from '../../../errors';
import { isUuid } from '../../../validation/uuid';
import { db } from '../../db/client';
import type { Authorized } from '../../guards';

/** Deletes the webhook and its delivery log; deliveries still queued then find no row and send nothing. */
export async function deleteWebhook(_actor: Authorized<'webhooks:manage'>, webhookId: string): Promise<void> {
  if (!isUuid(webhookId)) throw new AppError('not_found', 'No webhook with that id.');
  const { count } = await db().webhook.deleteMany({ where: { id: webhookId } });
  if (count === 0) throw new AppError('not_found', 'No webhook with that id.');
}
