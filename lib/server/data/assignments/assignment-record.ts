import 'server-only';
// From a progress row to what the desk sees, and the article row lock every
// assignment change takes: annotation writes and submissions check the
// assigned-only rule under the same lock (annotation-freeze.ts), so an
// assignment cannot appear or vanish under a write.
import { AppError } from '../../../errors';
import type { AssignmentView } from '../../../views/assignment-views';
import type { Prisma } from '../../db/client';
import { isUuid } from '../../../validation/uuid';
import type { AssignmentProgressRow } from './assignment-progress';

export function assignmentView(row: AssignmentProgressRow): AssignmentView {
  return {
    id: row.id,
    reviewer: { id: row.reviewerId, name: row.reviewerName },
    status: row.status,
    dueAt: row.dueAt?.toISOString() ?? null,
    overdue: row.overdue,
    assignedBy: row.assignedById && row.assignedByName ? { id: row.assignedById, name: row.assignedByName } : null,
    createdAt: row.createdAt.toISOString(),
  };
}

/** Locks the article row as annotation writes do (FOR NO KEY UPDATE) and returns its project. */
export async function lockArticleForAssignment(tx: Prisma.TransactionClient, articleId: string): Promise<{ projectId: string }> {
  if (!isUuid(articleId)) throw new AppError('not_found', 'No article with that id.');
  const [article] = await tx.$queryRaw<{ projectId: string }[]>`SELECT "projectId" FROM "Article" WHERE id = ${articleId}::uuid FOR NO KEY UPDATE`;
  if (!article) throw new AppError('not_found', 'No article with that id.');
  return article;
}

/** Desk order: overdue first, then by due date (none last), then by name. */
export function byUrgency(a: AssignmentView, b: AssignmentView): number {
  return Number(b.overdue) - Number(a.overdue) || dueTime(a.dueAt) - dueTime(b.dueAt) || a.reviewer.name.localeCompare(b.reviewer.name) || a.reviewer.id.localeCompare(b.reviewer.id);
}

export function dueTime(dueAt: string | null): number {
  return dueAt ? Date.parse(dueAt) : Number.POSITIVE_INFINITY;
}
