import 'server-only';
import { config } from '../../../config';
import { AppError } from '../../../errors';
import { generateWebhookSecret, sealWebhookSecret } from '../../../security/webhook-secret';
import type { TCreateWebhook } from '../../../validation/webhooks';
import type { WebhookView } from '../../../views/webhook-views';
import { WEBHOOK_EVENTS } from '../../../vocabulary';
import { db } from '../../db/client';
import type { Authorized } from '../../guards';
import { toWebhookView, webhookSelect } from './webhook-record';

/**
 * Stores a webhook whose URL the caller has already vetted (lib/server/outbound/outbound-address.ts).
 * The secret is returned here once; only its sealed form is kept.
 */
export async function createWebhook(actor: Authorized<'webhooks:manage'>, input: TCreateWebhook): Promise<{ webhook: WebhookView; secret: string }> {
  const authSecret = config().authSecret;
  if (!authSecret) throw new Error('NEXTAUTH_SECRET is not set: webhook secrets cannot be sealed');
  if (input.projectId && !(await db().project.findUnique({ where: { id: input.projectId }, select: { id: true } }))) {
    throw new AppError('bad_request', 'No project with that id.');
  }
  const secret = generateWebhookSecret();
  const row = await db().webhook.create({
    data: {
      url: input.url,
      // Once each, in the vocabulary's order, however the caller listed them.
      events: WEBHOOK_EVENTS.filter((event) => input.events.includes(event)),
      projectId: input.projectId ?? null,
      secretEncrypted: sealWebhookSecret(secret, authSecret),
      createdById: actor.id,
    },
    select: webhookSelect,
  });
  return { webhook: toWebhookView(row), secret };
}
