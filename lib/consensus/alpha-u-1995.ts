// Krippendorff's alpha_u for one category, as defined in Krippendorff (1995),
// "On the reliability of unitizing continuous data", Sociological Methodology
// 25: 47–76, in the form of Krippendorff (2004), Content Analysis, 2nd ed.,
// section 12.4 — the per-label figure DKPro Agreement's
// KrippendorffAlphaUnitizingAgreement and INCEpTION report. Binary: each coder's
// continuum [0, L) is cut into units of the category and the gaps between them
// (other categories' spans are gap here).
//
//   alpha_u = 1 − D_o / D_e
//
//   D_o = Σ_i Σ_{j≠i} Σ_g Σ_h δ²(ig, jh) / (m (m − 1) L²)
//     over coder i's sections g and coder j's sections h, where
//     δ² = (b_g − b_h)² + (e_g − e_h)²  when g and h are overlapping units,
//     δ² = l_g²                         when unit g lies inside gap h (or h inside gap g),
//     δ² = 0                            otherwise;
//
//   D_e = (2 / L) · Σ_g [ (N − 1) · (2l_g³ − 3l_g² + l_g) / 3
//                         + l_g² · Σ_{gaps h, l_h ≥ l_g} (l_h − l_g + 1) ]
//         / ( m L (m L − 1) − Σ_g l_g (l_g − 1) )
//     over all N units g of all m coders, and the gaps h of all coders.
//
// (D_e as Krippendorff 2004 prints it and DKPro computes it; DKPro's tests note
// that the 1995 paper's own D_e carries a small error.) L counts UTF-16 code
// units; b and e are a section's start and end offsets, l = e − b.
//
// The coefficient assumes a coder's units do not overlap. Here a coder's
// overlapping spans (of this category — the caller filters by label) are merged
// into their union first; spans that merely touch (one ends where the next
// starts) stay two units, as Krippendorff's own examples allow. A coder with no
// spans is still a coder: one gap over the whole text.
//
// Cost: no loop over pairs of coders. D_o's unit–unit terms come from running
// moments over the units sorted by start and by end, its unit-in-gap terms from
// a Fenwick tree over gap ends; D_e from the gaps sorted once and suffix sums.
// O((N + G) log(N + G)) for N units and G gaps, in typed arrays sorted as
// numbers (a section is the key start · (L + 1) + end).
import { FIGURE_NOTES } from './figure-notes';

export type UnitSpan = { coderId: string; start: number; end: number };

export type AlphaU1995Input = {
  /** L: the length of the text in UTF-16 code units. */
  length: number;
  /** Every coder whose data counts, including those who marked nothing. */
  coderIds: readonly string[];
  /** The spans of one category; spans of coders not in coderIds are ignored. */
  spans: readonly UnitSpan[];
};

export type AlphaU1995Result = {
  /** null when alpha_u is not defined for the data; `note` then says why. */
  value: number | null;
  /** m: coders, including those who marked nothing. */
  coders: number;
  /** N: units after merging each coder's overlapping spans. */
  units: number;
  observedDisagreement: number | null;
  expectedDisagreement: number | null;
  note?: string;
};

export function alphaU1995(input: AlphaU1995Input): AlphaU1995Result {
  const { length } = input;
  assertLength(length);
  const coderIndex = indexCoders(input.coderIds);
  const m = coderIndex.size;
  const stride = length + 1;
  const spans = input.spans;
  const bucket = new Int32Array(spans.length);
  const starts = new Int32Array(spans.length);
  const ends = new Int32Array(spans.length);
  spans.forEach((span, k) => {
    assertSpan(span, length);
    bucket[k] = coderIndex.get(span.coderId) ?? -1;
    starts[k] = span.start;
    ends[k] = span.end;
  });
  const { keys, offsets } = sortIntoBuckets(bucket, starts, ends, m, stride);
  const continuums = buildContinuums(keys, offsets, m, length);
  const unitCount = continuums.unitStarts.length;

  const result = (value: number | null, observed: number | null, expected: number | null, note?: string): AlphaU1995Result => ({
    value,
    coders: m,
    units: unitCount,
    observedDisagreement: observed,
    expectedDisagreement: expected,
    ...(note === undefined ? {} : { note }),
  });
  if (m < 2) return result(null, null, null, m === 1 ? FIGURE_NOTES.alphaUOneCoder : FIGURE_NOTES.alphaUNoCoder);
  if (length === 0) return result(null, null, null, FIGURE_NOTES.emptyText);
  if (unitCount === 0) return result(null, 0, 0, FIGURE_NOTES.alphaUNoUnit);

  const observed = observedDisagreement(continuums, m, length);
  const expected = expectedDisagreement(continuums, m, length);
  if (!(expected > 0)) return result(null, observed, expected, FIGURE_NOTES.alphaUNoExpected);
  return result(1 - observed / expected, observed, expected);
}

/** A half-open interval [start, end) of UTF-16 offsets. */
export type Interval = { start: number; end: number };

