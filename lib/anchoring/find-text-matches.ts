// Search within an article: where a reader's query occurs in the canonical
// text, case-insensitively, as spans a thin adapter draws (the editor's
// decorations, components/editor). Offsets are the text's UTF-16 offsets, so
// folding case must not change lengths: each code unit is lower-cased on its
// own and kept as it is where lower-casing would change its length (İ → i̇).
// The work is bounded: a query longer than SEARCH_QUERY_MAX finds nothing, and
// at most SEARCH_MATCH_LIMIT matches are returned (findOccurrences is linear in
// text + query whatever the two are).
import { findOccurrences } from './find-occurrences';

/** Longer queries are not searched: nobody types a page into a find box, and the folded copy stays cheap. */
export const SEARCH_QUERY_MAX = 200;
/** Enough for any real search ("the" in a long article); beyond it the count reads "1,000+". */
export const SEARCH_MATCH_LIMIT = 1000;

export type TextMatch = { start: number; end: number };
export type TextMatches = { matches: TextMatch[]; truncated: boolean };

/** `value` lower-cased code unit by code unit, with its length unchanged. */
export function foldCase(value: string): string {
  let folded = '';
  for (let i = 0; i < value.length; i++) {
    const unit = value[i]!;
    const lower = unit.toLowerCase();
    folded += lower.length === 1 ? lower : unit;
  }
  return folded;
}

/**
 * The non-overlapping occurrences of `query` in `text`, ignoring case, in text order (at most `limit`).
 * A query that is empty, only whitespace or longer than SEARCH_QUERY_MAX finds nothing.
 */
export function findTextMatches(text: string, query: string, limit = SEARCH_MATCH_LIMIT): TextMatches {
  if (query.trim() === '' || query.length > SEARCH_QUERY_MAX) return { matches: [], truncated: false };
  const needle = foldCase(query);
  const matches: TextMatch[] = [];
  let truncated = false;
  // Overlapping occurrences are at least one period apart, so limit × length bounds what we need to see.
  for (const start of findOccurrences(foldCase(text), needle, (limit + 1) * needle.length)) {
    const last = matches.at(-1);
    if (last && start < last.end) continue;
    if (matches.length === limit) {
      truncated = true;
      break;
    }
    matches.push({ start, end: start + needle.length });
  }
  return { matches, truncated };
}

/** The match to move to from `current` by `step` (+1 next, −1 previous), wrapping round; null when there are none. */
export function stepMatch(count: number, current: number | null, step: 1 | -1): number | null {
  if (count === 0) return null;
  if (current === null) return step === 1 ? 0 : count - 1;
  return (((current + step) % count) + count) % count;
}

/** The first match at or after `offset` (wrapping to the first), so a changed query keeps the reader's place. */
export function matchAtOrAfter(matches: readonly TextMatch[], offset: number): number | null {
  if (matches.length === 0) return null;
  const index = matches.findIndex((match) => match.start >= offset);
  return index === -1 ? 0 : index;
}

/** A stretch [start, end) of the text, and which match (by index) it lies in, or null outside every match. */
export type MatchCut = { start: number; end: number; match: number | null };

/**
 * The stretch [start, end) cut at the edges of the matches (sorted, non-overlapping, as findTextMatches
 * gives them), for a renderer that draws text in pieces; a binary search finds the first match concerned.
 */
export function cutAtMatches(start: number, end: number, matches: readonly TextMatch[]): MatchCut[] {
  let low = 0;
  let high = matches.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (matches[middle]!.end <= start) low = middle + 1;
    else high = middle;
  }
  const cuts: MatchCut[] = [];
  let cursor = start;
  for (let index = low; index < matches.length && matches[index]!.start < end; index += 1) {
    const from = Math.max(matches[index]!.start, cursor);
    const to = Math.min(matches[index]!.end, end);
    if (from > cursor) cuts.push({ start: cursor, end: from, match: null });
    cuts.push({ start: from, end: to, match: index });
    cursor = to;
  }
  if (cursor < end || cuts.length === 0) cuts.push({ start: cursor, end, match: null });
  return cuts;
}
