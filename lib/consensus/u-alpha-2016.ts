// The unitizing alphas of Krippendorff, Mathet, Bouvry & Widlöcher (2016), "On
// the reliability of unitizing textual continua: Further developments",
// Quality & Quantity 50: 2347–2364, as restated in Krippendorff (2019), Content
// Analysis, 4th ed., section 12.6: uα (boundaries and labels together), |uα
// (units against gaps, labels ignored) and cuα (labels, given where units
// intersect). They replace the pairwise distances of alpha_u (1995/2004, see
// alpha-u-1995.ts) with coincidences of lengths, which behave as intended for
// more than two coders.
//
// Each coder i partitions the continuum [0, L) into sections s: units valued
// with a label, and gaps (value ∅). With m coders:
//
//   observed   l_ck = 1/(m−1) · Σ_i Σ_{j≠i} Σ_g Σ_h |s_ig ∩ s_jh|   (s_ig valued c, s_jh valued k)
//              l_c. = Σ_k l_ck,  l.. = m L
//   expected   e_ck = l.. · (l_c. l_k. − [c=k] Σ_{s valued c} λ(s)) / (l..² − Σ_s λ(s)),
//              λ(s) = l_s² for a unit (it cannot be paired with itself), l_s for a gap
//              (its positions can: a gap is not a unit)
//   uα  = 1 − (l.. − Σ_c l_cc) / (l.. − Σ_c e_cc)                  (nominal, over all values with ∅)
//   |uα = 1 − (l_∅. − l_∅∅) / (e_∅. − e_∅∅)                        (∅ against all labels together)
//   cuα = 1 − (l*.. − Σ_c l_cc) / (l*.. − Σ_c e*_cc)               (labels only, c, k ≠ ∅)
//              l*_c. = Σ_{k≠∅} l_ck,  l*.. = Σ_{c≠∅} l*_c.
//              e*_ck = (l*_c. l*_k. − [c=k] Y_c) / (l*.. − Y / l*..),
//              Y_c = Σ_{units g valued c} ℓ*(g)²,  Y = Σ_c Y_c,
//              ℓ*(g) = 1/(m−1) · Σ_{j≠i} |g ∩ (units of j)|   (g a unit of coder i)
//
// ℓ*(g) is what unit g puts into l*_c.: its intersections with the other
// coders' units, averaged over the m − 1 other coders exactly as l_ck is. Its
// self-pairing term is ℓ*(g)², just as a unit of length l_s puts l_s into l_c.
// and l_s² into uα's self-pairings. This is the reading that reproduces
// Krippendorff (2019), Fig. 12.11: three observers on a continuum of 60, uα =
// 0.510, cuα = 0.724 (u-alpha-2016.test.ts). Two other readings circulate and
// agree with it only for two coders: the mean of the squared per-coder
// overlaps, Σ_{j≠i} |g ∩ j|² / (m−1) (lindanna/unitized_alpha and a port of
// DKPro's sweep; 0.7256 on that example), and the square of the overlap with
// the union of the other coders' units (quallmer's R; 0.7283). Both square
// something other than what g contributes to l*_c., so the expected
// coincidences no longer sum like the observed ones; the first can even drive
// the denominator to zero when only two of three coders' units meet.
//
// The paper and the 2019 book were not at hand when this was written; the
// book's example data come from quallmer's tests (Figure 12.11, p. 340), and
// the formulas follow the public implementations named above for uα and |uα,
// which all agree.
//
// A coder's own spans must become one partition. Overlapping spans with the same
// label are merged into their union (touching ones stay two units). Where spans
// with different labels overlap, each character goes to the shortest span
// covering it — a span marked inside another is the more specific reading — ties
// by the order of `labels`; a longer span cut by a nested one continues as
// separate units on either side. resolvedOverlap reports how many characters
// that decided. A coder who marked nothing is all gap.
//
// Cost: no loop over pairs of coders. O(S log S) to build the partitions (S
// spans); a sweep over the sorted section starts, with per-value counts, for
// the observed coincidences; and for Y one sweep over all units in start order
// that visits each pair of intersecting units twice, O(P) for P such pairs.

