import 'server-only';
import type { CommentView } from '../../../views/comment-views';
import { db } from '../../db/client';
import type { Authorized } from '../../guards';
import { AppError } from '../../../errors';
import { isUuid } from '../../../validation/uuid';
import { commentSelect, toCommentView } from './comment-record';
import { visibleCommentsWhere } from './visible-comments-where';

/**
 * The article's comments the actor may read, oldest first (threads and their
 * replies alike; parentId groups them). A reviewer who has not submitted gets
 * an empty list, the same answer as an article nobody has discussed.
 */
export async function listComments(actor: Authorized<'articles:read'>, articleId: string): Promise<CommentView[]> {
  // Whether the article exists is the article guard's answer (requireArticleActor, through which
  // both callers come: the page and GET /api/articles/:id/comments), so it is not read again here:
  // that read loaded the article's whole text on every article page (issue 16).
  if (!isUuid(articleId)) throw new AppError('not_found', 'No article with that id.');
  const rows = await db().comment.findMany({
    where: { AND: [{ articleId }, visibleCommentsWhere(actor)] },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    select: commentSelect,
  });
  return rows.map((row) => toCommentView(row, actor));
}
