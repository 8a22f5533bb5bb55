// Groups reviewers' overlapping spans into passages, the units consensus and
// the label-agreement figures are computed over, and gives each reviewer one
// vote per passage.
//
// The rule:
// - Two spans are linked when they overlap by at least `overlapRatio`
//   (default 0.5, clamped to [0, 1]) of the shorter span's length, and by at
//   least one character. A span inside another is therefore always linked to it.
// - Passages are the connected components of that relation, so chains join:
//   A–B and B–C linked puts A, B and C in one passage even if A and C do not
//   touch.
// - A passage runs from the smallest start to the largest end of its spans;
//   `exact` is that slice of the text and its id is `${start}-${end}` (unique:
//   two spans with the same start nest, so they are always linked).
// - Each reviewer has one vote per passage. With several spans in it, the
//   label whose spans cover most characters (span lengths summed) wins; on a
//   tie, the label of the reviewer's earliest span among the tied labels.
//
// Two passages' extents can overlap (spans that overlap by less than the
// ratio stay apart); the reliability summary counts such characters once.
//
// Cost: a sort, then one sweep in start order that compares each span only
// with the spans still open at its start, joined by union–find:
// O(n log n + n·k) for k the most spans covering one character.
import { LABELS, type Label, type PassageVote, type ReviewerSpan } from './types';

export const DEFAULT_OVERLAP_RATIO = 0.5;

export type GroupedPassage = {
  id: string;
  start: number;
  end: number;
  exact: string;
  /** The passage's spans in text order (start, then end, then id). */
  spans: ReviewerSpan[];
  /** One per reviewer, in the order of their first span. annotationIds: all their spans here. */
  votes: PassageVote[];
};

/** A fresh per-label record of zeros. */
export function countsByLabel(): Record<Label, number> {
  return { claim: 0, opinion: 0, unsupported: 0 };
}

/** The ratio in force: the option when it is a number in [0, 1] (clamped), else the default. */
export function resolveOverlapRatio(ratio: number | undefined): number {
  if (ratio === undefined || !Number.isFinite(ratio)) return DEFAULT_OVERLAP_RATIO;
  return Math.min(1, Math.max(0, ratio));
}

/** Whether two spans overlap enough to belong to one passage (see the rule above). */
export function spansLinked(a: { start: number; end: number }, b: { start: number; end: number }, overlapRatio: number): boolean {
  const overlap = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  return overlap > 0 && overlap >= overlapRatio * Math.min(a.end - a.start, b.end - b.start);
}

function compareSpans(a: ReviewerSpan, b: ReviewerSpan): number {
  return a.start - b.start || a.end - b.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * Component of every span (indices into the sorted array), by one sweep in
 * start order: each span is compared only with the spans still open at its
 * start, and joined to their component by union–find (path halving, union by
 * size). Typed arrays and an in-place open list: no allocation per span.
 */
function linkSpans(sorted: readonly ReviewerSpan[], overlapRatio: number): Int32Array {
  const n = sorted.length;
  const starts = Int32Array.from(sorted, (span) => span.start);
  const ends = Int32Array.from(sorted, (span) => span.end);
  const parent = Int32Array.from({ length: n }, (_, i) => i);
  const size = new Int32Array(n).fill(1);
  const find = (node: number): number => {
    let x = node;
    while (parent[x] !== x) x = parent[x] = parent[parent[x]!]!;
    return x;
  };
  const open = new Int32Array(n);
  let openCount = 0;
  for (let i = 0; i < n; i++) {
    const start = starts[i]!;
    const end = ends[i]!;
    let kept = 0;
    let rootI = i;
    for (let r = 0; r < openCount; r++) {
      const j = open[r]!;
      // Spans that ended at or before this start can link to nothing from here on.
      if (ends[j]! <= start) continue;
      open[kept++] = j;
      const rootJ = find(j);
      if (rootI === rootJ) continue;
      // Sorted by start, so the overlap runs from this span's start.
      const overlap = Math.min(end, ends[j]!) - start;
      if (overlap < overlapRatio * Math.min(end - start, ends[j]! - starts[j]!)) continue;
      if (size[rootI]! < size[rootJ]!) {
        parent[rootI] = rootJ;
        size[rootJ]! += size[rootI]!;
        rootI = rootJ;
      } else {
        parent[rootJ] = rootI;
        size[rootI]! += size[rootJ]!;
      }
    }
    open[kept++] = i;
    openCount = kept;
  }
  for (let i = 0; i < n; i++) parent[i] = find(i);
  return parent;
}

/** The reviewer's vote from their spans in one passage (text order). */
function reviewerVote(reviewerId: string, spans: readonly ReviewerSpan[]): PassageVote {
  const chars = countsByLabel();
  const firstSeen = new Map<Label, number>();
  spans.forEach((span, index) => {
    chars[span.label] += span.end - span.start;
    if (!firstSeen.has(span.label)) firstSeen.set(span.label, index);
  });
  let best: Label | null = null;
  for (const label of LABELS) {
    if (!firstSeen.has(label)) continue;
    if (best === null || chars[label] > chars[best] || (chars[label] === chars[best] && firstSeen.get(label)! < firstSeen.get(best)!)) best = label;
  }
  return { reviewerId, label: best!, annotationIds: spans.map((span) => span.id) };
}

function buildPassage(text: string, spans: ReviewerSpan[]): GroupedPassage {
  const start = spans[0]!.start;
  let end = start;
  const byReviewer = new Map<string, ReviewerSpan[]>();
  for (const span of spans) {
    end = Math.max(end, span.end);
    const own = byReviewer.get(span.reviewerId);
    if (own) own.push(span);
    else byReviewer.set(span.reviewerId, [span]);
  }
  const votes = [...byReviewer].map(([reviewerId, own]) => reviewerVote(reviewerId, own));
  return { id: `${start}-${end}`, start, end, exact: text.slice(start, end), spans, votes };
}

/**
 * Passages in text order (start, then end). Spans are taken as given: the
 * caller drops those of reviewers who do not count and those off the text.
 */
export function groupPassages(text: string, spans: readonly ReviewerSpan[], overlapRatio: number = DEFAULT_OVERLAP_RATIO): GroupedPassage[] {
  const sorted = spans.filter((span) => span.end > span.start).sort(compareSpans);
  const root = linkSpans(sorted, resolveOverlapRatio(overlapRatio));
  // Components in order of their first (earliest-starting) span; equal starts are always one component.
  const componentOf = new Int32Array(sorted.length).fill(-1);
  const components: ReviewerSpan[][] = [];
  sorted.forEach((span, index) => {
    const r = root[index]!;
    if (componentOf[r] === -1) componentOf[r] = components.push([]) - 1;
    components[componentOf[r]!]!.push(span);
  });
  return components.map((members) => buildPassage(text, members)).sort((a, b) => a.start - b.start || a.end - b.end);
}