/** Coder id → index 0..m−1, in the order given. */
export function indexCoders(coderIds: readonly string[]): Map<string, number> {
  const index = new Map<string, number>();
  for (const id of coderIds) {
    if (index.has(id)) throw new RangeError(`coder ${JSON.stringify(id)} is listed twice`);
    index.set(id, index.size);
  }
  return index;
}

/** Texts up to 2^26 code units, so that start · (L + 1) + end stays an exact double. */
export function assertLength(length: number): void {
  if (!Number.isSafeInteger(length) || length < 0 || length > 2 ** 26) throw new RangeError(`length must be an integer from 0 to 2^26, got ${length}`);
}

export function assertSpan(span: Interval & { coderId: string }, length: number): void {
  const { start, end } = span;
  if (!Number.isSafeInteger(start) || !Number.isSafeInteger(end) || start < 0 || end > length || start >= end) {
    throw new RangeError(`span [${start}, ${end}) of coder ${JSON.stringify(span.coderId)} is not a non-empty range inside [0, ${length})`);
  }
}

/** Spans as keys start · stride + end, grouped by bucket (−1: left out) and sorted within each bucket. */
export function sortIntoBuckets(bucket: Int32Array, starts: Int32Array, ends: Int32Array, buckets: number, stride: number): { keys: Float64Array; offsets: Int32Array } {
  const offsets = new Int32Array(buckets + 1);
  for (let k = 0; k < bucket.length; k++) if (bucket[k]! >= 0) offsets[bucket[k]! + 1]!++;
  for (let b = 0; b < buckets; b++) offsets[b + 1]! += offsets[b]!;
  const fill = offsets.slice(0, buckets);
  const keys = new Float64Array(offsets[buckets]!);
  for (let k = 0; k < bucket.length; k++) {
    const b = bucket[k]!;
    if (b >= 0) keys[fill[b]!++] = starts[k]! * stride + ends[k]!;
  }
  for (let b = 0; b < buckets; b++) keys.subarray(offsets[b]!, offsets[b + 1]!).sort();
  return { keys, offsets };
}

/**
 * Appends the sorted keys[from, to) to out as disjoint units, overlapping ones
 * merged, touching ones kept apart; returns the new count.
 */
export function appendMerged(keys: Float64Array, from: number, to: number, stride: number, outStarts: Int32Array, outEnds: Int32Array, count: number): number {
  const first = count;
  for (let k = from; k < to; k++) {
    const start = Math.floor(keys[k]! / stride);
    const end = keys[k]! - start * stride;
    if (count > first && start < outEnds[count - 1]!) {
      if (end > outEnds[count - 1]!) outEnds[count - 1] = end;
    } else {
      outStarts[count] = start;
      outEnds[count++] = end;
    }
  }
  return count;
}

/** All coders' units side by side, sorted by start, and all coders' gaps likewise. */
type Continuums = { unitStarts: Int32Array; unitEnds: Int32Array; gapStarts: Int32Array; gapEnds: Int32Array };

function buildContinuums(keys: Float64Array, offsets: Int32Array, m: number, length: number): Continuums {
  const stride = length + 1;
  const unitStarts = new Int32Array(keys.length);
  const unitEnds = new Int32Array(keys.length);
  const gapKeys = new Float64Array(keys.length + m);
  let units = 0;
  let gaps = 0;
  for (let coder = 0; coder < m; coder++) {
    const first = units;
    units = appendMerged(keys, offsets[coder]!, offsets[coder + 1]!, stride, unitStarts, unitEnds, units);
    let at = 0;
    for (let u = first; u < units; u++) {
      if (unitStarts[u]! > at) gapKeys[gaps++] = at * stride + unitStarts[u]!;
      at = unitEnds[u]!;
    }
    if (at < length) gapKeys[gaps++] = at * stride + length;
  }
  const unitKeys = new Float64Array(units);
  for (let u = 0; u < units; u++) unitKeys[u] = unitStarts[u]! * stride + unitEnds[u]!;
  const sortedUnits = decode(unitKeys.sort(), stride);
  const sortedGaps = decode(gapKeys.subarray(0, gaps).sort(), stride);
  return { unitStarts: sortedUnits.starts, unitEnds: sortedUnits.ends, gapStarts: sortedGaps.starts, gapEnds: sortedGaps.ends };
}

function decode(keys: Float64Array, stride: number): { starts: Int32Array; ends: Int32Array } {
  const starts = new Int32Array(keys.length);
  const ends = new Int32Array(keys.length);
  for (let k = 0; k < keys.length; k++) {
    const start = Math.floor(keys[k]! / stride);
    starts[k] = start;
    ends[k] = keys[k]! - start * stride;
  }
  return { starts, ends };
}

/**
 * D_o without visiting coder pairs. Units of one coder never overlap (they are
 * merged), so the unit–unit terms are a sum over all overlapping pairs of units
 * whoever marked them; a unit's unit-in-gap terms are l² times the number of
 * other coders' gaps that contain it. Each term stands for both orders (i, j)
 * and (j, i), hence the 2.
 */
function observedDisagreement(continuums: Continuums, m: number, length: number): number {
  return (2 * (overlappingUnitDistances(continuums, length + 1) + unitsInsideGaps(continuums))) / (m * (m - 1) * length * length);
}

