import 'server-only';
import type { TMarkNotificationsRead } from '../../../validation/notifications';
import { db } from '../../db/client';
import type { Authorized } from '../../guards';
import { countUnreadNotifications } from './list-notifications';
import { visibleNotificationsWhere } from './notification-scope';

/**
 * Marks the caller's own notifications read: the ids named, or all of them.
 * Ids that are not the caller's (someone else's, of a project they left, or
 * none at all) are passed over without a word, exactly as ids already read:
 * the answer is the same whether such an id exists or not, so it cannot be
 * used to learn which ids exist. A notification already read keeps its time.
 */
export async function markNotificationsRead(actor: Authorized<'notifications:read'>, input: TMarkNotificationsRead): Promise<{ marked: number; unread: number }> {
  const which = input.ids ? { id: { in: input.ids } } : {};
  const { count } = await db().notification.updateMany({ where: { AND: [visibleNotificationsWhere(actor), which, { readAt: null }] }, data: { readAt: new Date() } });
  return { marked: count, unread: await countUnreadNotifications(actor) };
}