import { appendMerged, assertLength, assertSpan, indexCoders, sortIntoBuckets } from './alpha-u-1995';
import { FIGURE_NOTES } from './figure-notes';

export type LabelledSpan = { coderId: string; label: string; start: number; end: number };

export type UnitizingAlpha2016Input = {
  /** L: the length of the text in UTF-16 code units. */
  length: number;
  /** Every coder whose data counts, including those who marked nothing. */
  coderIds: readonly string[];
  /** Spans of coders not in coderIds are ignored; a label not in `labels` is an error. */
  spans: readonly LabelledSpan[];
  /** The categories, in order of precedence where one coder's spans of different labels overlap. */
  labels: readonly string[];
};

export type UnitizingCoefficient = {
  /** null when the coefficient is not defined for the data; `note` then says why. */
  value: number | null;
  /** D_o and D_e as shares of the pairable length (l.., or l*.. for cuα). */
  observedDisagreement: number | null;
  expectedDisagreement: number | null;
  note?: string;
};

export type UnitizingAlpha2016Result = {
  uAlpha: UnitizingCoefficient;
  cuAlpha: UnitizingCoefficient & {
    /** l*..: the length over which units of different coders intersect, per coder pair averaged as in l_ck. */
    pairableLength: number;
  };
  binaryUAlpha: UnitizingCoefficient;
  /** m, including coders who marked nothing. */
  coders: number;
  /** Values in matrix order: '' for the gap (∅), then `labels`. */
  values: string[];
  /** The observed coincidences l_ck, row-major over `values` (zeros when m < 2). */
  coincidences: number[][];
  /** Characters where a coder's spans of different labels overlapped, settled by the shortest-span rule. */
  resolvedOverlap: number;
};

/** Every coder's partition, one after another: sections of coder i at offsets[i]..offsets[i + 1]; value 0 is the gap. */
type Partitions = { starts: Int32Array; ends: Int32Array; values: Int32Array; offsets: Int32Array; resolved: number };

