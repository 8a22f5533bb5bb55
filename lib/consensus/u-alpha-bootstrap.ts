// The 95 % intervals of uα and cuα (u-alpha-2016.ts), and for each the risk q
// of falling short of 0.667 and 0.800.
//
// The resampling unit. Krippendorff's bootstrap for alpha draws pairs of values
// as if they were independent; the characters of a text are not: a reviewer's
// unit covers hundreds of them at once, so drawing characters (or character
// pairs) would pretend to thousands of observations where there are a few
// dozen decisions, and the interval would be far too narrow. What can be drawn
// independently is a stretch of text that no unit crosses: each maximal stretch
// covered by some reviewer's unit (overlapping and touching units join it) and
// each unmarked stretch between such stretches (unitizingStretches). Every
// decision a reviewer made about a unit, its boundaries and its label, lies in
// one stretch, so a stretch bootstrap (a block bootstrap whose blocks are the
// data's own clusters) resamples decisions, not characters. A resample draws as
// many stretches as the text has, with replacement; uα and cuα are recomputed
// from the drawn stretches' additive parts; 1,000 resamples; percentile
// interval. A resample in which a coefficient is not defined (no units, or no
// intersections for cuα) is left out of that coefficient's distribution.
import { BOOTSTRAP_RESAMPLES, percentileInterval, shareBelowThresholds } from './bootstrap-interval';
import type { BootstrapOptions } from './alpha-bootstrap';
import { mulberry32, seedFromData } from './seeded-random';
import type { FigureInterval, ThresholdRisk } from './types';
import { unitizingStretches, type UnitizingAlpha2016Input, type UnitizingStretches } from './u-alpha-2016';
import { FIGURE_NOTES } from './figure-notes';

export type UnitizingBootstrap = { interval: FigureInterval | null; belowThresholds: ThresholdRisk | null; note?: string };

export type UnitizingBootstraps = { uAlpha: UnitizingBootstrap; cuAlpha: UnitizingBootstrap; stretches: number };

/** Column layout of the compact per-stretch table; V values (gap first). */
function layout(V: number) {
  const lengths = 2;
  const cuPairable = lengths + V;
  const cuRows = cuPairable + 2;
  const overlap = cuRows + V - 1;
  return { agreeing: 0, selfPairs: 1, lengths, cuPairable, cuAgreeing: cuPairable + 1, cuRows, overlap, width: overlap + 1 };
}

/** Per stretch, only what the two coefficients need: 2V + 4 numbers. */
export function compactStretches(stretches: UnitizingStretches): Float64Array {
  const { values: V, cuts, pairs, lengths, selfPairs, overlapSquares } = stretches;
  const at = layout(V);
  const table = new Float64Array(cuts.length * at.width);
  for (let k = 0; k < cuts.length; k++) {
    const row = k * at.width;
    const block = k * V * V;
    for (let c = 0; c < V; c++) {
      table[row + at.agreeing]! += pairs[block + c * V + c]!;
      table[row + at.selfPairs]! += selfPairs[k * V + c]!;
      table[row + at.lengths + c] = lengths[k * V + c]!;
      if (c === 0) continue;
      for (let j = 1; j < V; j++) table[row + at.cuRows + c - 1]! += pairs[block + c * V + j]!;
      table[row + at.cuPairable]! += table[row + at.cuRows + c - 1]!;
      table[row + at.cuAgreeing]! += pairs[block + c * V + c]!;
    }
    table[row + at.overlap] = overlapSquares[k]!;
  }
  return table;
}

/** uα and cuα from summed stretch parts (the formulas of u-alpha-2016.ts); null where not defined. */
export function unitizingAlphasOf(totals: Float64Array, V: number, m: number): { uAlpha: number | null; cuAlpha: number | null } {
  const at = layout(V);
  let total = 0;
  let sumSquares = 0;
  for (let c = 0; c < V; c++) {
    const l = totals[at.lengths + c]!;
    total += l;
    sumSquares += l * l;
  }
  let uAlpha: number | null = null;
  if (total > 0 && totals[at.lengths]! < total) {
    const observed = (total - totals[at.agreeing]! / (m - 1)) / total;
    const expected = (total * total - sumSquares) / (total * total - totals[at.selfPairs]!);
    if (expected > 0) uAlpha = 1 - observed / expected;
  }
  let cuAlpha: number | null = null;
  const pairable = totals[at.cuPairable]!;
  const denominator = pairable * pairable - totals[at.overlap]!;
  if (pairable > 0 && denominator > 0) {
    let rowSquares = 0;
    for (let c = 0; c + 1 < V; c++) rowSquares += totals[at.cuRows + c]! ** 2;
    const observed = (pairable - totals[at.cuAgreeing]!) / pairable;
    const expected = (pairable * pairable - rowSquares) / denominator;
    if (expected > 0) cuAlpha = 1 - observed / expected;
  }
  return { uAlpha, cuAlpha };
}

export function bootstrapUnitizingAlphas(input: UnitizingAlpha2016Input, options: BootstrapOptions = {}): UnitizingBootstraps {
  const resamples = options.resamples ?? BOOTSTRAP_RESAMPLES;
  const stretches = unitizingStretches(input);
  const none = (note: string, count = 0): UnitizingBootstraps => ({
    uAlpha: { interval: null, belowThresholds: null, note },
    cuAlpha: { interval: null, belowThresholds: null, note },
    stretches: count,
  });
  if (stretches === null) return none(FIGURE_NOTES.stretchNeedsTwo);
  const { values: V, coders: m, cuts } = stretches;
  const count = cuts.length;
  if (count < 2) return none(FIGURE_NOTES.stretchOne, count);

  const table = compactStretches(stretches);
  const { width } = layout(V);
  const random = mulberry32(options.seed ?? seedFromData(table, Int32Array.of(m)));
  const u = new Float64Array(resamples);
  const cu = new Float64Array(resamples);
  let keptU = 0;
  let keptCu = 0;
  const totals = new Float64Array(width);
  for (let r = 0; r < resamples; r++) {
    totals.fill(0);
    for (let d = 0; d < count; d++) {
      const base = Math.floor(random() * count) * width;
      for (let j = 0; j < width; j++) totals[j]! += table[base + j]!;
    }
    const alphas = unitizingAlphasOf(totals, V, m);
    if (alphas.uAlpha !== null) u[keptU++] = alphas.uAlpha;
    if (alphas.cuAlpha !== null) cu[keptCu++] = alphas.cuAlpha;
  }
  const summarise = (values: Float64Array, kept: number): UnitizingBootstrap => {
    if (kept === 0) return { interval: null, belowThresholds: null, note: FIGURE_NOTES.stretchNoneDefined };
    const sorted = values.subarray(0, kept).sort();
    return { interval: percentileInterval(sorted, 'stretch-bootstrap'), belowThresholds: shareBelowThresholds(sorted) };
  };
  return { uAlpha: summarise(u, keptU), cuAlpha: summarise(cu, keptCu), stretches: count };
}
