import 'server-only';
// My work: the caller's own assignments, on articles of their projects. Only
// their own progress is read, so nothing here changes because another reviewer
// was assigned or is drafting (blind review).
import type { WorkItem } from '../../../views/assignment-views';
import type { Actor } from '../../actor';
import { Prisma, sqlPool } from '../../db/client';
import { projectsWith } from '../../guards';
import { readAssignmentProgress } from './assignment-progress';

/** Overdue first, then by due date (none last), then the newest assignment first. */
export async function listMyWork(actor: Actor): Promise<WorkItem[]> {
  const projects = projectsWith(actor, 'articles:read');
  if (projects !== null && projects.length === 0) return [];
  const inProjects = projects === null ? Prisma.sql`TRUE` : Prisma.sql`ar."projectId" = ANY(${[...projects]}::uuid[])`;
  const rows = await readAssignmentProgress(sqlPool(), Prisma.sql`a."reviewerId" = ${actor.id}::uuid AND ${inProjects}`);
  const due = (row: (typeof rows)[number]) => row.dueAt?.getTime() ?? Number.POSITIVE_INFINITY;
  rows.sort((a, b) => Number(b.overdue) - Number(a.overdue) || due(a) - due(b) || b.createdAt.getTime() - a.createdAt.getTime() || a.id.localeCompare(b.id));
  return rows.map((row) => ({ article: { id: row.articleId, title: row.articleTitle }, status: row.status, dueAt: row.dueAt?.toISOString() ?? null, overdue: row.overdue }));
}
