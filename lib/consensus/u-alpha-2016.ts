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
//              e*_ck = (l*_c. l*_k. − [c=k] X_c / (m−1)) / (l*.. − X / ((m−1) l*..)),
//              X_c = Σ_i Σ_{j≠i} Σ_{units g of i valued c} |g ∩ (units of j)|²,  X = Σ_c X_c
//
// The paper and the 2019 book were not at hand when this was written: the
// formulas follow the two public implementations that transcribe the paper
// (lindanna/unitized_alpha in Python, and an argument-mining group's Python port
// of the DKPro sweep), which agree with each other on all three. For cuα with
// more than two coders a third reading (quallmer's R, from the book) squares a
// unit's overlap with the union of the other coders' units instead of summing
// per coder; all readings coincide for two coders. See u-alpha-2016.test.ts.
//
// A coder's own spans must become one partition. Overlapping spans with the same
// label are merged into their union (touching ones stay two units). Where spans
// with different labels overlap, each character goes to the shortest span
// covering it — a span marked inside another is the more specific reading — ties
// by the order of `labels`; a longer span cut by a nested one continues as
// separate units on either side. resolvedOverlap reports how many characters
// that decided. A coder who marked nothing is all gap.
//
// Cost: O(S log S) to build the partitions (S spans), one pass over L positions
// with per-value counts for the observed coincidences (no coder pairs), and one
// merge sweep per pair of coders over their units for X: O(m · Σ units).

import { assertLength, assertSpan, indexCoders, mergeOverlaps } from './alpha-u-1995';

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

type Partition = { starts: Int32Array; ends: Int32Array; values: Int32Array; count: number };

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

  const perCoder: LabelledInterval[][] = Array.from({ length: m }, () => []);
  for (const span of input.spans) {
    assertSpan(span, length);
    const value = labelIndex.get(span.label);
    if (value === undefined) throw new RangeError(`span [${span.start}, ${span.end}) has label ${JSON.stringify(span.label)}, which is not in labels`);
    const coder = coderIndex.get(span.coderId);
    if (coder !== undefined) perCoder[coder]!.push({ start: span.start, end: span.end, value });
  }
  let resolvedOverlap = 0;
  const partitions = perCoder.map((spans) => {
    const { partition, resolved } = partitionContinuum(spans, length);
    resolvedOverlap += resolved;
    return partition;
  });

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
  if (m < 2) return notDefined(`needs at least two coders; there ${m === 1 ? 'is one' : 'are none'}`);
  if (length === 0) return notDefined('the text is empty');

  // pairs[c·V + k] = (m − 1) · l_ck: whole numbers, so sums and "no variation" tests are exact.
  const pairs = countCoincidences(partitions, length, valueCount);
  const lengths = new Float64Array(valueCount); // l_c. = the total length of each value's sections
  const selfPairs = new Float64Array(valueCount); // Σ λ(s) per value
  for (const { starts, ends, values: sectionValues, count } of partitions) {
    for (let s = 0; s < count; s++) {
      const l = ends[s]! - starts[s]!;
      const v = sectionValues[s]!;
      lengths[v]! += l;
      selfPairs[v]! += v === 0 ? l : l * l;
    }
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
  if (lengths[0] === total) return notDefined('no coder marked any span', coincidences);

  const denominator = total * total - sumSelfPairs;
  // l.. − Σ_c e_cc simplifies to l.. (l..² − Σ_c l_c.²) / (l..² − Σ λ), since Σ_c of the
  // self-pairing terms cancels against the denominator's.
  const uAlpha = coefficient(
    (total - agreeing / (m - 1)) / total,
    (total * total - sumSquares) / denominator,
    'no variation: every coder gave the whole text one label',
  );
  const gap = lengths[0]!;
  const binaryUAlpha = coefficient(
    (2 * (gap - pairs[0]! / (m - 1))) / total, // l_∅k + l_k∅ over k ≠ ∅
    (2 * gap * (total - gap)) / denominator, // e_∅k + e_k∅ over k ≠ ∅
    'no variation: no coder left any gap',
  );
  const cuAlpha = codingAlpha(partitions, pairs, valueCount, m);
  return { uAlpha, cuAlpha, binaryUAlpha, coders: m, values, coincidences, resolvedOverlap };
}

