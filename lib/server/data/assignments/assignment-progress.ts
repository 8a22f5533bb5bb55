import 'server-only';
// A reviewer's progress on an assigned article, derived in one query from what
// exists (never stored): submitted when a ReviewSubmission row is there,
// reopened when their last review event is a reopening, drafting once they
// have written an annotation on it, else assigned. Overdue: a due date passed
// and not submitted.
import type { AssignmentStatus } from '../../../vocabulary';
import { Prisma } from '../../db/client';
import { type SqlClient, runSql } from '../../db/sql-transaction';

export type AssignmentProgressRow = {
  id: string;
  articleId: string;
  articleTitle: string;
  reviewerId: string;
  reviewerName: string;
  assignedById: string | null;
  assignedByName: string | null;
  dueAt: Date | null;
  createdAt: Date;
  status: AssignmentStatus;
  overdue: boolean;
};

/**
 * The assignments matching `where` (SQL over the alias a, the Assignment row), with their derived
 * status. `client`: the pool for the desk's panel and the reviewer's list (issue 16: the consensus
 * page and its live panel read this, where Prisma's raw query cost more CPU than the read), or a
 * transaction (runSql runs the same text in either). Times are stored without a zone, in UTC, so
 * they are marked UTC for node-pg.
 */
export async function readAssignmentProgress(client: SqlClient, where: Prisma.Sql): Promise<AssignmentProgressRow[]> {
  const query = Prisma.sql`
    SELECT a.id, a."articleId", ar.title AS "articleTitle", a."reviewerId", u.name AS "reviewerName",
           a."assignedById", b.name AS "assignedByName", a."dueAt" AT TIME ZONE 'UTC' AS "dueAt", a."createdAt" AT TIME ZONE 'UTC' AS "createdAt",
           EXISTS (SELECT 1 FROM "ReviewSubmission" s WHERE s."articleId" = a."articleId" AND s."reviewerId" = a."reviewerId") AS submitted,
           (SELECT e.action::text FROM "ReviewEvent" e WHERE e."articleId" = a."articleId" AND e."reviewerId" = a."reviewerId"
             ORDER BY e."createdAt" DESC, e.id DESC LIMIT 1) AS "lastAction",
           EXISTS (SELECT 1 FROM "Annotation" n WHERE n."articleId" = a."articleId" AND n."authorId" = a."reviewerId") AS drafted
    FROM "Assignment" a
    JOIN "Article" ar ON ar.id = a."articleId"
    JOIN "User" u ON u.id = a."reviewerId"
    LEFT JOIN "User" b ON b.id = a."assignedById"
    WHERE ${where}`;
  const rows = await runSql<Omit<AssignmentProgressRow, 'status' | 'overdue'> & { submitted: boolean; lastAction: string | null; drafted: boolean }>(client, query.text, query.values);
  const now = Date.now();
  return rows.map(({ submitted, lastAction, drafted, ...row }) => {
    const status: AssignmentStatus = submitted ? 'submitted' : lastAction === 'reopen' ? 'reopened' : drafted ? 'drafting' : 'assigned';
    return { ...row, status, overdue: status !== 'submitted' && row.dueAt !== null && row.dueAt.getTime() < now };
  });
}
