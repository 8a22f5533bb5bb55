import 'server-only';
import type { CommentView } from '../../../views/comment-views';
import { sqlPool } from '../../db/client';
import type { Authorized } from '../../guards';
import { AppError } from '../../../errors';
import { isUuid } from '../../../validation/uuid';
import { type CommentRow, toCommentView } from './comment-record';
import { visibleCommentsSql } from './visible-comments-sql';

type CommentSqlRow = Omit<CommentRow, 'author' | 'resolvedBy'> & { authorName: string; resolvedById: string | null; resolvedByName: string | null };

/**
 * The article's comments the actor may read, oldest first (threads and their
 * replies alike; parentId groups them). A reviewer who has not submitted gets
 * an empty list, the same answer as an article nobody has discussed. One
 * statement on the pool with the blind rule's SQL form (visible-comments-sql.ts),
 * where Prisma's model query cost more CPU than the read (issue 16: every
 * article page reads it). Times are stored without a zone, in UTC, so they are
 * marked UTC for node-pg.
 */
export async function listComments(actor: Authorized<'articles:read'>, articleId: string): Promise<CommentView[]> {
  // Whether the article exists is the article guard's answer (requireArticleActor, through which
  // both callers come: the page and GET /api/articles/:id/comments), so it is not read again here:
  // that read loaded the article's whole text on every article page (issue 16).
  if (!isUuid(articleId)) throw new AppError('not_found', 'No article with that id.');
  const visible = visibleCommentsSql(actor, 2);
  const { rows } = await sqlPool().query<CommentSqlRow>(
    `SELECT c.id, c."articleId", c."authorId", au.name AS "authorName", c."parentId", c.start, c."end", c.exact, c.prefix, c.suffix, c.revision,
            c.body, c.mentions::text[] AS mentions, c."resolvedAt" AT TIME ZONE 'UTC' AS "resolvedAt", c."resolvedById", rb.name AS "resolvedByName",
            c.version, c."createdAt" AT TIME ZONE 'UTC' AS "createdAt", c."updatedAt" AT TIME ZONE 'UTC' AS "updatedAt"
     FROM "Comment" c
     JOIN "Article" ar ON ar.id = c."articleId"
     JOIN "User" au ON au.id = c."authorId"
     LEFT JOIN "User" rb ON rb.id = c."resolvedById"
     WHERE c."articleId" = $1::uuid AND ${visible.condition}
     ORDER BY c."createdAt", c.id`,
    [articleId, ...visible.values],
  );
  return rows.map(({ authorName, resolvedById, resolvedByName, ...row }) =>
    toCommentView({ ...row, author: { id: row.authorId, name: authorName }, resolvedBy: resolvedById !== null && resolvedByName !== null ? { id: resolvedById, name: resolvedByName } : null }, actor),
  );
}