type LabelledInterval = { start: number; end: number; value: number };

function undefinedCoefficient(note: string): UnitizingCoefficient {
  return { value: null, observedDisagreement: null, expectedDisagreement: null, note };
}

function coefficient(observed: number, expected: number, noVariation: string): UnitizingCoefficient {
  if (!(expected > 0)) return { value: null, observedDisagreement: observed, expectedDisagreement: expected, note: noVariation };
  return { value: 1 - observed / expected, observedDisagreement: observed, expectedDisagreement: expected };
}

/**
 * One coder's spans as a partition of [0, L) into valued units and gaps (value 0),
 * by the rules in the header: same-label overlaps merged, different-label
 * overlaps given to the shortest covering span.
 */
function partitionContinuum(spans: readonly LabelledInterval[], length: number): { partition: Partition; resolved: number } {
  const byValue = new Map<number, LabelledInterval[]>();
  for (const span of spans) {
    const list = byValue.get(span.value);
    if (list) list.push(span);
    else byValue.set(span.value, [span]);
  }
  const units: LabelledInterval[] = [];
  for (const [value, list] of byValue) for (const { start, end } of mergeOverlaps(list)) units.push({ start, end, value });
  units.sort((a, b) => a.start - b.start || a.end - b.end || a.value - b.value);

  let nested = false;
  for (let u = 1; u < units.length; u++) if (units[u]!.start < units[u - 1]!.end) nested = true;
  const pieces = nested ? resolveOverlaps(units) : { sections: units, resolved: 0 };

  const capacity = 2 * pieces.sections.length + 1;
  const partition: Partition = { starts: new Int32Array(capacity), ends: new Int32Array(capacity), values: new Int32Array(capacity), count: 0 };
  const push = (start: number, end: number, value: number) => {
    const n = partition.count++;
    partition.starts[n] = start;
    partition.ends[n] = end;
    partition.values[n] = value;
  };
  let at = 0;
  for (const { start, end, value } of pieces.sections) {
    if (start > at) push(at, start, 0);
    push(start, end, value);
    at = end;
  }
  if (at < length) push(at, length, 0);
  return { partition, resolved: pieces.resolved };
}

/** Cuts overlapping units (sorted by start) into disjoint pieces, each character to its shortest covering unit. */
function resolveOverlaps(units: readonly LabelledInterval[]): { sections: LabelledInterval[]; resolved: number } {
  const bounds = [...new Set(units.flatMap(({ start, end }) => [start, end]))].sort((a, b) => a - b);
  const sections: LabelledInterval[] = [];
  const active: number[] = []; // indices of units covering the current stretch
  let next = 0;
  let resolved = 0;
  let lastWinner = -1;
  for (let b = 0; b + 1 < bounds.length; b++) {
    const from = bounds[b]!;
    const to = bounds[b + 1]!;
    for (let a = active.length - 1; a >= 0; a--) if (units[active[a]!]!.end <= from) active.splice(a, 1);
    while (next < units.length && units[next]!.start <= from) active.push(next++);
    if (active.length === 0) {
      lastWinner = -1;
      continue;
    }
    if (active.length > 1) resolved += to - from;
    let winner = active[0]!;
    for (const candidate of active) if (shorterOrFirst(units[candidate]!, units[winner]!)) winner = candidate;
    const last = sections[sections.length - 1];
    // Consecutive stretches won by the same unit are one section; a unit
    // interrupted by a nested one resumes as a new section after it.
    if (winner === lastWinner && last && last.end === from) last.end = to;
    else sections.push({ start: from, end: to, value: units[winner]!.value });
    lastWinner = winner;
  }
  return { sections, resolved };
}

function shorterOrFirst(a: LabelledInterval, b: LabelledInterval): boolean {
  const la = a.end - a.start;
  const lb = b.end - b.start;
  return la < lb || (la === lb && (a.value < b.value || (a.value === b.value && a.start < b.start)));
}

/**
 * (m − 1) · l_ck for every pair of values. At each position with n_c coders on
 * value c, the ordered coder pairs on (c, k) number n_c · n_k, less n_c when
 * c = k (a coder is not paired with itself); runs of constant counts are added
 * at once.
 */
