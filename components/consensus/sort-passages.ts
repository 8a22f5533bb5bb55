// The editor's reading order for passages: the work still to do first.
import type { PassageState } from '@/lib/consensus/types';

type Sortable = { state: PassageState; start: number; end: number; verdictId: string | null; verdict?: unknown };

/** 0 disputed without a verdict, 1 disputed with one, 2 single, 3 agreed. */
export function disputeRank(passage: Sortable): number {
  if (passage.state === 'disputed') return hasVerdict(passage) ? 1 : 0;
  return passage.state === 'single' ? 2 : 3;
}

export function hasVerdict(passage: Pick<Sortable, 'verdictId' | 'verdict'>): boolean {
  return passage.verdictId !== null || (passage.verdict !== undefined && passage.verdict !== null);
}

/** A sorted copy: by dispute rank, then in text order (start, then end). */
export function sortPassagesByDispute<T extends Sortable>(passages: readonly T[]): T[] {
  return [...passages].sort((a, b) => disputeRank(a) - disputeRank(b) || a.start - b.start || a.end - b.end);
}
