import { describe, expect, it } from 'vitest';
import { defaultQuorum, majorityConsensus, resolveQuorum } from './majority-consensus';
import { LABELS, type Label } from './types';

const passage = (labels: Label[]) => ({
  votes: labels.map((label, i) => ({ reviewerId: `r${i}`, label, annotationIds: [`a${i}`] })),
});

describe('defaultQuorum', () => {
  it('is a strict majority of the submitted reviewers, and at least two', () => {
    expect([1, 2, 3, 4, 5, 6, 7].map(defaultQuorum)).toEqual([2, 2, 2, 3, 3, 4, 4]);
  });

  it('is replaced by a given positive quorum, rounded up', () => {
    expect(resolveQuorum(undefined, 5)).toBe(3);
    expect(resolveQuorum(4, 5)).toBe(4);
    expect(resolveQuorum(2.5, 5)).toBe(3);
    expect(resolveQuorum(0, 5)).toBe(3);
  });
});

describe('majorityConsensus', () => {
  it('two of three for claim, one for opinion: claim, agreed, 2/3', () => {
    expect(majorityConsensus(passage(['claim', 'claim', 'opinion']), 3, 2)).toEqual({
      labelCounts: { claim: 2, opinion: 1, unsupported: 0 },
      label: 'claim',
      support: 2,
      reviewers: 3,
      confidence: 2 / 3,
      state: 'agreed',
    });
  });

  it('a passage one reviewer marked is single, whatever the quorum', () => {
    expect(majorityConsensus(passage(['unsupported']), 3, 2)).toMatchObject({ label: 'unsupported', support: 1, confidence: 1, state: 'single' });
    expect(majorityConsensus(passage(['unsupported']), 3, 1).state).toBe('single');
  });

  it('a 1–1–1 split has no majority: no label, disputed', () => {
    const outcome = majorityConsensus(passage([...LABELS]), 3, 2);
    expect(outcome).toMatchObject({ label: null, support: 1, confidence: 1 / 3, state: 'disputed' });
  });

  it('a 2–2 tie has no majority and stays disputed even when each side reaches the quorum', () => {
    const outcome = majorityConsensus(passage(['unsupported', 'opinion', 'opinion', 'unsupported']), 4, 2);
    expect(outcome).toMatchObject({ label: null, support: 2, confidence: 0.5, state: 'disputed' });
  });

  it('two of four with the other two split is a majority label (more votes than every other), short of the quorum', () => {
    expect(majorityConsensus(passage(['claim', 'claim', 'opinion', 'unsupported']), 4, 3)).toMatchObject({ label: 'claim', support: 2, state: 'disputed' });
  });

  it('counts reviewers who did not mark the passage against agreement', () => {
    // Two of five agree, and nobody disagrees: still short of the quorum of three.
    const outcome = majorityConsensus(passage(['claim', 'claim']), 5, defaultQuorum(5));
    expect(outcome).toMatchObject({ support: 2, reviewers: 5, confidence: 1, state: 'disputed' });
    expect(majorityConsensus(passage(['claim', 'claim', 'claim']), 5, 3).state).toBe('agreed');
  });
});