function countCoincidences(partitions: readonly Partition[], length: number, valueCount: number): Float64Array {
  const changes = new Int32Array((length + 1) * valueCount); // position-major: changes[x · V + v]
  for (const { starts, ends, values, count } of partitions) {
    for (let s = 0; s < count; s++) {
      changes[starts[s]! * valueCount + values[s]!]!++;
      changes[ends[s]! * valueCount + values[s]!]!--;
    }
  }
  const counts = new Float64Array(valueCount);
  const pairs = new Float64Array(valueCount * valueCount);
  let runStart = 0;
  const flush = (runEnd: number) => {
    const run = runEnd - runStart;
    if (run === 0) return;
    for (let c = 0; c < valueCount; c++) {
      const nc = counts[c]!;
      if (nc === 0) continue;
      for (let k = 0; k < valueCount; k++) pairs[c * valueCount + k]! += run * nc * (k === c ? nc - 1 : counts[k]!);
    }
  };
  for (let x = 0, row = 0; x < length; x++, row += valueCount) {
    let changed = false;
    for (let v = 0; v < valueCount; v++) {
      const delta = changes[row + v]!;
      if (delta === 0) continue;
      if (!changed) {
        flush(x);
        runStart = x;
        changed = true;
      }
      counts[v]! += delta;
    }
  }
  flush(length);
  return pairs;
}

/** cuα from the valued part of the coincidences and the per-pair unit overlaps X. */
function codingAlpha(partitions: readonly Partition[], pairs: Float64Array, valueCount: number, m: number): UnitizingAlpha2016Result['cuAlpha'] {
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
  if (pairable === 0) return result(undefinedCoefficient('no unit of one coder intersects a unit of another'));

  const overlapSquares = sumOverlapSquares(partitions); // X
  // With l* = O / (m − 1):  l*.. − X / ((m − 1) l*..) = (O..² − (m − 1) X) / ((m − 1) O..)
  // and l*.. − Σ_c e*_cc = (l*..² − Σ_c l*_c.²) / that, as for uα.
  const denominator = pairable * pairable - (m - 1) * overlapSquares;
  const observed = (pairable - agreeing) / pairable;
  if (!(denominator > 0)) {
    return result({
      value: null,
      observedDisagreement: observed,
      expectedDisagreement: null,
      note: 'expected coincidences are not defined: the units that intersect are too few to pair apart from themselves',
    });
  }
  const expected = (pairable * pairable - sumSquares) / denominator;
  return result(coefficient(observed, expected, 'no variation: every intersection of units carries one label'));
}

/** X = Σ_i Σ_{j≠i} Σ_{units g of i} |g ∩ units of j|², one merge sweep per unordered pair. */
function sumOverlapSquares(partitions: readonly Partition[]): number {
  const unitsOf = partitions.map(({ starts, ends, values, count }) => {
    const keep: number[] = [];
    for (let s = 0; s < count; s++) if (values[s] !== 0) keep.push(s);
    return { starts: Int32Array.from(keep, (s) => starts[s]!), ends: Int32Array.from(keep, (s) => ends[s]!) };
  });
  let sum = 0;
  for (let i = 0; i < unitsOf.length; i++) {
    const a = unitsOf[i]!;
    if (a.starts.length === 0) continue;
    for (let j = i + 1; j < unitsOf.length; j++) {
      const b = unitsOf[j]!;
      if (b.starts.length === 0) continue;
      // Each overlap of a unit p of i with a unit q of j adds to both |p ∩ units of j|
      // and |q ∩ units of i|; a unit's total is squared once the sweep passes its end.
      let p = 0;
      let q = 0;
      let overlapP = 0;
      let overlapQ = 0;
      while (p < a.starts.length && q < b.starts.length) {
        const pEnd = a.ends[p]!;
        const qEnd = b.ends[q]!;
        const overlap = Math.min(pEnd, qEnd) - Math.max(a.starts[p]!, b.starts[q]!);
        if (overlap > 0) {
          overlapP += overlap;
          overlapQ += overlap;
        }
        if (pEnd <= qEnd) {
          sum += overlapP * overlapP;
          overlapP = 0;
          p++;
        } else {
          sum += overlapQ * overlapQ;
          overlapQ = 0;
          q++;
        }
      }
      sum += overlapP * overlapP + overlapQ * overlapQ;
    }
  }
  return sum;
}
