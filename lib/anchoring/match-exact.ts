// Step (b) of re-anchoring: where the quote occurs verbatim in the new text.
// An occurrence with the stored context verbatim around it is decisive and
// cheap to recognise; weighing mere similarity of context is left to the
// scoring, here for quotes too short to search approximately, otherwise in
// the approximate search, where an edited copy of the quote in its old place
// competes with verbatim copies elsewhere.
import { choosePlace } from './choose-place';
import { findOccurrences } from './find-occurrences';
import { measureCandidate, type Candidate } from './measure-candidate';
import type { MatchOutcome, OrphanReason } from './match-outcome';
import { contextScore } from './score-candidate';
import type { TextSelectors } from './selectors';
import type { ReanchorThresholds } from './thresholds';

export type ExactOccurrences = {
  /** Start of every verbatim occurrence, overlapping ones included ("ha ha" twice in "ha ha ha"), up to the limit asked for. */
  all: number[];
  /** Those with the stored prefix and suffix verbatim either side: none, one, or the first two. */
  inContext: number[];
};

/** Linear in text + quote + context (see find-occurrences.ts); `limit` caps `all`. */
export function findExactOccurrences(text: string, selectors: TextSelectors, limit = Number.POSITIVE_INFINITY): ExactOccurrences {
  const { exact, prefix, suffix } = selectors.quote;
  const all = findOccurrences(text, exact, limit);
  if (prefix === '' && suffix === '') return { all, inContext: all.slice(0, 2) };
  // The quote with its context around it, found as one string: one linear search, not a comparison per occurrence.
  const inContext = findOccurrences(text, prefix + exact + suffix, 2).map((at) => at + prefix.length);
  return { all, inContext };
}

/**
 * Decides among verbatim occurrences alone, by scoring their contexts: one
 * wins if it is clearly the best place (see choosePlace) and its context
 * agrees (mean similarity ≥ contextMin), or, occurring only once, if it is
 * long enough to speak for itself.
 */
export function matchExact(text: string, selectors: TextSelectors, occurrences: ExactOccurrences, thresholds: ReanchorThresholds): MatchOutcome {
  const { exact } = selectors.quote;
  const candidates = occurrences.all
    .map((at) => measureCandidate(text, selectors, at, at + exact.length, 0))
    .sort((a, b) => b.score - a.score || a.start - b.start);
  if (candidates.length === 0) return { ok: false, reason: 'not_found' };
  const unique = candidates.length === 1;
  const winner = choosePlace(candidates, thresholds.margin);
  if (winner === null) return { ok: false, reason: exactShortcoming(candidates[0]!, unique, exact.length, thresholds) ?? 'ambiguous' };
  const reason = exactShortcoming(winner, unique, exact.length, thresholds);
  return reason === null ? { ok: true, candidate: winner, method: unique ? 'exact-unique' : 'exact-context' } : { ok: false, reason };
}

/** Why a verbatim occurrence is not good enough on its own merits, or null when it is. */
export function exactShortcoming(candidate: Candidate, unique: boolean, quoteLength: number, thresholds: ReanchorThresholds): OrphanReason | null {
  const context = contextScore(candidate.evidence);
  if (context === null || context >= thresholds.contextMin) return null;
  return unique && quoteLength >= thresholds.selfEvidentLength ? null : 'context_mismatch';
}
