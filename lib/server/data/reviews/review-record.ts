import 'server-only';
// A reviewer's review of an article as a ReviewView, from their submission
// (if any), their live annotation count and their review events (read-reviews.ts reads them).
import type { ReviewAction } from '../../../vocabulary';
import type { ReviewView } from '../../../views/review-views';

type EventRow = { action: ReviewAction; reason: string; guidelinesVersion: number | null; createdAt: Date; actor: { id: string; name: string } };

export function toReviewView(reviewer: { id: string; name: string }, submission: { submittedAt: Date; guidelinesVersion: number } | null, annotations: number, events: readonly EventRow[]): ReviewView {
  const submittedAt = submission?.submittedAt ?? null;
  const last = events.at(-1);
  const status = submittedAt ? 'submitted' : last?.action === 'reopen' ? 'reopened' : 'drafting';
  return {
    reviewer,
    status,
    submittedAt: submittedAt?.toISOString() ?? null,
    guidelinesVersion: submission?.guidelinesVersion ?? null,
    annotations,
    history: events.map((event) => ({ action: event.action, actor: event.actor, reason: event.reason, at: event.createdAt.toISOString(), guidelinesVersion: event.guidelinesVersion })),
  };
}