/**
 * Σ (b_g − b_h)² + (e_g − e_h)² over unordered pairs of overlapping units. For
 * unit g in start order, the earlier units that overlap it are all earlier units
 * less those that ended by b_g (a prefix in end order), so running sums of b,
 * b², e, e² in start order minus prefix sums in end order give the moments the
 * expanded square needs. Whole numbers, exact while N · L² stays below 2^53
 * (8,000 units on a million characters).
 */
function overlappingUnitDistances({ unitStarts: starts, unitEnds: ends }: Continuums, stride: number): number {
  const n = starts.length;
  const byEnd = new Float64Array(n);
  for (let u = 0; u < n; u++) byEnd[u] = ends[u]! * stride + starts[u]!;
  byEnd.sort();
  const sortedEnds = new Float64Array(n);
  const endB = new Float64Array(n + 1);
  const endBB = new Float64Array(n + 1);
  const endE = new Float64Array(n + 1);
  const endEE = new Float64Array(n + 1);
  for (let r = 0; r < n; r++) {
    const e = Math.floor(byEnd[r]! / stride);
    const b = byEnd[r]! - e * stride;
    sortedEnds[r] = e;
    endB[r + 1] = endB[r]! + b;
    endBB[r + 1] = endBB[r]! + b * b;
    endE[r + 1] = endE[r]! + e;
    endEE[r + 1] = endEE[r]! + e * e;
  }
  let sum = 0;
  let runB = 0;
  let runBB = 0;
  let runE = 0;
  let runEE = 0;
  for (let t = 0; t < n; t++) {
    const b = starts[t]!;
    const e = ends[t]!;
    const ended = upperBound(sortedEnds, b); // units with end ≤ b, all of them earlier in start order
    const count = t - ended;
    if (count > 0) {
      const sb = runB - endB[ended]!;
      const sbb = runBB - endBB[ended]!;
      const se = runE - endE[ended]!;
      const see = runEE - endEE[ended]!;
      sum += count * (b * b + e * e) - 2 * b * sb + sbb - 2 * e * se + see;
    }
    runB += b;
    runBB += b * b;
    runE += e;
    runEE += e * e;
  }
  return sum;
}

/** Σ_g l_g² · #{gaps h of other coders with b_h ≤ b_g and e_g ≤ e_h}: a sweep in start order, a Fenwick tree over gap ends. */
function unitsInsideGaps({ unitStarts, unitEnds, gapStarts, gapEnds }: Continuums): number {
  const sortedGapEnds = Float64Array.from(gapEnds).sort();
  const tree = new Int32Array(sortedGapEnds.length + 1);
  let inserted = 0;
  let next = 0;
  let sum = 0;
  for (let t = 0; t < unitStarts.length; t++) {
    const b = unitStarts[t]!;
    const e = unitEnds[t]!;
    for (; next < gapStarts.length && gapStarts[next]! <= b; next++, inserted++) {
      for (let r = lowerBound(sortedGapEnds, gapEnds[next]!) + 1; r < tree.length; r += r & -r) tree[r]!++;
    }
    // Inserted gaps ending before e cannot contain the unit; a coder's own gaps never overlap its units.
    let endedBefore = 0;
    for (let r = lowerBound(sortedGapEnds, e); r > 0; r -= r & -r) endedBefore += tree[r]!;
    const containing = inserted - endedBefore;
    if (containing > 0) sum += (e - b) * (e - b) * containing;
  }
  return sum;
}

function expectedDisagreement({ unitStarts, unitEnds, gapStarts, gapEnds }: Continuums, m: number, length: number): number {
  const unitCount = unitStarts.length;
  const gaps = new Float64Array(gapStarts.length);
  for (let g = 0; g < gaps.length; g++) gaps[g] = gapEnds[g]! - gapStarts[g]!;
  gaps.sort();
  // tail[k] = Σ gaps[k..]: the sum over gaps at least as long as a unit is a suffix sum.
  const tail = new Float64Array(gaps.length + 1);
  for (let k = gaps.length - 1; k >= 0; k--) tail[k] = tail[k + 1]! + gaps[k]!;

  let numerator = 0;
  let selfPairs = 0; // Σ l (l − 1)
  for (let u = 0; u < unitCount; u++) {
    const l = unitEnds[u]! - unitStarts[u]!;
    const first = lowerBound(gaps, l);
    const fits = gaps.length - first;
    // Σ_{l_h ≥ l} (l_h − l + 1): the positions at which the unit fits inside each gap.
    const placements = tail[first]! - (l - 1) * fits;
    // l (l − 1)(2l − 1) / 3 = (2l³ − 3l² + l) / 3, an integer; this order keeps it exact.
    numerator += ((unitCount - 1) * (l * (l - 1) * (2 * l - 1))) / 3 + l * l * placements;
    selfPairs += l * (l - 1);
  }
  const mL = m * length;
  return ((2 / length) * numerator) / (mL * (mL - 1) - selfPairs);
}

/** First index k with sorted[k] ≥ value. */
function lowerBound(sorted: Float64Array, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** First index k with sorted[k] > value. */
function upperBound(sorted: Float64Array, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
