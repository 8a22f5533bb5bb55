import 'server-only';
import type { Actor } from '../../actor';
import { db } from '../../db/client';

/** When the actor submitted their review of the article, under which version of its project's guidelines (0: none), or null. */
export async function findReviewSubmission(actor: Actor, articleId: string): Promise<{ submittedAt: string; guidelinesVersion: number } | null> {
  const submission = await db().reviewSubmission.findUnique({ where: { articleId_reviewerId: { articleId, reviewerId: actor.id } }, select: { submittedAt: true, guidelinesVersion: true } });
  return submission ? { submittedAt: submission.submittedAt.toISOString(), guidelinesVersion: submission.guidelinesVersion } : null;
}
