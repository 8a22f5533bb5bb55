// The W3C text selectors an annotation stores, how to describe a span of the
// canonical text with them, and the check the server runs before accepting a
// span from a client. Offsets are UTF-16 code units (JS string indices).
import { splitsGraphemeCluster, splitsSurrogatePair } from './utf16';

/** W3C TextPositionSelector: [start, end) in the text of the revision the annotation was made on. */
export type TextPositionSelector = { start: number; end: number };

/** W3C TextQuoteSelector: the quoted text and up to `CONTEXT_LENGTH` code units either side of it. */
export type TextQuoteSelector = { exact: string; prefix: string; suffix: string };

/** Both selectors: the position is the fast path, the quote is what survives edits. */
export type TextSelectors = { position: TextPositionSelector; quote: TextQuoteSelector };

/** Context stored either side of a quote. Enough to tell repeated phrases apart, small enough to store per annotation. */
export const CONTEXT_LENGTH = 32;

export type SpanProblem = 'empty' | 'out_of_range' | 'quote_mismatch' | 'splits_surrogate_pair' | 'splits_character';

export type SpanValidation = { ok: true } | { ok: false; reason: SpanProblem; message: string };

/**
 * Checks a span a client sent against the text it claims to be from. The
 * messages are for the person who made the selection: what went wrong and
 * what to do about it. A span from a person (`wholeCharacters`, the default)
 * must also keep each character whole: a letter with its marks, an emoji
 * sequence, a flag (utf16.ts says which rules, and why only those). The
 * client snaps selections to grapheme clusters, so only a forged or buggy
 * request meets this; a span the server itself computed (re-anchoring, a
 * sentence split) is checked with `wholeCharacters: false`.
 */
export function validateSpan(text: string, span: { start: number; end: number; exact: string }, options: { wholeCharacters?: boolean } = {}): SpanValidation {
  const { start, end, exact } = span;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || start > text.length || end < 0) {
    return {
      ok: false,
      reason: 'out_of_range',
      message: `The selection (${start}–${end}) lies outside the article text, which is ${text.length} characters long. The article may have changed since you opened it: reload it and select the passage again.`,
    };
  }
  if (start >= end) {
    return { ok: false, reason: 'empty', message: 'The selection is empty. Select at least one character of the article.' };
  }
  if (text.slice(start, end) !== exact) {
    return {
      ok: false,
      reason: 'quote_mismatch',
      message: 'The selected text does not match the article at that position. The article may have changed since you opened it: reload it and select the passage again.',
    };
  }
  if (splitsSurrogatePair(text, start) || splitsSurrogatePair(text, end)) {
    return {
      ok: false,
      reason: 'splits_surrogate_pair',
      message: 'The selection starts or ends in the middle of a character (such as an emoji). Extend it to cover the whole character.',
    };
  }
  if (options.wholeCharacters !== false && (splitsGraphemeCluster(text, start) || splitsGraphemeCluster(text, end))) {
    return {
      ok: false,
      reason: 'splits_character',
      message: 'The selection starts or ends in the middle of a character (a letter and its accent or vowel marks, or an emoji sequence). Extend it to cover the whole character.',
    };
  }
  return { ok: true };
}

/**
 * The selectors for [start, end) of `text`. The context is up to
 * `contextLength` code units each side; it is one shorter where the full
 * length would cut a surrogate pair in half, so the stored context is always
 * well-formed text. Throws a RangeError for a span `validateSpan` would refuse.
 */
export function describeSpan(text: string, start: number, end: number, contextLength = CONTEXT_LENGTH): TextSelectors {
  const exact = text.slice(start, end);
  const validation = validateSpan(text, { start, end, exact }, { wholeCharacters: false });
  if (!validation.ok) throw new RangeError(validation.message);
  let prefixStart = Math.max(0, start - contextLength);
  if (splitsSurrogatePair(text, prefixStart)) prefixStart += 1;
  let suffixEnd = Math.min(text.length, end + contextLength);
  if (splitsSurrogatePair(text, suffixEnd)) suffixEnd -= 1;
  return {
    position: { start, end },
    quote: { exact, prefix: text.slice(prefixStart, start), suffix: text.slice(end, suffixEnd) },
  };
}
