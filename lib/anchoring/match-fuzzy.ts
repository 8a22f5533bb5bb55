// Step (c) of re-anchoring: the quote does not occur verbatim in its old
// context. Find approximate matches (verbatim ones elsewhere included), score
// each place by quote, context and position, refine the edges of the leaders,
// and accept the best only if it is close to the quote, sits between its old
// neighbours, and is clearly the one place that fits (see choosePlace).
import { tierSearch } from './approximate-matches';
import { choosePlace } from './choose-place';
import { exactShortcoming } from './match-exact';
import type { MatchOutcome, OrphanReason } from './match-outcome';
import { measureCandidate, type Candidate } from './measure-candidate';
import { REFINE_RADIUS, refineBoundaries } from './refine-boundaries';
import { type SearchBudget, SearchLimit } from './search-budget';
import { contextIntact, scoreCandidate, weakestContextSide } from './score-candidate';
import type { TextSelectors } from './selectors';
import type { ReanchorThresholds } from './thresholds';

/** Passes of the search at most; each is a pass over the whole text. */
const MAX_TIERS = 6;
/** Places whose edges are refined before the final ranking: the winner and the rivals that could overtake it. */
const REFINED_PLACES = 3;
/** Places ranked for the final choice; beyond a handful within the margin, no single one can be chosen anyway. */
const MAX_CONTENDERS = 8;

/**
 * `exactStarts`: where the quote occurs verbatim (found by indexOf); they are
 * the first tier, so the search starts with the approximate ones.
 *
 * The first pass allows as many edits as an accepted match may have (a
 * quarter of the quote): if nothing is that close, nothing can be accepted.
 * Each later pass looks for rivals, and allows only as many edits as a rival
 * could have and still come within the margin of the best place so far (with
 * perfect context) — up to half the quote while the best is weak, far fewer
 * once it is strong — or, while no acceptable place has been seen, no more
 * than an acceptable one. The search stops at the first place with its stored
 * context verbatim around it: later tiers have more edits to the quote and
 * cannot overtake it.
 */
export function matchFuzzy(text: string, selectors: TextSelectors, thresholds: ReanchorThresholds, exactStarts: readonly number[], budget: SearchBudget): MatchOutcome {
  try {
    return searchAndChoose(text, selectors, thresholds, exactStarts, budget);
  } catch (error) {
    // Over budget, or too many equally good places: an orphan a person re-attaches, never a guess.
    if (error instanceof SearchLimit) return { ok: false, reason: error.reason };
    throw error;
  }
}

