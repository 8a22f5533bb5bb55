// The editor's worklist of passages, and moving through it by keyboard. The
// order is disputed, then single, then agreed, each in text order, and it does
// not depend on verdicts: a passage keeps its place when the editor rules on
// it, so J after a verdict goes on to the next passage instead of skipping one.
import type { PassageState } from '@/lib/consensus/types';

const STATE_RANK: Record<PassageState, number> = { disputed: 0, single: 1, agreed: 2 };

type Orderable = { state: PassageState; start: number; end: number };

/** A sorted copy: disputed, single, agreed; each group in text order (start, then end). */
export function sortWorklist<T extends Orderable>(passages: readonly T[]): T[] {
  return [...passages].sort((a, b) => STATE_RANK[a.state] - STATE_RANK[b.state] || a.start - b.start || a.end - b.end);
}

/**
 * The id to select after moving `step` rows from `current` (J: +1, K: −1), stopping at either end;
 * with nothing selected (or a selection no longer listed) J starts at the first row and K at the last.
 */
export function moveSelection(ids: readonly string[], current: string | null, step: 1 | -1): string | null {
  if (ids.length === 0) return null;
  const at = current === null ? -1 : ids.indexOf(current);
  if (at === -1) return step === 1 ? ids[0]! : ids[ids.length - 1]!;
  return ids[Math.min(ids.length - 1, Math.max(0, at + step))]!;
}
