import 'server-only';
import type { ReviewView } from '../../../views/review-views';
import type { Prisma } from '../../db/client';
import { reviewEventSelect, toReviewView } from './review-record';

/** Every review of the article: reviewers with live annotations, a submission or a review event, by name. */
export async function readReviews(tx: Prisma.TransactionClient, articleId: string, reviewerId?: string): Promise<ReviewView[]> {
  const only = reviewerId ? { reviewerId } : {};
  const [submissions, counts, events] = await Promise.all([
    tx.reviewSubmission.findMany({ where: { articleId, ...only }, select: { submittedAt: true, guidelinesVersion: true, reviewer: { select: { id: true, name: true } } } }),
    tx.annotation.groupBy({ by: ['authorId'], where: { articleId, deletedAt: null, ...(reviewerId ? { authorId: reviewerId } : {}) }, _count: { _all: true } }),
    tx.reviewEvent.findMany({ where: { articleId, ...only }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }], select: { ...reviewEventSelect, reviewer: { select: { id: true, name: true } } } }),
  ]);
  const ids = new Set([...submissions.map((row) => row.reviewer.id), ...counts.map((row) => row.authorId), ...events.map((row) => row.reviewerId)]);
  const names = new Map([...submissions.map((row) => row.reviewer), ...events.map((row) => row.reviewer)].map((user) => [user.id, user.name]));
  const missing = [...ids].filter((id) => !names.has(id));
  if (missing.length > 0) for (const user of await tx.user.findMany({ where: { id: { in: missing } }, select: { id: true, name: true } })) names.set(user.id, user.name);
  const submittedAt = new Map(submissions.map((row) => [row.reviewer.id, { submittedAt: row.submittedAt, guidelinesVersion: row.guidelinesVersion }]));
  const annotationCounts = new Map(counts.map((row) => [row.authorId, row._count._all]));
  return [...ids]
    .map((id) => toReviewView({ id, name: names.get(id) ?? 'Unknown reviewer' }, submittedAt.get(id) ?? null, annotationCounts.get(id) ?? 0, events.filter((event) => event.reviewerId === id)))
    .sort((a, b) => a.reviewer.name.localeCompare(b.reviewer.name) || a.reviewer.id.localeCompare(b.reviewer.id));
}
