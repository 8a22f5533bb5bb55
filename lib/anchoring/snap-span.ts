// From what a reader selected to the span an annotation should cover. A mouse
// drag rarely starts and ends exactly on a word: it catches the space before a
// word, the newline after a paragraph, or half of a word. Contract of snapSpan:
// - leading and trailing whitespace (any Unicode White_Space, and U+200B) is
//   dropped; a selection of nothing but whitespace gives null;
// - with `words` on, a boundary that falls inside a word moves outward to the
//   word's edge (Intl.Segmenter, granularity 'word', so Cyrillic, CJK, Thai, …
//   follow their language's word boundaries; `locale` picks the language, by
//   default the root locale). A boundary that falls inside any other segment
//   (an emoji sequence, a letter with its combining marks) moves outward too.
//   Punctuation the reader selected stays; punctuation they did not is never
//   added (it is a segment of its own, so no boundary is ever inside it);
// - with `words` off, the selection is kept as it is, whitespace aside;
// - in every case a boundary never splits a grapheme cluster (Intl.Segmenter,
//   granularity 'grapheme': a letter with its combining marks or harakat, an
//   emoji ZWJ sequence, a flag, a skin tone): it moves outward to take the
//   whole cluster; without a segmenter, it never splits a surrogate pair.
// Segmenting looks at a small window around each boundary (segment-at.ts),
// never the whole text, so the work per call is bounded.
// Pure: text in, offsets out. Offsets are UTF-16 code units, as everywhere.
import { segmentAt, segmenterFor } from './segment-at';
import { splitsSurrogatePair } from './utf16';

export type Span = { start: number; end: number };
export type SnapOptions = { words: boolean; locale?: string };

const SPACE = /[\s\u200B]/;

/** The span without whitespace at either end, or null when nothing else is in it. */
export function trimSpan(text: string, span: Span): Span | null {
  let { start, end } = span;
  while (start < end && SPACE.test(text[start]!)) start += 1;
  while (end > start && SPACE.test(text[end - 1]!)) end -= 1;
  return start < end ? { start, end } : null;
}

/**
 * Without Intl.Segmenter (older browsers): a word is a run of letters, digits
 * and combining marks, by Unicode property. Coarser than the segmenter (no CJK
 * word splitting) but never wrong for spaced scripts.
 */
const WORD_CHARACTER = /^[\p{L}\p{N}\p{M}]$/u;

/** The whole character (one or two code units) that ends at `offset`. */
function characterBefore(text: string, offset: number): string {
  return text.slice(splitsSurrogatePair(text, offset - 1) ? offset - 2 : offset - 1, offset);
}

/** The whole character (one or two code units) that starts at `offset`. */
function characterAt(text: string, offset: number): string {
  return String.fromCodePoint(text.codePointAt(offset)!);
}

export function snapToWordsByCharacterClass(text: string, span: Span): Span {
  let { start, end } = span;
  const inWordAt = (offset: number) => offset > 0 && offset < text.length && WORD_CHARACTER.test(characterBefore(text, offset)) && WORD_CHARACTER.test(characterAt(text, offset));
  while (inWordAt(start)) start -= characterBefore(text, start).length;
  while (inWordAt(end)) end += characterAt(text, end).length;
  return { start, end };
}

/** Moves each boundary that lies inside a segment out to the segment's edge (see the module's contract). */
export function snapToWords(text: string, span: Span, locale = 'und'): Span {
  const segmenter = segmenterFor('word', locale);
  if (!segmenter) return snapToWordsByCharacterClass(text, span);
  let { start, end } = span;
  if (start > 0 && start < text.length) {
    const segment = segmentAt(segmenter, text, start);
    // A segment that begins with whitespace (a space carrying a stray combining mark) would bring the space back.
    if (segment.start < start && !SPACE.test(segment.text[0]!)) start = segment.start;
  }
  if (end > 0 && end < text.length) {
    const segment = segmentAt(segmenter, text, end - 1);
    if (segment.end > end) end = segment.end;
  }
  return { start, end };
}

/** Whole characters only: a boundary between the halves of a surrogate pair moves outward. */
export function keepCharactersWhole(text: string, span: Span): Span {
  return {
    start: splitsSurrogatePair(text, span.start) ? span.start - 1 : span.start,
    end: splitsSurrogatePair(text, span.end) ? span.end + 1 : span.end,
  };
}

/**
 * Whole grapheme clusters only (what a reader sees as one character: a letter
 * with its marks, an emoji sequence, a flag): a boundary inside one moves
 * outward, except a start inside a cluster that begins with whitespace (a
 * space carrying a stray mark), which moves forward past it so the span still
 * starts on a visible character. Without Intl.Segmenter, surrogate pairs only.
 */
export function keepGraphemesWhole(text: string, span: Span): Span {
  const segmenter = segmenterFor('grapheme');
  if (!segmenter) return keepCharactersWhole(text, span);
  let { start, end } = span;
  if (start > 0 && start < text.length) {
    const cluster = segmentAt(segmenter, text, start);
    if (cluster.start < start) start = SPACE.test(cluster.text[0]!) ? cluster.end : cluster.start;
  }
  if (end > 0 && end < text.length) {
    const cluster = segmentAt(segmenter, text, end - 1);
    if (cluster.end > end) end = cluster.end;
  }
  return { start, end: Math.max(start, end) };
}

/** The span to annotate for a selection of `span` in `text`, or null when it holds nothing but whitespace. */
export function snapSpan(text: string, span: Span, options: SnapOptions): Span | null {
  const start = Math.max(0, Math.min(span.start, text.length));
  const end = Math.max(start, Math.min(span.end, text.length));
  const trimmed = trimSpan(text, { start, end });
  if (!trimmed) return null;
  const snapped = keepGraphemesWhole(text, options.words ? snapToWords(text, trimmed, options.locale) : trimmed);
  return snapped.start < snapped.end ? snapped : null;
}
