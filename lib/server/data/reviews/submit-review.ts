import 'server-only';
import { AppError } from '../../../errors';
import type { TSubmitReview } from '../../../validation/reviews';
import { db } from '../../db/client';
import type { Authorized } from '../../guards';
import { assertActorMayWorkOn, assertNotPublished } from '../annotations/annotation-freeze';
import { lockArticle } from '../articles/lock-article';
import { recordDeskEvent } from '../notifications/record-desk-event';
import { requireArticle } from '../articles/require-article';

/** `guidelinesVersion`: the project's guidelines the review was submitted under (0: the project had none). */
export type ReviewSubmissionView = { articleId: string; submittedAt: string; alreadySubmitted: boolean; empty: boolean; guidelinesVersion: number };

/**
 * Records that the actor has finished their review of the article: it lifts
 * blind review for them and makes their annotations on it final (until an
 * editor reopens the review). Submitting twice is harmless. The first
 * submission moves an open article into review.
 *
 * An empty submission means "this reviewer found nothing to label": it counts
 * as a submitted reviewer (one of the n of the quorum, with no votes) and is
 * final like any other, so it is accepted only when the reviewer says so
 * (`empty: true`); otherwise 409 empty_review.
 */
export async function submitReview(actor: Authorized<'annotations:write'>, articleId: string, input: Partial<TSubmitReview> = {}): Promise<ReviewSubmissionView> {
  await requireArticle(articleId);
  return db().$transaction(async (tx) => {
    // The article row lock serialises two submits of the same review (a double click, two tabs),
    // so the second finds the first instead of tripping the unique constraint; annotation
    // writes, publishing and reopening take it too.
    const article = await lockArticle(tx, articleId, 'write');
    assertNotPublished(article, 'review');
    await assertActorMayWorkOn(tx, actor, articleId);
    const existing = await tx.reviewSubmission.findUnique({ where: { articleId_reviewerId: { articleId, reviewerId: actor.id } } });
    const live = await tx.annotation.count({ where: { articleId, authorId: actor.id, deletedAt: null } });
    if (existing) return { articleId, submittedAt: existing.submittedAt.toISOString(), alreadySubmitted: true, empty: live === 0, guidelinesVersion: existing.guidelinesVersion };
    if (live === 0 && !input.empty) {
      throw new AppError('empty_review', 'You have not marked any passage. Submit an empty review only if you found nothing to label (send {"empty": true}).');
    }
    const now = new Date();
    // The guidelines the reviewer worked under: the project's version when the review became final
    // (the one shown beside the article; the article lock keeps a move to another project out).
    const { guidelinesVersion } = await tx.project.findFirstOrThrow({ where: { articles: { some: { id: articleId } } }, select: { guidelinesVersion: true } });
    const created = await tx.reviewSubmission.create({ data: { articleId, reviewerId: actor.id, submittedAt: now, guidelinesVersion } });
    await tx.reviewEvent.create({ data: { articleId, reviewerId: actor.id, actorId: actor.id, action: 'submit', guidelinesVersion, createdAt: now } });
    await tx.article.updateMany({ where: { id: articleId, status: 'open' }, data: { status: 'in_review' } });
    // A submission is an event everyone may know of (the count of submitted reviews is shown to all).
    await tx.article.update({ where: { id: articleId }, data: { lastActivityAt: now } });
    await recordDeskEvent(tx, actor, articleId, { type: 'review.submitted', submittedAt: now, empty: live === 0 }, now);
    return { articleId, submittedAt: created.submittedAt.toISOString(), alreadySubmitted: false, empty: live === 0, guidelinesVersion };
  });
}
