import 'server-only';
// A reviewer's review of an article as a ReviewView, from their submission
// (if any), their live annotation count and their review events (read-reviews.ts reads them).
import type { ReviewView } from '../../../views/review-views';
import type { Prisma } from '../../db/client';

export const reviewEventSelect = { reviewerId: true, action: true, reason: true, createdAt: true, actor: { select: { id: true, name: true } } } satisfies Prisma.ReviewEventSelect;

type EventRow = Prisma.ReviewEventGetPayload<{ select: typeof reviewEventSelect }>;

export function toReviewView(reviewer: { id: string; name: string }, submittedAt: Date | null, annotations: number, events: readonly EventRow[]): ReviewView {
  const last = events.at(-1);
  const status = submittedAt ? 'submitted' : last?.action === 'reopen' ? 'reopened' : 'drafting';
  return {
    reviewer,
    status,
    submittedAt: submittedAt?.toISOString() ?? null,
    annotations,
    history: events.map((event) => ({ action: event.action, actor: event.actor, reason: event.reason, at: event.createdAt.toISOString() })),
  };
}
