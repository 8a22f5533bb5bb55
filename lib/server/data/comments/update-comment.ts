import 'server-only';
import { AppError } from '../../../errors';
import type { TUpdateComment } from '../../../validation/comments';
import { isUuid } from '../../../validation/uuid';
import type { CommentView } from '../../../views/comment-views';
import { db } from '../../db/client';
import { type Authorized, authorizeCommentEdit, authorizeInProject } from '../../guards';
import { commentMentions } from './comment-mentions';
import { commentSelect, toCommentView } from './comment-record';
import { visibleCommentsWhere } from './visible-comments-where';

const NO_COMMENT = 'No comment with that id.';

/**
 * Edits a comment's words (its author only) and/or resolves or reopens its
 * thread (an editor of the article's project; only a thread's first comment
 * carries that state), if nobody changed it since `version`. Visibility is
 * decided by one query before any lock, so a comment hidden by blind review
 * answers exactly as an absent id (404).
 */
export async function updateComment(actor: Authorized<'comments:write'>, commentId: string, change: TUpdateComment): Promise<CommentView> {
  const row = await db().$transaction(async (tx) => {
    const seen = isUuid(commentId)
      ? await tx.comment.findFirst({ where: { AND: [{ id: commentId }, visibleCommentsWhere(actor)] }, select: { id: true, articleId: true, authorId: true, parentId: true, article: { select: { projectId: true } } } })
      : null;
    if (!seen) throw new AppError('not_found', NO_COMMENT);
    if (change.body !== undefined) authorizeCommentEdit(actor, seen);
    if (change.resolved !== undefined) {
      authorizeInProject(actor, 'comments:resolve', seen.article.projectId, NO_COMMENT);
      if (seen.parentId !== null) throw new AppError('bad_request', "Resolve the thread's first comment; a reply has no state of its own.");
    }
    await tx.$queryRaw`SELECT id FROM "Comment" WHERE id = ${commentId}::uuid FOR UPDATE`;
    const before = await tx.comment.findUniqueOrThrow({ where: { id: commentId }, select: { version: true, resolvedAt: true } });
    if (before.version !== change.version) {
      throw new AppError('conflict', `This comment was changed elsewhere (you edited version ${change.version}, the current one is ${before.version}). Reload to see the latest before saving again.`, {
        currentVersion: before.version,
      });
    }
    const words = change.body === undefined ? {} : { body: change.body, mentions: await commentMentions(tx, seen.articleId, change.body) };
    const state =
      change.resolved === undefined || change.resolved === (before.resolvedAt !== null)
        ? {}
        : change.resolved
          ? { resolvedAt: new Date(), resolvedById: actor.id }
          : { resolvedAt: null, resolvedById: null };
    return tx.comment.update({ where: { id: commentId }, data: { ...words, ...state, version: { increment: 1 } }, select: commentSelect });
  });
  return toCommentView(row, actor);
}
