// Every verbatim occurrence of a pattern in a text, overlapping ones included,
// in time linear in text + pattern whatever the two are. Stepping indexOf one
// character past each hit is not: a periodic pattern on a repetitive text
// ("ha ha ha…" in "ha ha ha…", a long quote of a text made of one repeated
// line) has an occurrence at nearly every period and each costs a comparison
// of the whole pattern, so a 2,000-character quote on a 100,000-character text
// took seconds. Here an aperiodic pattern (shortest period more than half its
// length: nearly every quote of prose) still uses indexOf, starting each search
// one period after the last hit, so hits are at least half a pattern apart and
// their comparisons add up to O(text); a periodic one uses Knuth–Morris–Pratt.

/** Starts of the first `limit` occurrences (overlapping ones included), in order. */
export function findOccurrences(text: string, pattern: string, limit = Number.POSITIVE_INFINITY): number[] {
  const found: number[] = [];
  const m = pattern.length;
  if (m === 0 || m > text.length || limit <= 0) return found;
  const border = longestBorders(pattern);
  const period = m - border[m - 1]!;
  if (period * 2 > m) {
    for (let at = text.indexOf(pattern); at !== -1 && found.length < limit; at = text.indexOf(pattern, at + period)) found.push(at);
    return found;
  }
  let matched = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    while (matched > 0 && pattern.charCodeAt(matched) !== code) matched = border[matched - 1]!;
    if (pattern.charCodeAt(matched) === code) matched += 1;
    if (matched === m) {
      found.push(i - m + 1);
      if (found.length >= limit) break;
      matched = border[m - 1]!;
    }
  }
  return found;
}

/** border[i]: length of the longest proper prefix of pattern[0..i] that is also its suffix (KMP's failure function). */
function longestBorders(pattern: string): Int32Array {
  const border = new Int32Array(pattern.length);
  let length = 0;
  for (let i = 1; i < pattern.length; i++) {
    const code = pattern.charCodeAt(i);
    while (length > 0 && pattern.charCodeAt(length) !== code) length = border[length - 1]!;
    if (pattern.charCodeAt(length) === code) length += 1;
    border[i] = length;
  }
  return border;
}
