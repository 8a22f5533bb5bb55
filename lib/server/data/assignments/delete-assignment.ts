import 'server-only';
import { AppError } from '../../../errors';
import { db } from '../../db/client';
import type { Authorized } from '../../guards';
import { isUuid } from '../../../validation/uuid';
import { lockArticleForAssignment } from './assignment-record';

/** The article an assignment is on, for the entry check (null: no such assignment). */
export async function findAssignmentArticle(assignmentId: string): Promise<string | null> {
  if (!isUuid(assignmentId)) return null;
  const row = await db().assignment.findUnique({ where: { id: assignmentId }, select: { articleId: true } });
  return row?.articleId ?? null;
}

/** Takes an assignment back (the reviewer's work on the article stays). The actor is narrowed to the article's project. */
export async function deleteAssignment(actor: Authorized<'assignments:manage'>, assignmentId: string): Promise<void> {
  await db().$transaction(async (tx) => {
    const found = await tx.assignment.findUnique({ where: { id: assignmentId }, select: { articleId: true } });
    if (!found) throw new AppError('not_found', 'No assignment with that id.');
    const { projectId } = await lockArticleForAssignment(tx, found.articleId);
    // Moved to a project that is not the actor's since the entry check: as absent.
    if (!actor.projects?.has(projectId)) throw new AppError('not_found', 'No assignment with that id.');
    await tx.assignment.deleteMany({ where: { id: assignmentId } });
  });
}
