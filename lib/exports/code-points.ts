// Conversion between the UTF-16 offsets the system stores and the code-point
// offsets the W3C Web Annotation Data Model requires ("The selection of the
// text MUST be in terms of unicode code points … not in terms of code
// units"). They differ after every astral character (most emoji, 𝔘 and
// friends), so an exported TextPositionSelector would drift by one per emoji
// before the span if we sent our offsets as they are.
//
// Built once per text and answered by binary search, so a page of annotations
// on a long article costs one scan of the article.
import { isHighSurrogate, isLowSurrogate } from '../anchoring/utf16';

export type CodePointIndex = {
  /** Length of the text in code points. */
  readonly length: number;
  /** Code-point offset of a UTF-16 offset; an offset inside a surrogate pair counts the whole pair as passed. */
  toCodePoint(utf16Offset: number): number;
  /** UTF-16 offset of a code-point offset, or null beyond the end of the text. */
  toUtf16(codePointOffset: number): number | null;
};

/** How many entries of a sorted array are below `limit`. */
function countBelow(sorted: readonly number[], limit: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle]! < limit) low = middle + 1;
    else high = middle;
  }
  return low;
}

// Most articles have no astral character at all: one native scan says so, and offsets are then the same in both units.
const SURROGATE = /[\uD800-\uDFFF]/;

export function indexCodePoints(text: string): CodePointIndex {
  if (!SURROGATE.test(text)) {
    const length = text.length;
    return { length, toCodePoint: (utf16Offset) => utf16Offset, toUtf16: (codePointOffset) => (codePointOffset > length ? null : codePointOffset) };
  }
  // UTF-16 start of every surrogate pair, and the code-point offset of the same character.
  const pairStarts: number[] = [];
  const pairCodePoints: number[] = [];
  for (let at = 0; at < text.length - 1; at += 1) {
    if (isHighSurrogate(text.charCodeAt(at)) && isLowSurrogate(text.charCodeAt(at + 1))) {
      pairCodePoints.push(at - pairStarts.length);
      pairStarts.push(at);
      at += 1;
    }
  }
  const length = text.length - pairStarts.length;
  return {
    length,
    // Each pair wholly before the offset (start + 2 <= offset) takes two code units for one code point.
    toCodePoint: (utf16Offset) => utf16Offset - countBelow(pairStarts, utf16Offset - 1),
    toUtf16: (codePointOffset) => (codePointOffset > length ? null : codePointOffset + countBelow(pairCodePoints, codePointOffset)),
  };
}

/** `text` between two code-point offsets. */
export function sliceCodePoints(text: string, start: number, end: number): string {
  const index = indexCodePoints(text);
  const from = index.toUtf16(start);
  const to = index.toUtf16(end);
  return from === null || to === null ? '' : text.slice(from, to);
}
