// Places the edges of an approximate match precisely. The search aligns the
// quote alone, so where an edit touches an edge (a character deleted at the
// end, words inserted just before the closing full stop) several start or end
// offsets cost the quote about the same. The stored context decides: each
// edge goes where the quote and the context together need the fewest edits,
// i.e. where the prefix stops and the suffix begins.
import { costsEndingAt, costsFromAnchor, costsStartingAt, costsToAnchor } from './edit-distance';
import { CONTEXT_LENGTH, type TextQuoteSelector } from './selectors';
import { splitsSurrogatePair } from './utf16';

/**
 * How far (code units) an edge may move beyond the search's own slack: the
 * length of the stored context. The search's alignment may itself be off by
 * up to its edit count (in repetitive text an alignment that runs on past a
 * deleted sentence can cost no more than the true one), so the radius used is
 * REFINE_RADIUS + errors.
 */
export const REFINE_RADIUS = CONTEXT_LENGTH;

/**
 * Refines [start, end) of a match of `quote.exact` that the search found with
 * `errors` edits. The start goes where edits(quote, text[start′, end)) +
 * edits(prefix ending at start′) is least, within ±(REFINE_RADIUS + errors);
 * then the end likewise with the suffix (ties: see `cheapest`). So, by
 * design: words inserted inside the quote are inside the new span; words
 * added at an edge, which cost the same counted against the quote or against
 * the context, are inside it too when the old neighbour resumes verbatim
 * right after them, and otherwise stay where the search put the edge. This
 * applies to approximate matches only: a quote that still occurs verbatim is
 * re-anchored to exactly that text. Returns the edit count of the new span.
 */
export function refineBoundaries(
  text: string,
  quote: TextQuoteSelector,
  start: number,
  end: number,
  errors: number,
): { start: number; end: number; errors: number } {
  const { exact, prefix, suffix } = quote;
  const radius = REFINE_RADIUS + errors;
  // The search's alignment strays at most `errors` from the diagonal; an edge may move `radius` more.
  const band = errors + radius + 1;

  // Start: the quote runs from start′ to the (fixed) end; the prefix must end at start′.
  const startFrom = Math.max(0, start - radius);
  const startTo = Math.max(startFrom, Math.min(end - 1, start + radius));
  const quoteToEnd = costsToAnchor(exact, text, end, end - startFrom, band);
  const prefixCosts = costsEndingAt(prefix, text, startFrom, startTo);
  const newStart = cheapest(text, startFrom, startTo, start, (offset) => quoteToEnd[end - offset]!, (offset) => prefixCosts[offset - startFrom]!);

  // End: the quote runs from the refined start to end′; the suffix must start at end′.
  const endFrom = Math.min(text.length, Math.max(newStart + 1, end - radius));
  const endTo = Math.max(endFrom, Math.min(text.length, end + radius));
  const quoteFromStart = costsFromAnchor(exact, text, newStart, endTo - newStart, band);
  const suffixCosts = costsStartingAt(suffix, text, endFrom, endTo);
  const newEnd = cheapest(text, endFrom, endTo, end, (offset) => quoteFromStart[offset - newStart]!, (offset) => suffixCosts[offset - endFrom]!);

  return { start: newStart, end: newEnd, errors: quoteFromStart[newEnd - newStart]! };
}

/**
 * The offset in [from, to] where quote and context together need the fewest
 * edits. Ties are common: where the text next to an edge could belong to
 * either, each character moved costs the quote one edit and saves the context
 * one. A tie goes to an offset where the stored context side resumes
 * verbatim, if there is one: 32 characters matching exactly is the strongest
 * sign of where the old neighbour begins. Otherwise it goes to the offset
 * nearest `preferred`, where the search put the edge: preferring merely
 * better-fitting context would let a span shrink to a stub when the context
 * happens to resemble the quote (a deleted sentence followed by its
 * look-alike). Never inside a surrogate pair.
 */
function cheapest(text: string, from: number, to: number, preferred: number, quoteCost: (offset: number) => number, contextCost: (offset: number) => number): number {
  let best = preferred;
  let bestTotal = Number.POSITIVE_INFINITY;
  let bestVerbatim = false;
  for (let offset = from; offset <= to; offset++) {
    if (splitsSurrogatePair(text, offset)) continue;
    const context = contextCost(offset);
    const total = quoteCost(offset) + context;
    const verbatim = context === 0;
    const better =
      total < bestTotal ||
      (total === bestTotal && ((verbatim && !bestVerbatim) || (verbatim === bestVerbatim && Math.abs(offset - preferred) < Math.abs(best - preferred))));
    if (better) {
      best = offset;
      bestTotal = total;
      bestVerbatim = verbatim;
    }
  }
  return best;
}
