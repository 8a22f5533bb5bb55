// Edit distances that anchoring computes around one candidate: how well the
// stored context fits either side of it, and what the quote costs with one
// edge pinned, for placing the other edge. The document-wide search for the
// quote is approx-string-match's job; these scan a window near the candidate.

/**
 * For every offset j in [from, to], the fewest edits that turn `pattern` into
 * some piece of `text` ending exactly at j (the piece may start anywhere).
 * Used for a prefix, which must end where the candidate starts.
 */
export function costsEndingAt(pattern: string, text: string, from: number, to: number): Int32Array {
  const m = pattern.length;
  // A piece longer than 2m costs more than m insertions, worse than matching
  // nothing at all (m deletions), so the scan need not start further back.
  const start = Math.max(0, from - 2 * m);
  return freeStartCosts(pattern, m, from, to, start, to, (i) => pattern.charCodeAt(i), (p) => text.charCodeAt(p), 1);
}

/**
 * For every offset j in [from, to], the fewest edits that turn `pattern` into
 * some piece of `text` starting exactly at j (the piece may end anywhere).
 * The mirror image of `costsEndingAt`, for a suffix: the text is scanned
 * backwards against the pattern read from its end.
 */
export function costsStartingAt(pattern: string, text: string, from: number, to: number): Int32Array {
  const m = pattern.length;
  const end = Math.min(text.length, to + 2 * m);
  return freeStartCosts(pattern, m, from, to, end, from, (i) => pattern.charCodeAt(m - 1 - i), (p) => text.charCodeAt(p - 1), -1);
}

/**
 * Shared scan: walks text positions from `first` towards `last` (step ±1),
 * and records, for each boundary j in [from, to] it passes, the cost of the
 * best alignment of the whole pattern ending at that boundary with a free
 * start. `charAt(p)` is the code unit consumed when moving from boundary p
 * in the scan direction. Patterns of up to 32 code units (every stored
 * context) use Myers' bit-vector algorithm, one machine word per text
 * character; longer ones the plain dynamic programme.
 */
function freeStartCosts(
  pattern: string,
  m: number,
  from: number,
  to: number,
  first: number,
  last: number,
  patternAt: (i: number) => number,
  charAt: (boundary: number) => number,
  step: 1 | -1,
): Int32Array {
  const costs = new Int32Array(to - from + 1);
  if (m === 0) return costs;
  const record = (boundary: number, cost: number) => {
    if (boundary >= from && boundary <= to) costs[boundary - from] = cost;
  };
  record(first, m);
  if (m <= 32) {
    const peq = new Map<number, number>();
    for (let i = 0; i < m; i++) {
      const code = patternAt(i);
      peq.set(code, (peq.get(code) ?? 0) | (1 << i));
    }
    const last1 = 1 << (m - 1);
    let pv = -1;
    let mv = 0;
    let score = m;
    for (let boundary = first; boundary !== last; boundary += step) {
      const eq = peq.get(charAt(boundary)) ?? 0;
      const xv = eq | mv;
      const xh = (((eq & pv) + pv) ^ pv) | eq;
      let ph = mv | ~(xh | pv);
      let mh = pv & xh;
      if (ph & last1) score++;
      else if (mh & last1) score--;
      ph <<= 1;
      mh <<= 1;
      pv = mh | ~(xv | ph);
      mv = ph & xv;
      record(boundary + step, score);
    }
    return costs;
  }
  let column = new Int32Array(m + 1);
  let next = new Int32Array(m + 1);
  for (let i = 0; i <= m; i++) column[i] = i;
  for (let boundary = first; boundary !== last; boundary += step) {
    const code = charAt(boundary);
    next[0] = 0;
    for (let i = 1; i <= m; i++) {
      const substitution = column[i - 1]! + (patternAt(i - 1) === code ? 0 : 1);
      next[i] = Math.min(substitution, column[i]! + 1, next[i - 1]! + 1);
    }
    [column, next] = [next, column];
    record(boundary + step, column[m]!);
  }
  return costs;
}

/** Stands for "outside the band": more edits than any caller considers. */
const FAR = 0x3fffffff;

/**
 * costs[c] = levenshtein(pattern, text.slice(anchor, anchor + c)) for
 * c = 0..length: the pattern must start exactly at `anchor`, and every end
 * is priced at once. Only alignments that stray at most `band` from the
 * diagonal are computed; costs outside it are a huge number.
 */
export function costsFromAnchor(pattern: string, text: string, anchor: number, length: number, band: number): Int32Array {
  const codes = new Uint16Array(length);
  for (let c = 0; c < length; c++) codes[c] = text.charCodeAt(anchor + c);
  return anchoredCosts(codesOf(pattern, false), codes, band);
}

/**
 * costs[c] = levenshtein(pattern, text.slice(anchor - c, anchor)) for
 * c = 0..length: the mirror image, the pattern ending exactly at `anchor`.
 */
export function costsToAnchor(pattern: string, text: string, anchor: number, length: number, band: number): Int32Array {
  const codes = new Uint16Array(length);
  for (let c = 0; c < length; c++) codes[c] = text.charCodeAt(anchor - 1 - c);
  return anchoredCosts(codesOf(pattern, true), codes, band);
}

function codesOf(pattern: string, reversed: boolean): Uint16Array {
  const m = pattern.length;
  const codes = new Uint16Array(m);
  for (let i = 0; i < m; i++) codes[i] = pattern.charCodeAt(reversed ? m - 1 - i : i);
  return codes;
}

/** Edit distance of `pattern` to every prefix of `text` (both as code units), within `band` of the diagonal. */
function anchoredCosts(pattern: Uint16Array, text: Uint16Array, band: number): Int32Array {
  const m = pattern.length;
  const length = text.length;
  let previous = new Int32Array(length + 1).fill(FAR);
  let current = new Int32Array(length + 1).fill(FAR);
  for (let c = 0; c <= Math.min(length, band); c++) previous[c] = c;
  for (let i = 1; i <= m; i++) {
    const from = Math.max(0, i - band);
    const to = Math.min(length, i + band);
    // Clear the cells the previous use of this row may have left inside the band's reach.
    if (from > 0) current[from - 1] = FAR;
    if (to < length) current[to + 1] = FAR;
    const code = pattern[i - 1]!;
    for (let c = from; c <= to; c++) {
      if (c === 0) {
        current[0] = i;
        continue;
      }
      const substitution = previous[c - 1]! + (code === text[c - 1] ? 0 : 1);
      const deletion = previous[c]! + 1;
      const insertion = current[c - 1]! + 1;
      current[c] = Math.min(substitution < deletion ? substitution : deletion, insertion, FAR);
    }
    [previous, current] = [current, previous];
  }
  return previous;
}
