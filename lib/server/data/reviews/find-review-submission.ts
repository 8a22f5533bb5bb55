import 'server-only';
import { isUuid } from '../../../validation/uuid';
import type { Actor } from '../../actor';
import { sqlPool } from '../../db/client';

/**
 * When the actor submitted their review of the article, under which version of its project's guidelines (0: none), or null.
 * On the pool rather than Prisma: every article page asks it (issue 16).
 */
export async function findReviewSubmission(actor: Actor, articleId: string): Promise<{ submittedAt: string; guidelinesVersion: number } | null> {
  if (!isUuid(articleId)) return null;
  const { rows } = await sqlPool().query<{ submittedAt: Date; guidelinesVersion: number }>(
    `SELECT "submittedAt" AT TIME ZONE 'UTC' AS "submittedAt", "guidelinesVersion" FROM "ReviewSubmission" WHERE "articleId" = $1::uuid AND "reviewerId" = $2::uuid`,
    [articleId, actor.id],
  );
  const [submission] = rows;
  return submission ? { submittedAt: submission.submittedAt.toISOString(), guidelinesVersion: submission.guidelinesVersion } : null;
}
