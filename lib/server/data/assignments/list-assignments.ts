import 'server-only';
import type { ArticleAssignmentsView } from '../../../views/assignment-views';
import { AppError } from '../../../errors';
import { isUuid } from '../../../validation/uuid';
import { Prisma, sqlPool } from '../../db/client';
import type { Authorized } from '../../guards';
import { readAssignmentProgress } from './assignment-progress';
import { assignmentView, byUrgency } from './assignment-record';

/** An article's assignments with every reviewer's progress, and its assigned-only switch: the desk's (narrowed to the article's project). */
export async function listAssignments(actor: Authorized<'assignments:manage'>, articleId: string): Promise<ArticleAssignmentsView> {
  // The switch on the pool, beside the progress rather than before it (issue 16: the desk's live
  // panel reads this for every pending reviewer's draft).
  if (!isUuid(articleId)) throw new AppError('not_found', 'No article with that id.');
  const [{ rows: [article] }, rows] = await Promise.all([
    sqlPool().query<{ assignedOnly: boolean }>(`SELECT "assignedOnly" FROM "Article" WHERE id = $1::uuid`, [articleId]),
    readAssignmentProgress(sqlPool(), Prisma.sql`a."articleId" = ${articleId}::uuid`),
  ]);
  if (!article) throw new AppError('not_found', 'No article with that id.');
  return { assignedOnly: article.assignedOnly, assignments: rows.map(assignmentView).sort(byUrgency) };
}
