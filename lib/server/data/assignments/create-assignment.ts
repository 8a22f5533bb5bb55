import 'server-only';
import { AppError } from '../../../errors';
import type { TCreateAssignment } from '../../../validation/assignments';
import type { AssignmentView } from '../../../views/assignment-views';
import { Prisma, db } from '../../db/client';
import type { Authorized } from '../../guards';
import { recordDeskEvent } from '../notifications/record-desk-event';
import { readAssignmentProgress } from './assignment-progress';
import { assignmentView, lockArticleForAssignment } from './assignment-record';

/**
 * Assigns one member of the article's project to review it. Only an active
 * member may be assigned (400 otherwise; 404 for an unknown user); assigning
 * the same person twice is a 409.
 */
export async function createAssignment(actor: Authorized<'assignments:manage'>, articleId: string, input: TCreateAssignment): Promise<AssignmentView> {
  const id = await db().$transaction(async (tx) => {
    const { projectId } = await lockArticleForAssignment(tx, articleId);
    const user = await tx.user.findUnique({
      where: { id: input.reviewerId },
      select: { name: true, disabledAt: true, memberships: { where: { projectId }, select: { role: true } } },
    });
    if (!user) throw new AppError('not_found', 'No user with that id.');
    if (user.memberships.length === 0) throw new AppError('bad_request', `${user.name} is not a member of this article's project; add them to the project first.`);
    if (user.disabledAt) throw new AppError('bad_request', `${user.name}'s account is disabled.`);
    const existing = await tx.assignment.findUnique({ where: { articleId_reviewerId: { articleId, reviewerId: input.reviewerId } }, select: { id: true } });
    if (existing) throw new AppError('conflict', `${user.name} is already assigned to this article.`);
    const created = await tx.assignment.create({ data: { articleId, reviewerId: input.reviewerId, assignedById: actor.id, dueAt: input.dueAt ?? null }, select: { id: true } });
    await recordDeskEvent(tx, actor, articleId, { type: 'assignment.created', assignments: [{ id: created.id, reviewerId: input.reviewerId, dueAt: input.dueAt ?? null }] });
    return created.id;
  });
  const [row] = await readAssignmentProgress(db(), Prisma.sql`a.id = ${id}::uuid`);
  if (!row) throw new AppError('not_found', 'No assignment with that id.');
  return assignmentView(row);
}
