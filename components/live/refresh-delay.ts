// When a live page re-renders after hearing of a change: after a short gathering delay (one
// save touches several rows, each announced), and never sooner than a second after its last
// refresh (a list page of a busy desk hears of every draft saved in its projects).

/** Long enough to fold a burst of changes into one refresh, short enough to feel live. */
export const GATHER_MS = 150;
/** At most one refresh a second. */
export const MIN_INTERVAL_MS = 1_000;

/** Milliseconds from `now` until the refresh a change just asked for; `lastRefresh` 0 = none yet. */
export function refreshDelay(lastRefresh: number, now: number): number {
  return Math.max(GATHER_MS, lastRefresh + MIN_INTERVAL_MS - now);
}