export function unitizingAlpha2016(input: UnitizingAlpha2016Input): UnitizingAlpha2016Result {
  const { length } = input;
  assertLength(length);
  const coderIndex = indexCoders(input.coderIds);
  const labelIndex = new Map<string, number>();
  for (const label of input.labels) {
    if (label === '' || labelIndex.has(label)) throw new RangeError(`label ${JSON.stringify(label)} is empty or listed twice`);
    labelIndex.set(label, labelIndex.size + 1); // 0 is the gap
  }
  const m = coderIndex.size;
  const valueCount = labelIndex.size + 1;
  const partitions = buildPartitions(input.spans, coderIndex, labelIndex, length);
  const { resolved: resolvedOverlap } = partitions;

  const values = ['', ...input.labels];
  const notDefined = (note: string, coincidences: number[][] = values.map(() => values.map(() => 0))): UnitizingAlpha2016Result => ({
    uAlpha: undefinedCoefficient(note),
    cuAlpha: { ...undefinedCoefficient(note), pairableLength: 0 },
    binaryUAlpha: undefinedCoefficient(note),
    coders: m,
    values,
    coincidences,
    resolvedOverlap,
  });
  if (m < 2) return notDefined(m === 1 ? FIGURE_NOTES.unitizingOneCoder : FIGURE_NOTES.unitizingNoCoder);
  if (length === 0) return notDefined(FIGURE_NOTES.emptyText);

  // pairs[c·V + k] = (m − 1) · l_ck: whole numbers, so sums and "no variation" tests are exact.
  const pairs = countCoincidences(partitions, length, valueCount);
  const lengths = new Float64Array(valueCount); // l_c. = the total length of each value's sections
  const selfPairs = new Float64Array(valueCount); // Σ λ(s) per value
  const { starts, ends, values: sectionValues } = partitions;
  for (let s = 0; s < starts.length; s++) {
    const l = ends[s]! - starts[s]!;
    const v = sectionValues[s]!;
    lengths[v]! += l;
    selfPairs[v]! += v === 0 ? l : l * l;
  }
  const coincidences = values.map((_, c) => values.map((__, k) => pairs[c * valueCount + k]! / (m - 1)));
  const total = m * length; // l..
  let sumSelfPairs = 0;
  let sumSquares = 0;
  let agreeing = 0; // (m − 1) Σ_c l_cc
  for (let v = 0; v < valueCount; v++) {
    sumSelfPairs += selfPairs[v]!;
    sumSquares += lengths[v]! * lengths[v]!;
    agreeing += pairs[v * valueCount + v]!;
  }
  if (lengths[0] === total) return notDefined(FIGURE_NOTES.unitizingNoSpan, coincidences);

  const denominator = total * total - sumSelfPairs;
  // l.. − Σ_c e_cc simplifies to l.. (l..² − Σ_c l_c.²) / (l..² − Σ λ), since Σ_c of the
  // self-pairing terms cancels against the denominator's.
  const uAlpha = coefficient(
    (total - agreeing / (m - 1)) / total,
    (total * total - sumSquares) / denominator,
    FIGURE_NOTES.uAlphaNoVariation,
  );
  const gap = lengths[0]!;
  const binaryUAlpha = coefficient(
    (2 * (gap - pairs[0]! / (m - 1))) / total, // l_∅k + l_k∅ over k ≠ ∅
    (2 * gap * (total - gap)) / denominator, // e_∅k + e_k∅ over k ≠ ∅
    FIGURE_NOTES.binaryNoVariation,
  );
  const cuAlpha = codingAlpha(partitions, pairs, valueCount, m);
  return { uAlpha, cuAlpha, binaryUAlpha, coders: m, values, coincidences, resolvedOverlap };
}

function undefinedCoefficient(note: string): UnitizingCoefficient {
  return { value: null, observedDisagreement: null, expectedDisagreement: null, note };
}

function coefficient(observed: number, expected: number, noVariation: string): UnitizingCoefficient {
  if (!(expected > 0)) return { value: null, observedDisagreement: observed, expectedDisagreement: expected, note: noVariation };
  return { value: 1 - observed / expected, observedDisagreement: observed, expectedDisagreement: expected };
}

/**
 * Each coder's spans as a partition of [0, L) into valued units and gaps, by
 * the rules in the header: same-label overlaps merged, different-label
 * overlaps given to the shortest covering span.
 */
