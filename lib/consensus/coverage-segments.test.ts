import { describe, expect, it } from 'vitest';
import { coverageSegments } from './coverage-segments';
import type { Label, ReviewerSpan } from './types';

const span = (id: string, reviewerId: string, label: Label, start: number, end: number): ReviewerSpan => ({ id, reviewerId, label, start, end });
const counts = (claim: number, opinion: number, unsupported: number) => ({ claim, opinion, unsupported });

describe('coverageSegments', () => {
  it('cuts the text at every boundary and counts labels and reviewers per segment, leaving gaps out', () => {
    const segments = coverageSegments([
      span('a1', 'a', 'claim', 10, 30),
      span('b1', 'b', 'opinion', 20, 40),
      span('c1', 'c', 'claim', 50, 60),
    ]);
    expect(segments).toEqual([
      { start: 10, end: 20, counts: counts(1, 0, 0), reviewers: 1 },
      { start: 20, end: 30, counts: counts(1, 1, 0), reviewers: 2 },
      { start: 30, end: 40, counts: counts(0, 1, 0), reviewers: 1 },
      { start: 50, end: 60, counts: counts(1, 0, 0), reviewers: 1 },
    ]);
  });

  it('counts a reviewer with overlapping spans once among the reviewers, and each span in the counts', () => {
    const segments = coverageSegments([span('a1', 'a', 'claim', 0, 20), span('a2', 'a', 'unsupported', 10, 20)]);
    expect(segments[1]).toEqual({ start: 10, end: 20, counts: counts(1, 0, 1), reviewers: 1 });
  });

  it('splits where one span ends and another starts, since the covering spans change there', () => {
    const segments = coverageSegments([span('a1', 'a', 'claim', 0, 10), span('b1', 'b', 'claim', 10, 20)]);
    expect(segments.map((segment) => [segment.start, segment.end, segment.reviewers])).toEqual([
      [0, 10, 1],
      [10, 20, 1],
    ]);
  });

  it('is empty for no spans, and ignores empty ones', () => {
    expect(coverageSegments([])).toEqual([]);
    expect(coverageSegments([span('a1', 'a', 'claim', 5, 5)])).toEqual([]);
  });
});
