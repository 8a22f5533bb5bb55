// Approximate occurrences of a pattern in a text with at most k edits: Myers'
// bit-parallel algorithm in blocks of 32 pattern rows, with Ukkonen's cut-off
// (rows that cannot be within k are skipped). Adapted from approx-string-match
// 2.0.0 by Robert Knight (MIT licence), the library Hypothesis uses, and
// returning the same matches, with two bounds that library lacks:
//   - the work is charged to a SearchBudget as it is done, so a search that
//     would take too long stops (SearchLimit 'too_costly') instead of blocking;
//   - the start of each match is found by a second, reversed search per match
//     end, which costs about the pattern's length each: on a repetitive text
//     nearly every position ends a match, so more than `maxMatches` ends with
//     the fewest edits stops the search (SearchLimit 'ambiguous') — that many
//     equally good places cannot be told apart anyway.
import type { SearchBudget } from './search-budget';
import { SearchLimit } from './search-budget';

export type ApproximateMatch = { start: number; end: number; errors: number };

const WORD = 32;
/** The budget is checked this often (text positions), so a pass over budget stops soon after. */
const CHECK_EVERY = 1024;

type Ends = { ends: { end: number; errors: number }[] };

/** Every match with the fewest edits (≤ maxErrors): start, end, edit count; the longest span where several starts fit. */
export function searchApproximately(text: string, pattern: string, maxErrors: number, maxMatches: number, budget: SearchBudget): ApproximateMatch[] {
  const { ends } = findMatchEnds(text, pattern, maxErrors, maxMatches, budget);
  if (ends.length === 0) return [];
  const reversedPattern = reverse(pattern);
  return ends.map(({ end, errors }) => {
    const from = Math.max(0, end - pattern.length - errors);
    const reversed = findMatchEnds(reverse(text.slice(from, end)), reversedPattern, errors, Number.POSITIVE_INFINITY, budget);
    // The longest match of the same edit count: its start is the furthest end of the reversed search.
    let start = end;
    for (const match of reversed.ends) start = Math.min(start, end - match.end);
    return { start, end, errors };
  });
}

function reverse(text: string): string {
  return text.split('').reverse().join('');
}

type Blocks = { P: Uint32Array; M: Uint32Array; lastRowMask: Uint32Array };

/** 1 if n is non-zero, else 0, without a branch. */
function oneIfNotZero(n: number): number {
  return ((n | -n) >> 31) & 1;
}

/** One 32-row block of the edit-distance column for one text character (Myers 1999, fig. 8); returns the carry out of its last row. */
function advanceBlock(blocks: Blocks, peq: Uint32Array, b: number, hIn: number): number {
  let pV = blocks.P[b]!;
  let mV = blocks.M[b]!;
  const hInIsNegative = hIn >>> 31;
  const eq = peq[b]! | hInIsNegative;
  const xV = eq | mV;
  const xH = (((eq & pV) + pV) ^ pV) | eq;
  let pH = mV | ~(xH | pV);
  let mH = pV & xH;
  const hOut = oneIfNotZero(pH & blocks.lastRowMask[b]!) - oneIfNotZero(mH & blocks.lastRowMask[b]!);
  pH <<= 1;
  mH <<= 1;
  mH |= hInIsNegative;
  pH |= oneIfNotZero(hIn) - hInIsNegative;
  pV = mH | ~(xV | pH);
  mV = pH & xV;
  blocks.P[b] = pV;
  blocks.M[b] = mV;
  return hOut;
}

/** The ends (and edit counts) of the matches with the fewest edits, at most maxErrors (Myers 1999, fig. 9). */
function findMatchEnds(text: string, pattern: string, maxErrorsAsked: number, maxMatches: number, budget: SearchBudget): Ends {
  const ends: Ends['ends'] = [];
  if (pattern.length === 0) return { ends };
  let maxErrors = Math.min(maxErrorsAsked, pattern.length);
  const bMax = Math.ceil(pattern.length / WORD) - 1;
  const blocks: Blocks = { P: new Uint32Array(bMax + 1), M: new Uint32Array(bMax + 1), lastRowMask: new Uint32Array(bMax + 1) };
  blocks.lastRowMask.fill(1 << 31);
  blocks.lastRowMask[bMax] = 1 << (pattern.length - 1) % WORD;
  const emptyPeq = new Uint32Array(bMax + 1);
  const peq = new Map<number, Uint32Array>();
  const asciiPeq: Uint32Array[] = new Array(256).fill(emptyPeq);
  for (let c = 0; c < pattern.length; c++) {
    const code = pattern.charCodeAt(c);
    let charPeq = peq.get(code);
    if (!charPeq) {
      charPeq = new Uint32Array(bMax + 1);
      peq.set(code, charPeq);
      if (code < 256) asciiPeq[code] = charPeq;
    }
    charPeq[Math.floor(c / WORD)]! |= 1 << c % WORD;
  }
  let y = Math.max(0, Math.ceil(maxErrors / WORD) - 1);
  const score = new Uint32Array(bMax + 1);
  for (let b = 0; b <= y; b++) score[b] = (b + 1) * WORD;
  score[bMax] = pattern.length;
  for (let b = 0; b <= y; b++) {
    blocks.P[b] = ~0;
    blocks.M[b] = 0;
  }
  let steps = 0;
  let tooMany = false;
  for (let j = 0; j < text.length; j++) {
    if (j % CHECK_EVERY === 0 && steps > 0) {
      budget.spend(steps);
      steps = 0;
    }
    const code = text.charCodeAt(j);
    const charPeq = code < 256 ? asciiPeq[code]! : (peq.get(code) ?? emptyPeq);
    let carry = 0;
    for (let b = 0; b <= y; b++) {
      carry = advanceBlock(blocks, charPeq, b, carry);
      score[b]! += carry;
    }
    steps += y + 1;
    if (score[y]! - carry <= maxErrors && y < bMax && (charPeq[y + 1]! & 1 || carry < 0)) {
      // The last block is within the bound: compute one block more, for this column and the next.
      y += 1;
      blocks.P[y] = ~0;
      blocks.M[y] = 0;
      const remainder = pattern.length % WORD;
      const maxBlockScore = y === bMax ? (remainder === 0 ? WORD : remainder) : WORD;
      score[y] = score[y - 1]! + maxBlockScore - carry + advanceBlock(blocks, charPeq, y, carry);
      steps += 1;
    } else {
      while (y > 0 && score[y]! >= maxErrors + WORD) y -= 1;
    }
    if (y === bMax && score[y]! <= maxErrors) {
      if (score[y]! < maxErrors) {
        // A better match: the worse ones are not reported.
        ends.length = 0;
        tooMany = false;
      }
      if (ends.length < maxMatches) ends.push({ end: j + 1, errors: score[y]! });
      else tooMany = true; // unless a better match turns up further on
      maxErrors = score[y]!; // only matches this good are reported from here on
    }
  }
  budget.spend(steps);
  if (tooMany) throw new SearchLimit('ambiguous');
  return { ends };
}
