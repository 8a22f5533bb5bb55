import 'server-only';
import { describeSpan, validateSpan } from '../../../anchoring/selectors';
import { AppError } from '../../../errors';
import type { TCreateComment } from '../../../validation/comments';
import type { CommentView } from '../../../views/comment-views';
import type { Prisma } from '../../db/client';
import { db } from '../../db/client';
import { type Authorized, seesDiscussion } from '../../guards';
import { lockArticle } from '../articles/lock-article';
import { recordDeskEvent } from '../notifications/record-desk-event';
import { commentMentions } from './comment-mentions';
import { type CommentSpan, commentSelect, toCommentView } from './comment-record';

export const DISCUSSION_CLOSED_MESSAGE = 'Submit your review first; the discussion opens to you once your review is committed.';
const NO_COMMENT = 'No comment with that id.';
const WHOLE_ARTICLE: CommentSpan = { start: null, end: null, exact: null, prefix: null, suffix: null, revision: null };

/**
 * Adds the actor's comment to the article: a new thread on a passage of the
 * current text or on the whole article, or a reply that joins its parent's
 * thread (a reply to a reply joins the same thread) and repeats its passage.
 * A reviewer who has not submitted there is refused (403) before anything else
 * is read: they cannot see the discussion, so they do not write into it blind,
 * and a parentId cannot become a way to test which comment ids exist.
 * Published articles stay open to discussion: comments change no ruling.
 */
export async function createComment(actor: Authorized<'comments:write'>, articleId: string, input: TCreateComment): Promise<CommentView> {
  const row = await db().$transaction(async (tx) => {
    const article = await lockArticle(tx, articleId, 'share');
    const submitted = await tx.reviewSubmission.findUnique({ where: { articleId_reviewerId: { articleId, reviewerId: actor.id } }, select: { id: true } });
    if (!seesDiscussion(actor, submitted !== null)) throw new AppError('forbidden', DISCUSSION_CLOSED_MESSAGE);
    const thread = input.parentId ? await threadOf(tx, articleId, input.parentId) : { parentId: null, span: spanOf(article, input) };
    const created = await tx.comment.create({
      data: { articleId, authorId: actor.id, parentId: thread.parentId, ...thread.span, body: input.body, mentions: await commentMentions(tx, articleId, input.body) },
      select: commentSelect,
    });
    await recordDeskEvent(tx, actor, articleId, { type: 'comment.created', comment: { id: created.id, parentId: thread.parentId, body: input.body, mentions: created.mentions } });
    return created;
  });
  return toCommentView(row, actor);
}

/** The thread a reply joins: its first comment, which must be a live comment on the same article (else 404, as absent). */
async function threadOf(tx: Prisma.TransactionClient, articleId: string, parentId: string): Promise<{ parentId: string; span: CommentSpan }> {
  const spanColumns = { start: true, end: true, exact: true, prefix: true, suffix: true, revision: true } as const;
  const parent = await tx.comment.findFirst({ where: { id: parentId, articleId, deletedAt: null }, select: { id: true, parentId: true, ...spanColumns } });
  if (!parent) throw new AppError('not_found', NO_COMMENT);
  const root = parent.parentId ? await tx.comment.findUniqueOrThrow({ where: { id: parent.parentId }, select: { id: true, ...spanColumns } }) : parent;
  const { id, start, end, exact, prefix, suffix, revision } = root;
  return { parentId: id, span: { start, end, exact, prefix, suffix, revision } };
}

/** The passage a new thread is about, checked against the current text as an annotation's is; the whole article when none is given. */
function spanOf(article: { text: string; revision: number }, input: TCreateComment): CommentSpan {
  if (input.start === undefined || input.end === undefined) return WHOLE_ARTICLE;
  if (input.revision !== undefined && input.revision !== article.revision) {
    throw new AppError('conflict', `The article was revised (you selected on revision ${input.revision}, it is now ${article.revision}). Reload it and select the passage again.`, {
      currentRevision: article.revision,
    });
  }
  const span = { start: input.start, end: input.end, exact: input.exact ?? article.text.slice(input.start, input.end) };
  const check = validateSpan(article.text, span);
  if (!check.ok) throw new AppError('bad_request', check.message, { reason: check.reason });
  const { quote } = describeSpan(article.text, span.start, span.end);
  return { start: span.start, end: span.end, exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix, revision: article.revision };
}
