// When a live page re-renders after hearing of a change: after a short gathering delay (one
// save touches several rows, each announced), and never sooner than a second after its last
// refresh (a list page of a busy desk hears of every draft saved in its projects).
//
// The consensus page has a slow lane: a pending reviewer's draft moves only the progress counts
// there (the consensus is of submitted reviews), so it waits until DRAFT_INTERVAL_MS after the
// last refresh. With eight reviewers drafting on an article, the editor's page would otherwise
// re-render the whole consensus every few seconds for nothing the consensus shows.

/** Long enough to fold a burst of changes into one refresh, short enough to feel live. */
export const GATHER_MS = 150;
/** At most one refresh a second. */
export const MIN_INTERVAL_MS = 1_000;
/** Drafts of pending reviewers: their progress counts are at most this stale. */
export const DRAFT_INTERVAL_MS = 10_000;

export type RefreshLane = 'prompt' | 'draft';

/** Milliseconds from `now` until the refresh a change just asked for, the last one (or the page's render) at `lastRefresh`. */
export function refreshDelay(lastRefresh: number, now: number, lane: RefreshLane = 'prompt'): number {
  return Math.max(GATHER_MS, lastRefresh + (lane === 'draft' ? DRAFT_INTERVAL_MS : MIN_INTERVAL_MS) - now);
}

/**
 * The lane of a change told to a page: a draft when it is an annotation of someone the page knows
 * has not submitted (`by`, told to the consensus page's readers only). Without `submitted`, or
 * without `by`, every change is prompt.
 */
export function laneOf(change: { kind: string; by?: string }, submitted: ReadonlySet<string> | null): RefreshLane {
  return submitted !== null && change.kind === 'annotation' && change.by !== undefined && !submitted.has(change.by) ? 'draft' : 'prompt';
}

export type RefreshScheduler = {
  /** A change asks for a refresh in its lane. */
  ask(lane?: RefreshLane): void;
  cancel(): void;
};

/**
 * The timer of one live page: `run` refreshes it, told the lane of what it folds in ('prompt' if
 * any prompt change was asked for, so a page that refreshes drafts more cheaply still refreshes
 * fully then). A prompt change brings forward a refresh a draft had scheduled later, never the
 * reverse; changes asked for before a refresh runs are folded into it.
 *
 * The page was rendered just before its scheduler is made, and that render counts as its last
 * refresh: an editor who opens a consensus page while eight reviewers draft would otherwise have
 * it rendered again within a moment of opening it, for the first draft saved, at the cost of most
 * of a page.
 */
export function refreshScheduler(run: (lane: RefreshLane) => void, clock: () => number = Date.now): RefreshScheduler {
  let pending: ReturnType<typeof setTimeout> | undefined;
  let pendingAt = Infinity;
  let pendingLane: RefreshLane = 'draft';
  let lastRefresh = clock();
  return {
    ask(lane = 'prompt') {
      const now = clock();
      const at = now + refreshDelay(lastRefresh, now, lane);
      if (lane === 'prompt') pendingLane = 'prompt';
      if (pending !== undefined && pendingAt <= at) return;
      clearTimeout(pending);
      pendingAt = at;
      pending = setTimeout(() => {
        const folded = pendingLane;
        pending = undefined;
        pendingAt = Infinity;
        pendingLane = 'draft';
        lastRefresh = clock();
        run(folded);
      }, at - now);
    },
    cancel() {
      clearTimeout(pending);
      pending = undefined;
      pendingAt = Infinity;
      pendingLane = 'draft';
    },
  };
}
