// The segment (grapheme cluster or word) that holds one offset of a long text,
// found by segmenting a small window around it rather than the whole text or
// paragraph: a selection is snapped on every mouse move, and an article's
// paragraph can be thousands of characters of unspaced Chinese.
//
// Contract: the window starts and ends where every Unicode segmentation rule
// (UAX #29 grapheme and word rules, and ICU's dictionary breaking for CJK and
// Thai) restarts from nothing, so the segment found in the window is the one
// the whole text has:
// - it starts at the beginning of the text or of a line, or right after a
//   whitespace character or an ideographic full stop or comma, and not before
//   a combining mark, joiner or more whitespace (those would attach backwards);
// - it ends at the end of the text or before a whitespace character.
// No such place within MAX_WINDOW code units of the offset (a paragraph of
// unspaced text longer than that) → the window is cut there, on whole
// characters; segments near that far edge could then differ, which only moves
// a snapped boundary by a word inside such a run.
import { splitsSurrogatePair } from './utf16';

export type Segment = { start: number; end: number; text: string };
export type Granularity = 'grapheme' | 'word';

/** How far the window reaches from the offset at least, and at most (code units). */
const MIN_REACH = 32;
const MAX_WINDOW = 1024;

const WHITESPACE = /\s/;
/** Full stops and commas of CJK text that no word or grapheme rule joins across (U+FF0C is MidNum in UAX #29, so it is left out). */
const CJK_PUNCTUATION = /[\u3001\u3002\u300c-\u300f\uff01\uff1f]/;
/** Characters that attach to what precedes them (combining marks, joiners, variation selectors, format characters, emoji skin tones). */
const ATTACHES_BACKWARDS = /[\p{M}\p{Cf}\s\u{1F3FB}-\u{1F3FF}]/u;

const segmenters = new Map<string, Intl.Segmenter | null>();

/** A cached segmenter, or null where the runtime has none (older browsers) or does not know the locale. */
export function segmenterFor(granularity: Granularity, locale = 'und'): Intl.Segmenter | null {
  const key = `${granularity}:${locale}`;
  if (segmenters.has(key)) return segmenters.get(key)!;
  let segmenter: Intl.Segmenter | null = null;
  if (typeof Intl !== 'undefined' && typeof Intl.Segmenter === 'function') {
    try {
      segmenter = new Intl.Segmenter(locale, { granularity });
    } catch {
      segmenter = new Intl.Segmenter('und', { granularity }); // a malformed tag: the root rules still beat none
    }
  }
  segmenters.set(key, segmenter);
  return segmenter;
}

function isSafeStart(text: string, at: number): boolean {
  if (at <= 0) return true;
  const before = text[at - 1]!;
  if (before === '\n') return true;
  if (!WHITESPACE.test(before) && !CJK_PUNCTUATION.test(before)) return false;
  return !ATTACHES_BACKWARDS.test(String.fromCodePoint(text.codePointAt(at)!));
}

function isSafeEnd(text: string, at: number): boolean {
  return at >= text.length || WHITESPACE.test(text[at]!);
}

/** The window [start, end) around `offset` (see the module's contract). */
export function windowAround(text: string, offset: number): { start: number; end: number } {
  let start = Math.max(0, offset - MIN_REACH);
  const lowest = Math.max(0, offset - MAX_WINDOW);
  while (start > lowest && !isSafeStart(text, start)) start -= 1;
  if (splitsSurrogatePair(text, start)) start -= 1;
  let end = Math.min(text.length, offset + 1 + MIN_REACH);
  const highest = Math.min(text.length, offset + MAX_WINDOW);
  while (end < highest && !isSafeEnd(text, end)) end += 1;
  if (splitsSurrogatePair(text, end)) end += 1;
  return { start, end };
}

/** The segment holding the code unit at `offset` (0 ≤ offset < text.length), in offsets of `text`. */
export function segmentAt(segmenter: Intl.Segmenter, text: string, offset: number): Segment {
  const window = windowAround(text, offset);
  const found = segmenter.segment(text.slice(window.start, window.end)).containing(offset - window.start);
  if (!found) return { start: offset, end: offset + 1, text: text[offset]! };
  const start = window.start + found.index;
  return { start, end: start + found.segment.length, text: found.segment };
}
