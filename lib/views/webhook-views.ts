import type { NotificationKind, WebhookDeliveryStatus, WebhookEvent } from '../vocabulary';

export type WebhookView = {
  id: string;
  url: string;
  events: WebhookEvent[];
  project: { id: string; name: string } | null;
  createdBy: { id: string; name: string };
  createdAt: string;
};

export type WebhookDeliveryView = {
  id: string;
  eventId: string;
  eventType: string;
  status: WebhookDeliveryStatus;
  attempts: number;
  lastStatusCode: number | null;
  lastError: string | null;
  createdAt: string;
  lastAttemptAt: string | null;
  deliveredAt: string | null;
};

export type NotificationPreferenceView = { kind: NotificationKind; email: boolean };
export type NotificationPreferencesView = { emailEnabled: boolean; preferences: NotificationPreferenceView[] };