function buildPartitions(spans: readonly LabelledSpan[], coderIndex: Map<string, number>, labelIndex: Map<string, number>, length: number): Partitions {
  const m = coderIndex.size;
  const labels = labelIndex.size;
  const stride = length + 1;
  const bucket = new Int32Array(spans.length);
  const spanStarts = new Int32Array(spans.length);
  const spanEnds = new Int32Array(spans.length);
  spans.forEach((span, k) => {
    assertSpan(span, length);
    const value = labelIndex.get(span.label);
    if (value === undefined) throw new RangeError(`span [${span.start}, ${span.end}) has label ${JSON.stringify(span.label)}, which is not in labels`);
    const coder = coderIndex.get(span.coderId);
    bucket[k] = coder === undefined ? -1 : coder * labels + value - 1;
    spanStarts[k] = span.start;
    spanEnds[k] = span.end;
  });
  const { keys, offsets } = sortIntoBuckets(bucket, spanStarts, spanEnds, m * labels, stride);

  // Merged units, per coder and label (a coder's labels one after another).
  const unitStarts = new Int32Array(keys.length);
  const unitEnds = new Int32Array(keys.length);
  const labelFrom = new Int32Array(m * labels + 1);
  let units = 0;
  for (let b = 0; b < m * labels; b++) {
    units = appendMerged(keys, offsets[b]!, offsets[b + 1]!, stride, unitStarts, unitEnds, units);
    labelFrom[b + 1] = units;
  }

  const capacity = 4 * units + m; // resolving can cut a unit around each nested one
  const out: Partitions = { starts: new Int32Array(capacity), ends: new Int32Array(capacity), values: new Int32Array(capacity), offsets: new Int32Array(m + 1), resolved: 0 };
  let n = 0;
  const scratch = { starts: new Int32Array(units), ends: new Int32Array(units), values: new Int32Array(units) };
  for (let coder = 0; coder < m; coder++) {
    // The coder's units of all labels in start order: a merge of the per-label lists.
    const count = mergeLabels(unitStarts, unitEnds, labelFrom, coder * labels, labels, scratch);
    let nested = false;
    for (let u = 1, reach = scratch.ends[0]!; u < count; u++) {
      if (scratch.starts[u]! < reach) nested = true;
      if (scratch.ends[u]! > reach) reach = scratch.ends[u]!;
    }
    let at = 0;
    const push = (start: number, end: number, value: number) => {
      if (start > at) {
        out.starts[n] = at;
        out.ends[n] = start;
        out.values[n++] = 0;
      }
      out.starts[n] = start;
      out.ends[n] = end;
      out.values[n++] = value;
      at = end;
    };
    if (nested) out.resolved += resolveOverlaps(scratch, count, push);
    else for (let u = 0; u < count; u++) push(scratch.starts[u]!, scratch.ends[u]!, scratch.values[u]!);
    if (at < length) {
      out.starts[n] = at;
      out.ends[n] = length;
      out.values[n++] = 0;
    }
    out.offsets[coder + 1] = n;
  }
  return { ...out, starts: out.starts.subarray(0, n), ends: out.ends.subarray(0, n), values: out.values.subarray(0, n) };
}

type UnitList = { starts: Int32Array; ends: Int32Array; values: Int32Array };

/** Merges the coder's per-label unit lists (each sorted) into `into`, by start, then end, then label order. */
function mergeLabels(starts: Int32Array, ends: Int32Array, labelFrom: Int32Array, first: number, labels: number, into: UnitList): number {
  const heads = labelFrom.slice(first, first + labels);
  let count = 0;
  for (;;) {
    let best = -1;
    for (let l = 0; l < labels; l++) {
      const h = heads[l]!;
      if (h >= labelFrom[first + l + 1]!) continue;
      if (best < 0) best = l;
      else {
        const b = heads[best]!;
        if (starts[h]! < starts[b]! || (starts[h] === starts[b] && ends[h]! < ends[b]!)) best = l;
      }
    }
    if (best < 0) return count;
    const u = heads[best]!++;
    into.starts[count] = starts[u]!;
    into.ends[count] = ends[u]!;
    into.values[count++] = best + 1;
  }
}

/**
 * Cuts one coder's overlapping units (in start order) into disjoint pieces,
 * each stretch to its shortest covering unit; pushes them in order and returns
 * the characters that were covered more than once.
 */
function resolveOverlaps(units: UnitList, count: number, push: (start: number, end: number, value: number) => void): number {
  const { starts, ends, values } = units;
  const bounds = new Float64Array(2 * count);
  for (let u = 0; u < count; u++) {
    bounds[2 * u] = starts[u]!;
    bounds[2 * u + 1] = ends[u]!;
  }
  bounds.sort();
  const active = new Int32Array(count);
  let activeCount = 0;
  let next = 0;
  let resolved = 0;
  let pending = -1; // the unit whose piece is being extended
  let pendingStart = 0;
  let pendingEnd = 0;
  for (let b = 0; b + 1 < bounds.length; b++) {
    const from = bounds[b]!;
    const to = bounds[b + 1]!;
    if (to === from) continue;
    let kept = 0;
    for (let a = 0; a < activeCount; a++) if (ends[active[a]!]! > from) active[kept++] = active[a]!;
    activeCount = kept;
    while (next < count && starts[next]! <= from) active[activeCount++] = next++;
    if (activeCount === 0) continue;
    if (activeCount > 1) resolved += to - from;
    let winner = active[0]!;
    for (let a = 1; a < activeCount; a++) {
      const u = active[a]!;
      const lu = ends[u]! - starts[u]!;
      const lw = ends[winner]! - starts[winner]!;
      if (lu < lw || (lu === lw && (values[u]! < values[winner]! || (values[u] === values[winner] && starts[u]! < starts[winner]!)))) winner = u;
    }
    // Consecutive stretches won by the same unit are one section; a unit
    // interrupted by a nested one resumes as a new section after it.
    if (winner === pending && pendingEnd === from) {
      pendingEnd = to;
      continue;
    }
    if (pending >= 0) push(pendingStart, pendingEnd, values[pending]!);
    pending = winner;
    pendingStart = from;
    pendingEnd = to;
  }
  if (pending >= 0) push(pendingStart, pendingEnd, values[pending]!);
  return resolved;
}

