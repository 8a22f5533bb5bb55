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
