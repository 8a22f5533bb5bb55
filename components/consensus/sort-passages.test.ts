import { describe, expect, it } from 'vitest';
import type { PassageState } from '@/lib/consensus/types';
import { disputeRank, sortPassagesByDispute } from './sort-passages';

const passage = (id: string, state: PassageState, start: number, verdictId: string | null = null) => ({ id, state, start, end: start + 5, verdictId, verdict: null });

describe('sortPassagesByDispute', () => {
  it('puts disputed without verdict first, then adjudicated (any state with a verdict), then single, then agreed, each in text order', () => {
    const sorted = sortPassagesByDispute([
      passage('agreed-verdict', 'agreed', 30, 'v2'),
      passage('agreed-early', 'agreed', 0),
      passage('single', 'single', 10),
      passage('disputed-verdict', 'disputed', 5, 'v1'),
      passage('disputed-late', 'disputed', 40),
      passage('disputed-early', 'disputed', 20),
      passage('agreed-late', 'agreed', 50),
    ]);
    expect(sorted.map((item) => item.id)).toEqual(['disputed-early', 'disputed-late', 'disputed-verdict', 'agreed-verdict', 'single', 'agreed-early', 'agreed-late']);
  });

  it('counts a verdict object as adjudicated even without a verdict id', () => {
    expect(disputeRank({ state: 'disputed', start: 0, end: 1, verdictId: null, verdict: { id: 'v' } })).toBe(1);
    expect(disputeRank({ state: 'disputed', start: 0, end: 1, verdictId: null, verdict: null })).toBe(0);
  });

  it('orders equal starts by end and leaves the input alone', () => {
    const input = [{ ...passage('long', 'agreed', 0), end: 20 }, { ...passage('short', 'agreed', 0), end: 3 }];
    expect(sortPassagesByDispute(input).map((item) => item.id)).toEqual(['short', 'long']);
    expect(input.map((item) => item.id)).toEqual(['long', 'short']);
  });
});
