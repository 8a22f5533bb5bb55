import 'server-only';
import { AppError } from '../../../errors';
import { notificationData, notificationPath, notificationText, type NotificationData } from '../../../notifications/notification-text';
import { DEFAULT_NOTIFICATION_PAGE, type TNotificationQuery } from '../../../validation/notifications';
import type { NotificationList } from '../../../views/notification-views';
import type { NotificationKind } from '../../../vocabulary';
import { sqlPool } from '../../db/client';
import type { Authorized } from '../../guards';
import { visibleNotificationsSql } from './notification-scope';

type NotificationRow = {
  id: string;
  kind: NotificationKind;
  readAt: Date | null;
  createdAt: Date;
  data: unknown;
  articleId: string | null;
  articleTitle: string | null;
  actorId: string | null;
  actorName: string | null;
};

/**
 * The caller's notifications, newest first, a page at a time (keyset on
 * createdAt then id; `before` is the last id of the previous page, and one
 * that is not among the caller's is a 404, as absent), with the unread count
 * across every page. In SQL on the pool, with the visibility rule's SQL form
 * (notification-scope.ts), where Prisma's model queries cost more CPU than the
 * reads (issue 16). Times are stored without a zone, in UTC, so they are marked UTC for node-pg.
 */
export async function listNotifications(actor: Authorized<'notifications:read'>, query: TNotificationQuery = {}): Promise<NotificationList> {
  const limit = query.limit ?? DEFAULT_NOTIFICATION_PAGE;
  const visible = visibleNotificationsSql(actor, 1);
  const values: unknown[] = [...visible.values];
  const conditions = [visible.where];
  if (query.unread === '1') conditions.push('n."readAt" IS NULL');
  if (query.before) {
    const cursor = await sqlPool().query(
      `SELECT 1 FROM "Notification" n LEFT JOIN "Article" a ON a.id = n."articleId" WHERE ${visible.where} AND n.id = $${values.length + 1}::uuid`,
      [...values, query.before],
    );
    if (cursor.rowCount === 0) throw new AppError('not_found', 'No notification with that id.');
    values.push(query.before);
    // Row comparison: older than the cursor, or as old with a smaller id (the order below, reversed).
    conditions.push(`(n."createdAt", n.id) < (SELECT c."createdAt", c.id FROM "Notification" c WHERE c.id = $${values.length}::uuid)`);
  }
  values.push(limit + 1);
  const [{ rows }, unread] = await Promise.all([
    sqlPool().query<NotificationRow>(
      `SELECT n.id, n.kind::text AS kind, n."readAt" AT TIME ZONE 'UTC' AS "readAt", n."createdAt" AT TIME ZONE 'UTC' AS "createdAt", n.data,
              a.id AS "articleId", a.title AS "articleTitle", u.id AS "actorId", u.name AS "actorName"
       FROM "Notification" n LEFT JOIN "Article" a ON a.id = n."articleId" LEFT JOIN "User" u ON u.id = n."actorId"
       WHERE ${conditions.join(' AND ')}
       ORDER BY n."createdAt" DESC, n.id DESC
       LIMIT $${values.length}`,
      values,
    ),
    countUnreadNotifications(actor),
  ]);
  const page = rows.slice(0, limit);
  return {
    notifications: page.map((row) => {
      const article = row.articleId !== null && row.articleTitle !== null ? { id: row.articleId, title: row.articleTitle } : null;
      const by = row.actorId !== null && row.actorName !== null ? { id: row.actorId, name: row.actorName } : null;
      return {
        id: row.id,
        kind: row.kind,
        read: row.readAt !== null,
        createdAt: row.createdAt.toISOString(),
        article,
        actor: by,
        data: notificationData(row.data),
        text: notificationText({ kind: row.kind, articleTitle: article?.title ?? null, actorName: by?.name ?? null, data: row.data as NotificationData }),
        path: notificationPath(row.kind, article?.id ?? null),
      };
    }),
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
