// Re-anchors one annotation to a revised text: finds where its quote now is,
// or says it cannot be found with confidence. Modelled on Hypothesis's
// text-quote anchoring, with one difference of intent: Hypothesis always
// returns its best guess; a fact-checking desk needs the opposite, since an
// annotation on the wrong sentence is worse than an orphan a person re-attaches.
//
// (a) Position: the quote is still at its old offsets and the context there
//     agrees (mean similarity ≥ contextMin) → 'anchored'.
// (b) Exact: the quote occurs verbatim with its stored context verbatim
//     around it → taken if there is one such place, orphaned as ambiguous if
//     there are several. (Taking an occurrence with only one side verbatim
//     would save the search below for most annotations near an edit, but
//     lets a repeated stock phrase beat the edited quote in its old place.)
// (c) Otherwise every verbatim occurrence and every approximate match
//     (approx-string-match) is scored by quote, context and position; the best
//     is taken only if it is clearly the one place that fits and is good
//     enough on its own: a verbatim quote needs agreeing context (or length,
//     if it occurs once); an edited quote needs three-quarters of it intact
//     and both context sides agreeing. Quotes under 12 characters are never
//     matched approximately. Anything else → 'orphaned', never a look-alike.
//
// Bounded work: (a) and (b) are linear in the text for each annotation (see
// find-occurrences.ts); (c) scores at most maxVerbatimPlaces verbatim copies
// and charges its approximate search to a budget shared by the revision, so a
// revision of a long, repetitive text with many long quotes orphans what it
// cannot afford ('too_costly') rather than blocking the server.
//
// 'anchored' means exactly "same offsets, same text"; any other accepted
// place, including the old offsets with edited text, is 'reanchored'.
import { findExactOccurrences, matchExact } from './match-exact';
import { matchFuzzy } from './match-fuzzy';
import type { MatchOutcome, OrphanReason, ReanchorMethod } from './match-outcome';
import { measureCandidate } from './measure-candidate';
import { SearchBudget } from './search-budget';
import { contextScore } from './score-candidate';
import type { TextSelectors } from './selectors';
import { DEFAULT_THRESHOLDS, type ReanchorThresholds } from './thresholds';

export type { OrphanReason, ReanchorMethod } from './match-outcome';

export type ReanchorResult =
  | { state: 'anchored'; start: number; end: number }
  | { state: 'reanchored'; start: number; end: number; score: number; method: ReanchorMethod }
  | { state: 'orphaned'; reason: OrphanReason };

export type ReanchorOptions = Partial<ReanchorThresholds>;

/** `budget`: the approximate-matching work left to the revision (reanchorAll shares one among all its annotations). */
export function reanchor(selectors: TextSelectors, newText: string, options: ReanchorOptions = {}, budget?: SearchBudget): ReanchorResult {
  const thresholds: ReanchorThresholds = { ...DEFAULT_THRESHOLDS, ...options };
  const { exact } = selectors.quote;
  if (exact.length === 0) return { state: 'orphaned', reason: 'empty_quote' };

  // (a) Most annotations sit before the first edit or in untouched text.
  const { start, end } = selectors.position;
  if (start >= 0 && end === start + exact.length && newText.startsWith(exact, start)) {
    const context = contextScore(measureCandidate(newText, selectors, start, end, 0).evidence);
    if (context === null || context >= thresholds.contextMin) return { state: 'anchored', start, end };
  }

  // (b) Most of the rest moved with the text around them.
  const occurrences = findExactOccurrences(newText, selectors, thresholds.maxVerbatimPlaces + 1);
  if (occurrences.inContext.length > 1) return { state: 'orphaned', reason: 'ambiguous' };
  if (occurrences.inContext.length === 1) {
    const at = occurrences.inContext[0]!;
    const candidate = measureCandidate(newText, selectors, at, at + exact.length, 0);
    return accepted({ ok: true, candidate, method: occurrences.all.length === 1 ? 'exact-unique' : 'exact-context' }, selectors);
  }

  // (c)
  if (occurrences.all.length > thresholds.maxVerbatimPlaces) return { state: 'orphaned', reason: 'ambiguous' };
  const outcome =
    exact.length < thresholds.fuzzyMinQuoteLength
      ? matchExact(newText, selectors, occurrences, thresholds)
      : matchFuzzy(newText, selectors, thresholds, occurrences.all, budget ?? new SearchBudget(thresholds.revisionSearchBudget));
  return outcome.ok ? accepted(outcome, selectors) : { state: 'orphaned', reason: outcome.reason };
}

function accepted(outcome: Extract<MatchOutcome, { ok: true }>, selectors: TextSelectors): ReanchorResult {
  const { candidate, method } = outcome;
  if (candidate.errors === 0 && candidate.start === selectors.position.start && candidate.end === selectors.position.end) {
    return { state: 'anchored', start: candidate.start, end: candidate.end };
  }
  return { state: 'reanchored', start: candidate.start, end: candidate.end, score: candidate.score, method };
}