/**
 * (m − 1) · l_ck for every pair of values. At each position with n_c coders on
 * value c, the ordered coder pairs on (c, k) number n_c · n_k, less n_c when
 * c = k (a coder is not paired with itself). The counts change only where a
 * section starts, so the sections' starts, sorted, give the runs of constant
 * counts: an event is (position, value before, value after). With `cuts` (the
 * sorted starts of stretches tiling [0, L), the first 0), the pairs are kept
 * per stretch, V × V after V × V; without, for the whole text.
 */
function countCoincidences({ starts, values, offsets }: Partitions, length: number, valueCount: number, cuts: Int32Array = ZERO_CUT): Float64Array {
  const none = valueCount; // "before" of a coder's first section
  const width = (valueCount + 1) * (valueCount + 1);
  const block = valueCount * valueCount;
  const events = new Float64Array(starts.length);
  for (let coder = 0; coder + 1 < offsets.length; coder++) {
    let before = none;
    for (let s = offsets[coder]!; s < offsets[coder + 1]!; s++) {
      events[s] = starts[s]! * width + before * (valueCount + 1) + values[s]!;
      before = values[s]!;
    }
  }
  events.sort();
  const counts = new Float64Array(valueCount);
  const pairs = new Float64Array(cuts.length * block);
  let stretch = 0;
  const flushInto = (run: number, base: number) => {
    for (let c = 0; c < valueCount; c++) {
      const nc = counts[c]!;
      if (nc === 0) continue;
      for (let k = 0; k < valueCount; k++) pairs[base + c * valueCount + k]! += run * nc * (k === c ? nc - 1 : counts[k]!);
    }
  };
  // A run [from, to) of constant counts, split where it crosses into the next stretch.
  const flush = (from: number, to: number) => {
    while (from < to) {
      while (stretch + 1 < cuts.length && cuts[stretch + 1]! <= from) stretch++;
      const until = stretch + 1 < cuts.length && cuts[stretch + 1]! < to ? cuts[stretch + 1]! : to;
      flushInto(until - from, stretch * block);
      from = until;
    }
  };
  let runStart = 0;
  for (let e = 0; e < events.length; e++) {
    const x = Math.floor(events[e]! / width);
    if (x > runStart) {
      flush(runStart, x);
      runStart = x;
    }
    const change = events[e]! - x * width;
    const before = Math.floor(change / (valueCount + 1));
    if (before !== none) counts[before]!--;
    counts[change - before * (valueCount + 1)]!++;
  }
  if (length > runStart) flush(runStart, length);
  return pairs;
}

const ZERO_CUT = new Int32Array(1);

