// Attaches editors' verdicts to the passages they were set on. A verdict
// records the passage key (`${start}-${end}`) and span it was made on; since
// then new reviews may have moved the passage's edges, so:
// - a verdict whose passageKey is a passage's id matches it exactly;
// - otherwise it matches a passage it overlaps by at least `overlapRatio` of
//   the shorter of the two (the rule that groups spans into passages);
// - each verdict goes to at most one passage and each passage takes at most
//   one verdict: candidate pairs are taken best first (exact before overlap,
//   then the larger share of the shorter, then the larger share of the union,
//   then the verdict that comes first in the input), skipping pairs whose
//   verdict or passage is already taken.
// A matched passage gets the verdict's id, its label as finalLabel and the
// display state 'adjudicated' (its computed state stays as the votes made it);
// the others keep finalLabel = label, displayState = state and verdictId null.
import { spansLinked } from './group-passages';
import type { Passage, VerdictSpan } from './types';

type Candidate = { verdict: number; passage: number; exact: boolean; ofShorter: number; ofUnion: number };

/** Index of the first passage starting at or after `at` (passages are in start order). */
function firstStartingAtOrAfter(passages: readonly Passage[], at: number): number {
  let low = 0;
  let high = passages.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (passages[middle]!.start < at) low = middle + 1;
    else high = middle;
  }
  return low;
}

function overlapCandidate(verdict: VerdictSpan, v: number, passage: Passage, p: number, overlapRatio: number): Candidate | null {
  if (!spansLinked(verdict, passage, overlapRatio)) return null;
  const overlap = Math.min(verdict.end, passage.end) - Math.max(verdict.start, passage.start);
  const shorter = Math.min(verdict.end - verdict.start, passage.end - passage.start);
  const union = Math.max(verdict.end, passage.end) - Math.min(verdict.start, passage.start);
  return { verdict: v, passage: p, exact: false, ofShorter: overlap / shorter, ofUnion: overlap / union };
}

function candidates(passages: readonly Passage[], verdicts: readonly VerdictSpan[], overlapRatio: number): Candidate[] {
  const byId = new Map(passages.map((passage, index) => [passage.id, index]));
  // The longest passage bounds how far before a verdict an overlapping passage can start.
  const longest = passages.reduce((most, passage) => Math.max(most, passage.end - passage.start), 0);
  const found: Candidate[] = [];
  verdicts.forEach((verdict, v) => {
    const exact = byId.get(verdict.passageKey);
    if (exact !== undefined) found.push({ verdict: v, passage: exact, exact: true, ofShorter: 1, ofUnion: 1 });
    if (verdict.end <= verdict.start) return;
    for (let p = firstStartingAtOrAfter(passages, verdict.start - longest); p < passages.length && passages[p]!.start < verdict.end; p++) {
      if (p === exact) continue;
      const candidate = overlapCandidate(verdict, v, passages[p]!, p, overlapRatio);
      if (candidate) found.push(candidate);
    }
  });
  return found.sort((a, b) => Number(b.exact) - Number(a.exact) || b.ofShorter - a.ofShorter || b.ofUnion - a.ofUnion || a.verdict - b.verdict || a.passage - b.passage);
}

/** Passages (in text order) with verdictId and finalLabel set; new objects, the input is left as it is. */
export function matchVerdicts(passages: readonly Passage[], verdicts: readonly VerdictSpan[], overlapRatio: number): Passage[] {
  const result: Passage[] = passages.map((passage) => ({ ...passage, verdictId: null, finalLabel: passage.label, displayState: passage.state }));
  const verdictTaken = new Uint8Array(verdicts.length);
  const passageTaken = new Uint8Array(passages.length);
  for (const { verdict, passage } of candidates(passages, verdicts, overlapRatio)) {
    if (verdictTaken[verdict] || passageTaken[passage]) continue;
    verdictTaken[verdict] = 1;
    passageTaken[passage] = 1;
    result[passage]!.verdictId = verdicts[verdict]!.id;
    result[passage]!.finalLabel = verdicts[verdict]!.label;
    result[passage]!.displayState = 'adjudicated';
  }
  return result;
}
