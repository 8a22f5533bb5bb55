import 'server-only';
import type { TNotificationPreferences } from '../../../validation/webhooks';
import type { NotificationPreferencesView } from '../../../views/webhook-views';
import { db } from '../../db/client';
import type { Authorized } from '../../guards';
import { readNotificationPreferences } from './read-notification-preferences';

/** Stores the caller's choice for each listed kind (one transaction); the others keep theirs. */
export async function updateNotificationPreferences(actor: Authorized<'account:notifications'>, input: TNotificationPreferences): Promise<NotificationPreferencesView> {
  await db().$transaction(
    input.preferences.map(({ kind, email }) =>
      db().notificationPreference.upsert({ where: { userId_kind: { userId: actor.id, kind } }, create: { userId: actor.id, kind, email }, update: { email } }),
    ),
  );
  return readNotificationPreferences(actor);
}
