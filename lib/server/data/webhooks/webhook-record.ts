import 'server-only';
import type { WebhookDeliveryView, WebhookView } from '../../../views/webhook-views';
import type { WebhookDeliveryStatus, WebhookEvent } from '../../../vocabulary';
import type { Prisma } from '../../db/client';

export const webhookSelect = {
  id: true,
  url: true,
  events: true,
  createdAt: true,
  project: { select: { id: true, name: true } },
  createdBy: { select: { id: true, name: true } },
} satisfies Prisma.WebhookSelect;

type WebhookRow = Prisma.WebhookGetPayload<{ select: typeof webhookSelect }>;

export function toWebhookView(row: WebhookRow): WebhookView {
  return { id: row.id, url: row.url, events: row.events as WebhookEvent[], project: row.project, createdBy: row.createdBy, createdAt: row.createdAt.toISOString() };
}

export const deliverySelect = {
  id: true,
  eventId: true,
  eventType: true,
  status: true,
  attempts: true,
  lastStatusCode: true,
  lastError: true,
  createdAt: true,
  lastAttemptAt: true,
  deliveredAt: true,
} satisfies Prisma.WebhookDeliverySelect;

type DeliveryRow = Prisma.WebhookDeliveryGetPayload<{ select: typeof deliverySelect }>;

export function toDeliveryView(row: DeliveryRow): WebhookDeliveryView {
  return {
    ...row,
    status: row.status as WebhookDeliveryStatus,
    createdAt: row.createdAt.toISOString(),
    lastAttemptAt: row.lastAttemptAt?.toISOString() ?? null,
    deliveredAt: row.deliveredAt?.toISOString() ?? null,
  };
}
