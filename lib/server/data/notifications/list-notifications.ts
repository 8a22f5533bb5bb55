import 'server-only';
import { AppError } from '../../../errors';
import { notificationData, notificationPath, notificationText, type NotificationData } from '../../../notifications/notification-text';
import { DEFAULT_NOTIFICATION_PAGE, type TNotificationQuery } from '../../../validation/notifications';
import type { NotificationList } from '../../../views/notification-views';
import { type Prisma, db, sqlPool } from '../../db/client';
import type { Authorized } from '../../guards';
import { visibleNotificationsSql, visibleNotificationsWhere } from './notification-scope';

/**
 * The caller's notifications, newest first, a page at a time (keyset on
 * createdAt then id; `before` is the last id of the previous page, and one
 * that is not among the caller's is a 404, as absent), with the unread count
 * across every page.
 */
export async function listNotifications(actor: Authorized<'notifications:read'>, query: TNotificationQuery = {}): Promise<NotificationList> {
  const visible = visibleNotificationsWhere(actor);
  const limit = query.limit ?? DEFAULT_NOTIFICATION_PAGE;
  const where: Prisma.NotificationWhereInput[] = [visible];
  if (query.unread === '1') where.push({ readAt: null });
  if (query.before) {
    const cursor = await db().notification.findFirst({ where: { AND: [visible, { id: query.before }] }, select: { id: true, createdAt: true } });
    if (!cursor) throw new AppError('not_found', 'No notification with that id.');
    where.push({ OR: [{ createdAt: { lt: cursor.createdAt } }, { createdAt: cursor.createdAt, id: { lt: cursor.id } }] });
  }
  const [rows, unread] = await Promise.all([
    db().notification.findMany({
      where: { AND: where },
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      take: limit + 1,
      select: { id: true, kind: true, readAt: true, createdAt: true, data: true, article: { select: { id: true, title: true } }, actor: { select: { id: true, name: true } } },
    }),
    countUnreadNotifications(actor),
  ]);
  const page = rows.slice(0, limit);
  return {
    notifications: page.map((row) => ({
      id: row.id,
      kind: row.kind,
      read: row.readAt !== null,
      createdAt: row.createdAt.toISOString(),
      article: row.article,
      actor: row.actor,
      data: notificationData(row.data),
      text: notificationText({ kind: row.kind, articleTitle: row.article?.title ?? null, actorName: row.actor?.name ?? null, data: row.data as NotificationData }),
      path: notificationPath(row.kind, row.article?.id ?? null),
    })),
    unread,
    nextBefore: rows.length > limit ? (page.at(-1)?.id ?? null) : null,
  };
}

/** The bell's number: the caller's unread notifications of their projects. On the pool: every page's header asks it (issue 16). */
export async function countUnreadNotifications(actor: Authorized<'notifications:read'>): Promise<number> {
  const visible = visibleNotificationsSql(actor, 1);
  const { rows } = await sqlPool().query<{ unread: number }>(
    `SELECT count(*)::int AS unread FROM "Notification" n LEFT JOIN "Article" a ON a.id = n."articleId" WHERE n."readAt" IS NULL AND ${visible.where}`,
    visible.values,
  );
  return rows[0]?.unread ?? 0;
}