function searchAndChoose(text: string, selectors: TextSelectors, thresholds: ReanchorThresholds, exactStarts: readonly number[], budget: SearchBudget): MatchOutcome {
  const { exact, prefix, suffix } = selectors.quote;
  const length = exact.length;
  const exactCount = exactStarts.length;
  const shortcoming = (candidate: Candidate) =>
    candidate.errors === 0 ? exactShortcoming(candidate, exactCount === 1, length, thresholds) : fuzzyShortcoming(candidate, thresholds);
  const refinedByPlace = new Map<string, Candidate>();
  const refine = (candidate: Candidate) => {
    if (candidate.errors === 0) return candidate;
    const key = `${candidate.start}:${candidate.end}:${candidate.errors}`;
    let refined = refinedByPlace.get(key);
    if (refined === undefined) {
      // Two banded tables of the quote's length (refine-boundaries.ts), charged like the search.
      budget.spend(2 * length * (2 * (REFINE_RADIUS + candidate.errors) + candidate.errors + 1));
      const edges = refineBoundaries(text, selectors.quote, candidate.start, candidate.end, candidate.errors);
      // How much of the quote survived is a property of the place: its best alignment, as the search
      // found it. Words the refined edges take in from the old context are not edits to the quote.
      refined = measureCandidate(text, selectors, edges.start, edges.end, Math.min(candidate.errors, edges.errors));
      refinedByPlace.set(key, refined);
    }
    return refined;
  };

  // A candidate with e edits scores at most ceiling − e · perEdit (perfect context, at the old offset).
  const ceiling = scoreCandidate({ quoteSimilarity: 1, prefixSimilarity: prefix ? 1 : null, suffixSimilarity: suffix ? 1 : null, positionScore: 1 });
  const perEdit = ceiling - scoreCandidate({ quoteSimilarity: 1 - 1 / length, prefixSimilarity: prefix ? 1 : null, suffixSimilarity: suffix ? 1 : null, positionScore: 1 });
  const searchCap = Math.min(thresholds.maxSearchErrors, Math.floor(length * thresholds.searchErrorRatio));
  const acceptableErrors = Math.min(searchCap, Math.floor(length * (1 - thresholds.fuzzyQuoteMin) + 1e-9));

  const verbatim = exactStarts.map((start) => ({ start, end: start + length, errors: 0 }));
  const next = tierSearch(text, exact, { budget, maxMatches: thresholds.maxApproximateMatches }, verbatim);
  const candidates: Candidate[] = [];
  let best: Candidate | null = null;
  let maxErrors = acceptableErrors;
  for (let tier = 0; tier < MAX_TIERS; tier++) {
    const matches = tier === 0 && verbatim.length > 0 ? verbatim : next(maxErrors);
    if (matches.length === 0) break;
    const measured = matches.map((match) => measureCandidate(text, selectors, match.start, match.end, match.errors));
    candidates.push(...measured);
    const leader = refine(measured.reduce((a, b) => (b.score > a.score ? b : a)));
    if (best === null || leader.score > best.score) best = leader;
    if (contextIntact(leader.evidence) || measured.some((candidate) => contextIntact(candidate.evidence))) break;
    const rivalErrors = Math.floor((ceiling - (best.score - thresholds.margin)) / perEdit + 1e-9);
    maxErrors = Math.min(searchCap, rivalErrors, shortcoming(best) === null ? searchCap : acceptableErrors);
    if (maxErrors < matches[0]!.errors) break; // later tiers have at least as many edits
  }
  if (candidates.length === 0) return { ok: false, reason: 'not_found' };

  // The search aligned the quote alone; place the leaders' edges with the context too.
  const leaders = distinctPlaces(candidates, REFINED_PLACES);
  const refined = leaders.map(refine);
  // A refined leader replaces every unrefined report of its place.
  const others = candidates.filter((candidate) => !leaders.some((leader) => samePlace(leader, candidate)));
  const places = distinctPlaces([...refined, ...others], MAX_CONTENDERS);

  const winner = choosePlace(places, thresholds.margin);
  if (winner === null) return { ok: false, reason: shortcoming(places[0]!) ?? 'ambiguous' };
  const reason = shortcoming(winner);
  if (reason !== null) return { ok: false, reason };
  const method = winner.errors > 0 ? 'fuzzy' : exactCount === 1 ? 'exact-unique' : 'exact-context';
  return { ok: true, candidate: winner, method };
}

/** Why an approximate match is not good enough on its own merits, or null when it is. */
function fuzzyShortcoming(candidate: Candidate, thresholds: ReanchorThresholds): OrphanReason | null {
  if (candidate.evidence.quoteSimilarity < thresholds.fuzzyQuoteMin) return 'too_different';
  const weakest = weakestContextSide(candidate.evidence);
  if (weakest !== null && weakest < thresholds.fuzzySideMin) {
    // A lost side costs 20/92 of the score, so the exception is judged on its own terms, not by fuzzyScoreMin.
    return nearVerbatimWithOneSide(candidate, thresholds) ? null : 'context_mismatch';
  }
  if (candidate.score < thresholds.fuzzyScoreMin) return 'weak_match';
  return null;
}

function nearVerbatimWithOneSide(candidate: Candidate, thresholds: ReanchorThresholds): boolean {
  const { quoteSimilarity, prefixSimilarity, suffixSimilarity } = candidate.evidence;
  const strongest = Math.max(prefixSimilarity ?? 0, suffixSimilarity ?? 0);
  return quoteSimilarity >= thresholds.fuzzyOneSideQuoteMin && strongest >= thresholds.fuzzyOneSideContextMin;
}

/**
 * The best candidate of each of the `limit` best places, best first. The
 * search reports one place several times (neighbouring ends, a start one
 * further along); candidates overlapping by at least half the shorter one are
 * the same place.
 */
function distinctPlaces(candidates: Candidate[], limit: number): Candidate[] {
  const sorted = [...candidates].sort((a, b) => b.score - a.score || a.start - b.start);
  const places: Candidate[] = [];
  for (const candidate of sorted) {
    if (places.length >= limit) break;
    if (!places.some((place) => samePlace(place, candidate))) places.push(candidate);
  }
  return places;
}

function samePlace(a: Candidate, b: Candidate): boolean {
  const overlap = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  return overlap > 0 && overlap * 2 >= Math.min(a.end - a.start, b.end - b.start);
}
