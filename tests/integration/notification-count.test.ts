// The bell's unread count is SQL (visibleNotificationsSql) beside the list's Prisma rule
// (visibleNotificationsWhere): both forms must admit exactly the same rows, for a member, the desk
// and an admin, through each branch of the rule (a project's own notice, an article's notice that
// follows the article's project, another project's notice, one already read).
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { withSeededDatabase } from '../support/seeded-database';

vi.mock('@/lib/server/auth/cookie-session', () => import('../support/session'));

const database = withSeededDatabase();
const { countUnreadNotifications } = await import('@/lib/server/data/notifications/list-notifications');
const { visibleNotificationsWhere } = await import('@/lib/server/data/notifications/notification-scope');
const { authorize } = await import('@/lib/server/guards');
const { db } = await import('@/lib/server/db/client');

describe('the unread count', () => {
  beforeAll(async () => {
    const article = await database.sampleArticle();
    const [own] = await database.query<{ projectId: string }>(`SELECT "projectId" FROM "Article" WHERE id = $1::uuid`, [article.id]);
    const other = randomUUID();
    await database.query(`INSERT INTO "Project" (id, name, "updatedAt") VALUES ($1::uuid, 'Not theirs', now())`, [other]);
    for (const who of ['reviewer1', 'editor', 'admin'] as const) {
      const userId = database.actors[who].id;
      const notices: [projectId: string, articleId: string | null, read: boolean][] = [
        [own!.projectId, null, false], // the project's own notice
        [other, article.id, false], // filed under another project, but its article is in theirs
        [other, null, false], // another project's notice
        [own!.projectId, article.id, true], // read already
      ];
      for (const [projectId, articleId, read] of notices) {
        await database.query(`INSERT INTO "Notification" (id, "userId", "projectId", "articleId", kind, "readAt") VALUES ($1::uuid, $2::uuid, $3::uuid, $4::uuid, 'mention', $5)`, [randomUUID(), userId, projectId, articleId, read ? new Date() : null]);
      }
    }
  });

  it.each([
    ['reviewer1', 2],
    ['editor', 2],
    ['admin', 3],
  ] as const)("%s: the SQL count is the Prisma rule's count (%i)", async (who, expected) => {
    const actor = authorize(database.actors[who], 'notifications:read');
    const byPrisma = await db().notification.count({ where: { AND: [visibleNotificationsWhere(actor), { readAt: null }] } });
    expect(byPrisma).toBe(expected);
    expect(await countUnreadNotifications(actor)).toBe(byPrisma);
  });
});
