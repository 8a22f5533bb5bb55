// The heat map under the editor's view: the text cut at every span boundary
// into maximal segments over which the set of covering spans is constant,
// each with how many spans of each label cover it and how many distinct
// reviewers. Stretches nobody marked are left out. One sweep over the sorted
// boundaries: O(n log n) for n spans.
import { countsByLabel } from './group-passages';
import type { CoverageSegment, Label, ReviewerSpan } from './types';

type Boundary = { at: number; delta: 1 | -1; label: Label; reviewer: number };

function boundaries(spans: readonly ReviewerSpan[]): { events: Boundary[]; reviewers: number } {
  const reviewerIndex = new Map<string, number>();
  const events: Boundary[] = [];
  for (const span of spans) {
    if (span.end <= span.start) continue;
    let reviewer = reviewerIndex.get(span.reviewerId);
    if (reviewer === undefined) reviewerIndex.set(span.reviewerId, (reviewer = reviewerIndex.size));
    events.push({ at: span.start, delta: 1, label: span.label, reviewer }, { at: span.end, delta: -1, label: span.label, reviewer });
  }
  return { events: events.sort((a, b) => a.at - b.at), reviewers: reviewerIndex.size };
}

export function coverageSegments(spans: readonly ReviewerSpan[]): CoverageSegment[] {
  const { events, reviewers } = boundaries(spans);
  const counts = countsByLabel();
  // Open spans per reviewer, so that a reviewer with overlapping spans counts once.
  const open = new Int32Array(reviewers);
  let distinct = 0;
  const segments: CoverageSegment[] = [];
  let i = 0;
  while (i < events.length) {
    const at = events[i]!.at;
    for (; i < events.length && events[i]!.at === at; i++) {
      const { delta, label, reviewer } = events[i]!;
      counts[label] += delta;
      const before = open[reviewer]!;
      open[reviewer] = before + delta;
      if (before === 0) distinct++;
      else if (before + delta === 0) distinct--;
    }
    const next = events[i]?.at;
    if (next !== undefined && distinct > 0) segments.push({ start: at, end: next, counts: { ...counts }, reviewers: distinct });
  }
  return segments;
}
