// The editor's reading order for passages: the work still to do first.
import type { PassageState } from '@/lib/consensus/types';

type Sortable = { state: PassageState; start: number; end: number; verdictId: string | null; verdict?: unknown };

/** 0 disputed without a verdict, 1 adjudicated (a verdict, whatever the votes), 2 single, 3 agreed. */
export function disputeRank(passage: Sortable): number {
  if (hasVerdict(passage)) return 1;
  if (passage.state === 'disputed') return 0;
  return passage.state === 'single' ? 2 : 3;
}

export function hasVerdict(passage: Pick<Sortable, 'verdictId' | 'verdict'>): boolean {
  return passage.verdictId !== null || (passage.verdict !== undefined && passage.verdict !== null);
}

/** A sorted copy: by dispute rank, then in text order (start, then end). */
export function sortPassagesByDispute<T extends Sortable>(passages: readonly T[]): T[] {
  return [...passages].sort((a, b) => disputeRank(a) - disputeRank(b) || a.start - b.start || a.end - b.end);
}