/** cuα from the valued part of the coincidences and the units' pairable lengths ℓ*. */
function codingAlpha(partitions: Partitions, pairs: Float64Array, valueCount: number, m: number): UnitizingAlpha2016Result['cuAlpha'] {
  // Sums in (m − 1) · l units (whole numbers): O.. = (m − 1) l*.., O_c. = (m − 1) l*_c.
  let pairable = 0;
  let agreeing = 0;
  let sumSquares = 0;
  for (let c = 1; c < valueCount; c++) {
    let row = 0;
    for (let k = 1; k < valueCount; k++) row += pairs[c * valueCount + k]!;
    pairable += row;
    sumSquares += row * row;
    agreeing += pairs[c * valueCount + c]!;
  }
  const pairableLength = pairable / (m - 1);
  const result = (coefficientValue: UnitizingCoefficient) => ({ ...coefficientValue, pairableLength });
  if (pairable === 0) return result(undefinedCoefficient(FIGURE_NOTES.cuAlphaNoIntersection));

  const overlapSquares = sumOverlapSquares(partitions); // Z = (m − 1)² Y
  // With l* = O / (m − 1) and Y = Z / (m − 1)²:  l*.. − Y / l*.. = (O..² − Z) / ((m − 1) O..)
  // and l*.. − Σ_c e*_cc = (l*..² − Σ_c l*_c.²) / that, as for uα.
  const denominator = pairable * pairable - overlapSquares;
  const observed = (pairable - agreeing) / pairable;
  if (!(denominator > 0)) {
    return result({
      value: null,
      observedDisagreement: observed,
      expectedDisagreement: null,
      // Not reached while pairable > 0 (overlaps are mutual, so Z < O..²); kept so a NaN can never escape.
      note: FIGURE_NOTES.cuAlphaNoExpected,
    });
  }
  const expected = (pairable * pairable - sumSquares) / denominator;
  return result(coefficient(observed, expected, FIGURE_NOTES.cuAlphaNoVariation));
}

/**
 * Z = Σ_{units g} (Σ_{j≠i} |g ∩ units of j|)², g a unit of coder i. All units
 * in start order; the units meeting g are those still open when g starts (at
 * most one per coder) and those starting inside g. A coder's own units never
 * meet, so every overlap found is with another coder's. With `stretchOf`, each
 * unit's term is added to its stretch's entry in `into` instead.
 */
function sumOverlapSquares({ starts, ends, values, offsets }: Partitions, into?: { stretchOf(start: number): number; sums: Float64Array }): number {
  const m = offsets.length - 1;
  const unitCount = values.reduce((count, v) => count + (v === 0 ? 0 : 1), 0);
  const rawStarts = new Int32Array(unitCount);
  const rawEnds = new Int32Array(unitCount);
  const keys = new Float64Array(unitCount);
  for (let s = 0, u = 0; s < values.length; s++) {
    if (values[s] === 0) continue;
    rawStarts[u] = starts[s]!;
    rawEnds[u] = ends[s]!;
    keys[u] = starts[s]! * unitCount + u; // sorts by start; the index rides along
    u++;
  }
  keys.sort();
  const unitStarts = new Int32Array(unitCount);
  const unitEnds = new Int32Array(unitCount);
  for (let t = 0; t < unitCount; t++) {
    const u = keys[t]! % unitCount;
    unitStarts[t] = rawStarts[u]!;
    unitEnds[t] = rawEnds[u]!;
  }

  const open = new Int32Array(m); // units still open, at most one per coder
  let openCount = 0;
  let sum = 0;
  for (let t = 0; t < unitCount; t++) {
    const b = unitStarts[t]!;
    const e = unitEnds[t]!;
    let overlap = 0;
    let kept = 0;
    for (let a = 0; a < openCount; a++) {
      const h = open[a]!;
      const he = unitEnds[h]!;
      if (he <= b) continue;
      open[kept++] = h;
      overlap += (he < e ? he : e) - b;
    }
    openCount = kept;
    for (let h = t + 1; h < unitCount && unitStarts[h]! < e; h++) {
      const he = unitEnds[h]!;
      overlap += (he < e ? he : e) - unitStarts[h]!;
    }
    sum += overlap * overlap;
    if (into) into.sums[into.stretchOf(b)]! += overlap * overlap;
    open[openCount++] = t;
  }
  return sum;
}

