import { describe, expect, it } from 'vitest';
import type { Passage } from './types';
import { countUnadjudicatedDisputes } from './unadjudicated-disputes';

const passage = (state: Passage['state'], verdictId: string | null) => ({ state, verdictId }) as Passage;

describe('countUnadjudicatedDisputes', () => {
  it('counts disputed passages without a verdict only', () => {
    const passages = [passage('disputed', null), passage('disputed', 'v1'), passage('agreed', null), passage('single', null), passage('disputed', null)];
    expect(countUnadjudicatedDisputes({ passages })).toBe(2);
    expect(countUnadjudicatedDisputes({ passages: [] })).toBe(0);
  });
});
