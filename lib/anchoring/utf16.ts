// UTF-16 helpers: every offset in the text model is a JS string index, and a
// span or a context edge must never fall between the two halves of a
// surrogate pair (an emoji, a rare CJK character), or the piece it cuts off
// is a lone surrogate that renders as garbage and never matches again.

export function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

export function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** True when `offset` lies between the high and low halves of a surrogate pair in `text`. */
export function splitsSurrogatePair(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return false;
  return isHighSurrogate(text.charCodeAt(offset - 1)) && isLowSurrogate(text.charCodeAt(offset));
}

/**
 * Characters that always join the character before them into one grapheme
 * cluster (UAX #29 GB9: Extend and ZWJ; GB9a: SpacingMark): combining marks
 * (accents, harakat, Devanagari vowel signs and virama), the joiners, emoji skin
 * tones and the tag characters of subdivision flags. Less the spacing marks
 * UAX #29 has long excluded from SpacingMark (Myanmar, Tai Tham, Tai Viet,
 * Ahom): after a letter they begin a cluster of their own.
 */
const JOINS_PREVIOUS = /^(?![\u102B\u102C\u1038\u1062-\u1064\u1067-\u106D\u1083\u1087-\u108C\u108F\u109A-\u109C\u1A61\u1A63\u1A64\uAA7B\uAA7D\u{11720}\u{11721}])[\p{M}\u200C\u200D\u{1F3FB}-\u{1F3FF}\u{E0020}-\u{E007F}]$/u;
const REGIONAL_INDICATOR = /^[\u{1F1E6}-\u{1F1FF}]$/u;
const PICTOGRAPHIC = /^\p{Extended_Pictographic}$/u;
const CONTROL = /^[\p{Cc}\u2028\u2029]$/u;

/** The whole character ending at `offset`, or '' at the start of the text. */
function characterEndingAt(text: string, offset: number): string {
  if (offset <= 0) return '';
  return text.slice(offset >= 2 && isLowSurrogate(text.charCodeAt(offset - 1)) && isHighSurrogate(text.charCodeAt(offset - 2)) ? offset - 2 : offset - 1, offset);
}

/**
 * True when `offset` splits what every Unicode version (and so every browser
 * and server) treats as one user-perceived character: a surrogate pair, a
 * character and the mark, joiner or skin tone after it, an emoji ZWJ sequence
 * (GB11) or a flag's two regional indicators (GB12/13). The rules that changed
 * between versions (Indic conjuncts across a virama, GB9c in Unicode 15.1) and
 * Hangul jamo are left out on purpose: the server must never refuse a span a
 * reader's browser, on another Unicode version, considers whole.
 */
export function splitsGraphemeCluster(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return false;
  if (splitsSurrogatePair(text, offset)) return true;
  const before = characterEndingAt(text, offset);
  const after = String.fromCodePoint(text.codePointAt(offset)!);
  if (CONTROL.test(before) || before === '\r' || before === '\n') return false;
  if (JOINS_PREVIOUS.test(after)) return true;
  if (before === '\u200D' && PICTOGRAPHIC.test(after)) {
    let at = offset - 1;
    let previous = characterEndingAt(text, at);
    while (previous && JOINS_PREVIOUS.test(previous) && previous !== '\u200D') {
      at -= previous.length;
      previous = characterEndingAt(text, at);
    }
    return PICTOGRAPHIC.test(previous);
  }
  if (REGIONAL_INDICATOR.test(before) && REGIONAL_INDICATOR.test(after)) {
    let count = 0;
    for (let at = offset; REGIONAL_INDICATOR.test(characterEndingAt(text, at)); at -= 2) count += 1;
    return count % 2 === 1;
  }
  return false;
}
