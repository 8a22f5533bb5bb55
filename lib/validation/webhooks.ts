import { z } from 'zod';
import { NOTIFICATION_KINDS, WEBHOOK_EVENTS } from '../vocabulary';

export const ZCreateWebhook = z
  .object({
    url: z.string().trim().min(1, 'Give the URL to send events to.').max(2000, 'The URL is too long (2000 characters at most).').refine((value) => URL.canParse(value) && /^https?:$/.test(new URL(value).protocol), 'The URL must be an http:// or https:// address.'),
    events: z.array(z.enum(WEBHOOK_EVENTS, { error: `Each event must be one of: ${WEBHOOK_EVENTS.join(', ')}.` })).min(1, 'Pick at least one event.').max(WEBHOOK_EVENTS.length),
    projectId: z.uuid('projectId must be a project id (a UUID)').nullish(),
  })
  .strict();
export type TCreateWebhook = z.infer<typeof ZCreateWebhook>;

export const ZNotificationPreferences = z
  .object({
    preferences: z.array(z.object({ kind: z.enum(NOTIFICATION_KINDS), email: z.boolean() }).strict()).min(1).max(NOTIFICATION_KINDS.length),
  })
  .strict();
export type TNotificationPreferences = z.infer<typeof ZNotificationPreferences>;
