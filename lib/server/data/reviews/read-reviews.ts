import 'server-only';
import type { ReviewAction } from '../../../vocabulary';
import type { ReviewView } from '../../../views/review-views';
import { type SqlClient, runSql } from '../../db/sql-transaction';
import { toReviewView } from './review-record';

// In SQL through runSql (issue 16): the consensus page and its drafts' live panel read these on
// every refresh, and Prisma's model queries (four, the names looked up after) cost more CPU than
// three statements with the names joined in. On the pool for the desk's panel, in the transaction
// for a reopening. Timestamps are marked UTC (node-pg reads one without a zone in the process's zone).
const SUBMISSIONS = `
  SELECT u.id, u.name, s."submittedAt" AT TIME ZONE 'UTC' AS "submittedAt", s."guidelinesVersion"
  FROM "ReviewSubmission" s JOIN "User" u ON u.id = s."reviewerId"
  WHERE s."articleId" = $1::uuid AND ($2::uuid IS NULL OR s."reviewerId" = $2::uuid)`;

/** Live annotations per author: a draft counts as much as a submitted review. */
const ANNOTATION_COUNTS = `
  SELECT u.id, u.name, count(*)::int AS annotations
  FROM "Annotation" a JOIN "User" u ON u.id = a."authorId"
  WHERE a."articleId" = $1::uuid AND a."deletedAt" IS NULL AND ($2::uuid IS NULL OR a."authorId" = $2::uuid)
  GROUP BY u.id, u.name`;

const EVENTS = `
  SELECT e."reviewerId", r.name AS "reviewerName", e.action::text AS action, e.reason, e."guidelinesVersion",
         e."createdAt" AT TIME ZONE 'UTC' AS "createdAt", x.id AS "actorId", x.name AS "actorName"
  FROM "ReviewEvent" e JOIN "User" r ON r.id = e."reviewerId" JOIN "User" x ON x.id = e."actorId"
  WHERE e."articleId" = $1::uuid AND ($2::uuid IS NULL OR e."reviewerId" = $2::uuid)
  ORDER BY e."createdAt" ASC, e.id ASC`;

type EventSqlRow = { reviewerId: string; reviewerName: string; action: ReviewAction; reason: string; guidelinesVersion: number | null; createdAt: Date; actorId: string; actorName: string };

/** Every review of the article: reviewers with live annotations, a submission or a review event, by name. */
export async function readReviews(tx: SqlClient, articleId: string, reviewerId?: string): Promise<ReviewView[]> {
  const values = [articleId, reviewerId ?? null];
  const [submissions, counts, events] = await Promise.all([
    runSql<{ id: string; name: string; submittedAt: Date; guidelinesVersion: number }>(tx, SUBMISSIONS, values),
    runSql<{ id: string; name: string; annotations: number }>(tx, ANNOTATION_COUNTS, values),
    runSql<EventSqlRow>(tx, EVENTS, values),
  ]);
  const names = new Map<string, string>([
    ...submissions.map((row) => [row.id, row.name] as const),
    ...counts.map((row) => [row.id, row.name] as const),
    ...events.map((row) => [row.reviewerId, row.reviewerName] as const),
  ]);
  const submittedAt = new Map(submissions.map((row) => [row.id, { submittedAt: row.submittedAt, guidelinesVersion: row.guidelinesVersion }]));
  const annotationCounts = new Map(counts.map((row) => [row.id, row.annotations]));
  const history = events.map((event) => ({ ...event, actor: { id: event.actorId, name: event.actorName } }));
  return [...names]
    .map(([id, name]) => toReviewView({ id, name }, submittedAt.get(id) ?? null, annotationCounts.get(id) ?? 0, history.filter((event) => event.reviewerId === id)))
    .sort((a, b) => a.reviewer.name.localeCompare(b.reviewer.name) || a.reviewer.id.localeCompare(b.reviewer.id));
}
