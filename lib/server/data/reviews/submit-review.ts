import 'server-only';
import type { Actor } from '../../actor';
import { db } from '../../db/client';
import { authorize } from '../../guards';
import { lockArticle } from '../articles/lock-article';
import { requireArticle } from '../articles/require-article';

export type ReviewSubmissionView = { articleId: string; submittedAt: string; alreadySubmitted: boolean };

/**
 * Records that the actor has finished their review of the article, which lifts
 * blind review for them. Submitting twice is harmless. The first submission
 * moves an open article into review.
 */
export async function submitReview(actor: Actor, articleId: string): Promise<ReviewSubmissionView> {
  authorize(actor, 'annotations:write');
  await requireArticle(articleId);
  return db().$transaction(async (tx) => {
    // The article row lock serialises two submits of the same review (a double click, two tabs),
    // so the second finds the first instead of tripping the unique constraint.
    await lockArticle(tx, articleId, 'write');
    const existing = await tx.reviewSubmission.findUnique({ where: { articleId_reviewerId: { articleId, reviewerId: actor.id } } });
    if (existing) return { articleId, submittedAt: existing.submittedAt.toISOString(), alreadySubmitted: true };
    const created = await tx.reviewSubmission.create({ data: { articleId, reviewerId: actor.id } });
    await tx.article.updateMany({ where: { id: articleId, status: 'open' }, data: { status: 'in_review' } });
    await tx.article.update({ where: { id: articleId }, data: { lastActivityAt: new Date() } });
    return { articleId, submittedAt: created.submittedAt.toISOString(), alreadySubmitted: false };
  });
}
