import 'server-only';
import { config } from '../../../config';
import type { NotificationPreferencesView } from '../../../views/webhook-views';
import { EMAIL_DEFAULT_KINDS, NOTIFICATION_KINDS, type NotificationKind } from '../../../vocabulary';
import { db } from '../../db/client';
import type { Prisma } from '../../db/client';
import type { Authorized } from '../../guards';

const DEFAULT_ON: ReadonlySet<NotificationKind> = new Set(EMAIL_DEFAULT_KINDS);

/** Whether `userId` wants `kind` by email: their row, else the default (EMAIL_DEFAULT_KINDS). */
export async function wantsEmail(client: Prisma.TransactionClient, userId: string, kind: NotificationKind): Promise<boolean> {
  const row = await client.notificationPreference.findUnique({ where: { userId_kind: { userId, kind } }, select: { email: true } });
  return row?.email ?? DEFAULT_ON.has(kind);
}

/** Every kind with the caller's choice (or the default); emailEnabled: whether this workbench sends email at all (SMTP_URL). */
export async function readNotificationPreferences(actor: Authorized<'account:notifications'>): Promise<NotificationPreferencesView> {
  const rows = await db().notificationPreference.findMany({ where: { userId: actor.id }, select: { kind: true, email: true } });
  const chosen = new Map(rows.map((row) => [row.kind, row.email]));
  return {
    emailEnabled: config().mail !== null,
    preferences: NOTIFICATION_KINDS.map((kind) => ({ kind, email: chosen.get(kind) ?? DEFAULT_ON.has(kind) })),
  };
}
