import 'server-only';
import { AppError } from '../../../errors';
import type { ReviewView } from '../../../views/review-views';
import { db } from '../../db/client';
import type { Authorized } from '../../guards';
import { assertNotPublished } from '../annotations/annotation-freeze';
import { lockArticle } from '../articles/lock-article';
import { isUuid } from '../../../validation/uuid';
import { recordDeskEvent } from '../notifications/record-desk-event';
import { readReviews } from './read-reviews';

/**
 * An editor takes a reviewer's submitted review back to drafting, with a reason.
 * The submission row is removed, so the reviewer's annotations leave the
 * consensus (they are no longer one of the n) and blind review applies to them
 * again until they submit anew; the ReviewEvent history keeps who, when and why.
 * Refused on a published article (reopen the article first).
 */
export async function reopenReview(actor: Authorized<'reviews:reopen'>, articleId: string, reviewerId: string, reason: string): Promise<ReviewView> {
  return db().$transaction(async (tx) => {
    // The lock annotation writes and submissions take: the reviewer's state cannot change under us.
    const article = await lockArticle(tx, articleId, 'write');
    const reviewer = isUuid(reviewerId) ? await tx.user.findUnique({ where: { id: reviewerId }, select: { id: true, name: true } }) : null;
    if (!reviewer) throw new AppError('not_found', 'No reviewer with that id.');
    assertNotPublished(article, 'review');
    const submission = await tx.reviewSubmission.findUnique({ where: { articleId_reviewerId: { articleId: article.id, reviewerId: reviewer.id } }, select: { id: true } });
    if (!submission) throw new AppError('conflict', `${reviewer.name} has not submitted a review of this article, so there is nothing to reopen.`);
    const now = new Date();
    await tx.reviewSubmission.delete({ where: { id: submission.id } });
    await tx.reviewEvent.create({ data: { articleId: article.id, reviewerId: reviewer.id, actorId: actor.id, action: 'reopen', reason, createdAt: now } });
    await tx.article.update({ where: { id: article.id }, data: { lastActivityAt: now } });
    await recordDeskEvent(tx, actor, article.id, { type: 'review.reopened', reviewer, reason }, now);
    const [review] = await readReviews(tx, article.id, reviewer.id);
    return review!;
  });
}
