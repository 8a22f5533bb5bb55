import 'server-only';
import type { ArticleAssignmentsView } from '../../../views/assignment-views';
import { Prisma, db } from '../../db/client';
import type { Authorized } from '../../guards';
import { readAssignmentProgress } from './assignment-progress';
import { assignmentView, byUrgency } from './assignment-record';

/** An article's assignments with every reviewer's progress, and its assigned-only switch: the desk's (narrowed to the article's project). */
export async function listAssignments(actor: Authorized<'assignments:manage'>, articleId: string): Promise<ArticleAssignmentsView> {
  const client = db();
  const article = await client.article.findUniqueOrThrow({ where: { id: articleId }, select: { assignedOnly: true } });
  const rows = await readAssignmentProgress(client, Prisma.sql`a."articleId" = ${articleId}::uuid`);
  return { assignedOnly: article.assignedOnly, assignments: rows.map(assignmentView).sort(byUrgency) };
}
