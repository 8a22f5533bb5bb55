// Approximate occurrences of a quote in a text, in tiers of increasing edit
// count, using Myers' bit-parallel algorithm (myers-search.ts: approx-string-match,
// the library Hypothesis uses, with its work bounded). The library only reports the matches with the fewest
// errors; to see the runner-up elsewhere in the text, which is what decides
// whether the best match is trustworthy, each tier's regions are masked out
// before the next search.
//
// A pass of the library over a long text is the dominant cost of
// re-anchoring, so when few errors are allowed the text is filtered first
// (the pigeonhole principle: cut the quote into errors + 1 pieces, and any
// match with at most that many errors contains one of them verbatim) and only
// the windows around verbatim pieces are searched. The answer is the same.
import { type ApproximateMatch, searchApproximately } from './myers-search';
import { type SearchBudget, SearchLimit } from './search-budget';

export type { ApproximateMatch } from './myers-search';

/** What bounds a search: the work it may spend, and how many equally good matches it may report (SearchLimit beyond either). */
export type SearchLimits = { budget: SearchBudget; maxMatches: number };

/**
 * Stands in for text already reported. The canonical text never contains NUL
 * (import strips C0 controls) and a quote is a piece of a canonical text, so a
 * masked code unit can never match a quote character.
 */
const MASK = '\u0000';

/** Shorter pieces occur too often in prose to filter anything out. */
const MIN_PIECE_LENGTH = 8;

/**
 * Returns a function that yields the next tier on each call: every match with
 * the fewest errors (≤ maxErrors) in the text not yet reported, or [] when
 * there is none. Several matches of one tier may describe the same place
 * (neighbouring start or end offsets). `alreadyReported` are matches the
 * caller found another way (verbatim occurrences, by indexOf): they count as
 * reported, so no pass is spent finding them again. An unfiltered call is a
 * full pass costing O(maxErrors / 32 × text length), so the caller passes the
 * smallest bound that can still matter.
 */
export function tierSearch(text: string, quote: string, limits: SearchLimits, alreadyReported: readonly ApproximateMatch[] = []): (maxErrors: number) => ApproximateMatch[] {
  let haystack = alreadyReported.length > 0 ? mask(text, alreadyReported) : text;
  return (maxErrors) => {
    if (quote.length === 0 || haystack.length === 0 || maxErrors < 0) return [];
    const matches = fewestErrorMatches(haystack, quote, maxErrors, limits);
    if (matches.length > 0) haystack = mask(haystack, matches);
    return matches;
  };
}

/** What approx-string-match would return for the whole text, found more cheaply where possible. */
export function fewestErrorMatches(text: string, quote: string, maxErrors: number, limits: SearchLimits): ApproximateMatch[] {
  // Most re-anchored quotes have a few edits: try a bound whose pieces are long enough to filter with.
  // Matches found within it are the fewest-error ones for any larger bound too.
  const quick = Math.min(maxErrors, Math.floor(quote.length / MIN_PIECE_LENGTH) - 1);
  if (quick >= 0) {
    const found = filteredSearch(text, quote, quick, limits);
    if (found !== null && (found.length > 0 || quick === maxErrors)) return found;
  }
  return filteredSearch(text, quote, maxErrors, limits) ?? searchApproximately(text, quote, maxErrors, limits.maxMatches, limits.budget);
}

/** The library's search run only in windows around verbatim pieces of the quote; null when the filter would not save work. */
function filteredSearch(text: string, quote: string, maxErrors: number, limits: SearchLimits): ApproximateMatch[] | null {
  const pieceLength = Math.floor(quote.length / (maxErrors + 1));
  if (pieceLength < MIN_PIECE_LENGTH) return null;
  const windows: [number, number][] = [];
  const windowLength = quote.length + 2 * maxErrors;
  for (let piece = 0; piece <= maxErrors; piece++) {
    const offset = piece * pieceLength;
    const needle = quote.slice(offset, offset + pieceLength);
    for (let hit = text.indexOf(needle); hit !== -1; hit = text.indexOf(needle, hit + 1)) {
      // A match containing this piece starts within maxErrors of hit − offset and is at most maxErrors longer than the quote.
      windows.push([Math.max(0, hit - offset - maxErrors), Math.min(text.length, hit - offset + quote.length + maxErrors)]);
      // Windows overlap, but past this many the filter will not pay off: give up before collecting them all.
      if (windows.length * windowLength > 2 * text.length) return null;
    }
  }
  windows.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  let covered = 0;
  for (const [from, to] of windows) {
    const last = merged[merged.length - 1];
    if (last !== undefined && from <= last[1]) {
      covered += Math.max(0, to - last[1]);
      last[1] = Math.max(last[1], to);
    } else {
      merged.push([from, to]);
      covered += to - from;
    }
  }
  if (covered * 2 > text.length) return null;
  let fewest = Number.POSITIVE_INFINITY;
  let matches: ApproximateMatch[] = [];
  for (const [from, to] of merged) {
    for (const match of searchApproximately(text.slice(from, to), quote, maxErrors, limits.maxMatches, limits.budget)) {
      if (match.errors > fewest) continue;
      if (match.errors < fewest) {
        fewest = match.errors;
        matches = [];
      }
      matches.push({ start: match.start + from, end: match.end + from, errors: match.errors });
    }
  }
  if (matches.length > limits.maxMatches) throw new SearchLimit('ambiguous');
  return matches;
}

function mask(text: string, matches: readonly ApproximateMatch[]): string {
  const sorted = [...matches].sort((a, b) => a.start - b.start);
  const pieces: string[] = [];
  let at = 0;
  for (const match of sorted) {
    const from = Math.max(at, match.start);
    if (match.end <= from) continue;
    pieces.push(text.slice(at, from), MASK.repeat(match.end - from));
    at = match.end;
  }
  pieces.push(text.slice(at));
  return pieces.join('');
}
