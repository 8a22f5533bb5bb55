import 'server-only';
import { AppError } from '../../../errors';
import type { TAutoAssign } from '../../../validation/assignments';
import type { AssignmentView } from '../../../views/assignment-views';
import { Prisma, db } from '../../db/client';
import type { Authorized } from '../../guards';
import { recordDeskEvent } from '../notifications/record-desk-event';
import { readAssignmentProgress } from './assignment-progress';
import { assignmentView, lockArticleForAssignment } from './assignment-record';

/**
 * Assigns up to `count` of the project's reviewers (members with the reviewer
 * role, accounts active) to the article: those with the fewest open (not
 * submitted) assignments first, ties by name then id; anyone already assigned
 * to it, or who already submitted a review of it, is left out. Fewer than
 * `count` are assigned when fewer are free; none free is a 409.
 */
export async function autoAssignReviewers(actor: Authorized<'assignments:manage'>, articleId: string, input: TAutoAssign): Promise<AssignmentView[]> {
  const ids = await db().$transaction(async (tx) => {
    const { projectId } = await lockArticleForAssignment(tx, articleId);
    const picked = await tx.$queryRaw<{ id: string }[]>`
      SELECT u.id
      FROM "ProjectMember" m JOIN "User" u ON u.id = m."userId"
      WHERE m."projectId" = ${projectId}::uuid AND m.role = 'reviewer' AND u."disabledAt" IS NULL
        AND NOT EXISTS (SELECT 1 FROM "Assignment" x WHERE x."articleId" = ${articleId}::uuid AND x."reviewerId" = u.id)
        AND NOT EXISTS (SELECT 1 FROM "ReviewSubmission" s WHERE s."articleId" = ${articleId}::uuid AND s."reviewerId" = u.id)
      ORDER BY (SELECT count(*) FROM "Assignment" o
                WHERE o."reviewerId" = u.id
                  AND NOT EXISTS (SELECT 1 FROM "ReviewSubmission" s WHERE s."articleId" = o."articleId" AND s."reviewerId" = o."reviewerId")),
               u.name, u.id
      LIMIT ${input.count}`;
    if (picked.length === 0) throw new AppError('conflict', "Every reviewer of this article's project is already assigned to it or has reviewed it.");
    const now = new Date();
    const created = await tx.assignment.createManyAndReturn({
      data: picked.map(({ id }) => ({ articleId, reviewerId: id, assignedById: actor.id, dueAt: input.dueAt ?? null, createdAt: now })),
      select: { id: true, reviewerId: true, dueAt: true },
    });
    await recordDeskEvent(tx, actor, articleId, { type: 'assignment.created', assignments: picked.map(({ id }) => created.find((row) => row.reviewerId === id)!) }, now);
    return picked.map(({ id }) => id);
  });
  const rows = await readAssignmentProgress(db(), Prisma.sql`a."articleId" = ${articleId}::uuid AND a."reviewerId" = ANY(${ids}::uuid[])`);
  const order = new Map(ids.map((id, index) => [id, index]));
  return rows.sort((a, b) => (order.get(a.reviewerId) ?? 0) - (order.get(b.reviewerId) ?? 0)).map(assignmentView);
}