/**
 * The additive pieces of uα and cuα per stretch of text, for resampling
 * (u-alpha-bootstrap.ts). The stretches tile [0, L): each maximal stretch
 * covered by some coder's unit (touching units join it), and each stretch no
 * coder marked between them. A unit lies inside one stretch, so its λ(s), its
 * coincidences and its ℓ*² belong to that stretch alone; a gap section is cut at
 * the stretch edges, which leaves its λ (its length) additive. Summing every
 * stretch gives back unitizingAlpha2016's figures exactly.
 */
export type UnitizingStretches = {
  /** m and V (the gap and the labels). */
  coders: number;
  values: number;
  /** Stretch k is [cuts[k], cuts[k + 1]), the last ending at L. */
  cuts: Int32Array;
  /** (m − 1) · l_ck within each stretch: V × V per stretch. */
  pairs: Float64Array;
  /** Σ of the section lengths per value (l_c. share), V per stretch. */
  lengths: Float64Array;
  /** Σ λ(s) per value, V per stretch. */
  selfPairs: Float64Array;
  /** Z = (m − 1)² Y per stretch. */
  overlapSquares: Float64Array;
};

export function unitizingStretches(input: UnitizingAlpha2016Input): UnitizingStretches | null {
  const { length } = input;
  assertLength(length);
  const coderIndex = indexCoders(input.coderIds);
  const labelIndex = new Map<string, number>();
  for (const label of input.labels) labelIndex.set(label, labelIndex.size + 1);
  const m = coderIndex.size;
  if (m < 2 || length === 0) return null;
  const valueCount = labelIndex.size + 1;
  const partitions = buildPartitions(input.spans, coderIndex, labelIndex, length);
  const cuts = stretchCuts(partitions, length);
  const count = cuts.length;
  const stretchOf = (at: number) => {
    let low = 0;
    let high = count - 1;
    while (low < high) {
      const middle = (low + high + 1) >>> 1;
      if (cuts[middle]! <= at) low = middle;
      else high = middle - 1;
    }
    return low;
  };
  const lengths = new Float64Array(count * valueCount);
  const selfPairs = new Float64Array(count * valueCount);
  const { starts, ends, values } = partitions;
  for (let s = 0; s < starts.length; s++) {
    const v = values[s]!;
    if (v !== 0) {
      const k = stretchOf(starts[s]!);
      const l = ends[s]! - starts[s]!;
      lengths[k * valueCount + v]! += l;
      selfPairs[k * valueCount + v]! += l * l;
      continue;
    }
    for (let k = stretchOf(starts[s]!), from = starts[s]!; from < ends[s]!; k++) {
      const until = k + 1 < count ? Math.min(cuts[k + 1]!, ends[s]!) : ends[s]!;
      lengths[k * valueCount]! += until - from;
      selfPairs[k * valueCount]! += until - from;
      from = until;
    }
  }
  const overlapSquares = new Float64Array(count);
  sumOverlapSquares(partitions, { stretchOf, sums: overlapSquares });
  return { coders: m, values: valueCount, cuts, pairs: countCoincidences(partitions, length, valueCount, cuts), lengths, selfPairs, overlapSquares };
}

/** Starts of the stretches: where a run of overlapping or touching units begins, and where each such run ends (if before L). */
function stretchCuts({ starts, ends, values }: Partitions, length: number): Int32Array {
  const order: number[] = [];
  for (let s = 0; s < values.length; s++) if (values[s] !== 0) order.push(s);
  order.sort((a, b) => starts[a]! - starts[b]!);
  const cuts = [0];
  let reach = -1;
  for (const s of order) {
    if (starts[s]! > reach) {
      if (reach > 0 && reach < length) cuts.push(reach);
      if (starts[s]! > 0 && starts[s] !== cuts[cuts.length - 1]) cuts.push(starts[s]!);
    }
    if (ends[s]! > reach) reach = ends[s]!;
  }
  if (reach > 0 && reach < length && reach !== cuts[cuts.length - 1]) cuts.push(reach);
  return Int32Array.from(cuts);
}
