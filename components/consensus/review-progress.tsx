'use client';
// The consensus page's Reviews and Assignments panels, kept current between the page's renders.
// A pending reviewer's draft moves only what these two panels show (each reviewer's progress);
// the page used to re-render itself for it (router.refresh() in the slow lane), some 40 ms of
// server time per editor every ten seconds under a busy desk. LiveUpdates now calls `refresh`
// (DraftRefreshContext) for a refresh that folds in drafts only: it reads the same two desk lists
// as JSON (GET /api/articles/:id/reviews and /assignments, desk only like the page) into this
// state. A full refresh (a submission, a reopening, the panels' own changes) brings new props,
// which replace it; a draft read still in flight then is dropped.
import { type ReactNode, createContext, useCallback, useContext, useState } from 'react';
import type { ArticleAssignmentsView } from '@/lib/views/assignment-views';
import type { ReviewView } from '@/lib/views/review-views';
import { apiRequest } from '../api/api-request';
import { AssignmentsPanel } from '../assignments/assignments-panel';
import { DraftRefreshContext } from '../live/draft-refresh';
import { ReviewsPanel } from './reviews-panel';

type Progress = { reviews: readonly ReviewView[]; assignments: ArticleAssignmentsView };
/** The props the state follows (the page's last render), and what it shows now. */
type State = { basis: Progress; shown: Progress };

const ProgressContext = createContext<Progress | null>(null);

type Props = Progress & { articleId: string; children: ReactNode };

export function ReviewProgress({ articleId, reviews, assignments, children }: Props) {
  const [state, setState] = useState<State>(() => ({ basis: { reviews, assignments }, shown: { reviews, assignments } }));
  // The page was rendered again: its lists are newer than any draft read.
  let current = state;
  if (state.basis.reviews !== reviews || state.basis.assignments !== assignments) {
    current = { basis: { reviews, assignments }, shown: { reviews, assignments } };
    setState(current);
  }
  const basis = current.basis;

  const refresh = useCallback(async () => {
    const base = `/api/articles/${encodeURIComponent(articleId)}`;
    try {
      const [read, assigned] = await Promise.all([apiRequest<{ reviews: ReviewView[] }>('GET', `${base}/reviews`), apiRequest<ArticleAssignmentsView>('GET', `${base}/assignments`)]);
      setState((previous) => (previous.basis === basis ? { basis, shown: { reviews: read.reviews, assignments: assigned } } : previous));
    } catch {
      // Not now (offline, signed out, the database away): the live stream's next full refresh catches up.
    }
  }, [articleId, basis]);

  return (
    <DraftRefreshContext.Provider value={refresh}>
      <ProgressContext.Provider value={current.shown}>{children}</ProgressContext.Provider>
    </DraftRefreshContext.Provider>
  );
}

function useProgress(): Progress {
  const progress = useContext(ProgressContext);
  if (!progress) throw new Error('a live progress panel outside ReviewProgress');
  return progress;
}

export function LiveReviewsPanel({ articleId, published }: { articleId: string; published: boolean }) {
  return <ReviewsPanel articleId={articleId} published={published} reviews={useProgress().reviews} />;
}

export function LiveAssignmentsPanel({ articleId }: { articleId: string }) {
  const { assignments } = useProgress();
  return <AssignmentsPanel articleId={articleId} assignedOnly={assignments.assignedOnly} assignments={assignments.assignments} />;
}
