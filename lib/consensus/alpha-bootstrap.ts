// The 95 % interval of Krippendorff's alpha (nominal) and the risk q of it
// falling short of 0.667 and 0.800, by Krippendorff's bootstrap algorithm as
// Hayes & Krippendorff (2007, "Answering the call for a standard reliability
// measure for coding data", Communication Methods and Measures 1(1), 77–89)
// describe it and Hayes's KALPHA macro runs it. Checked step by step against
// two ports of that algorithm, Klein & Reckmann's Stata kalpha (1.3.0) and
// Proutskova & Gruszczynski's R kripp.boot (1.0.0):
//
//  1. o_ck, the coincidence matrix of the pairable values (a unit with m_u ≥ 2
//     values adds 1/(m_u − 1) for each ordered pair of them), n.. its total;
//     D_e = Σ_{c≠k} n_c n_k δ_ck / (n..(n.. − 1)), held fixed throughout.
//  2. A pair of values is drawn as (c, k), c ≤ k, with probability o_cc / n..
//     on the diagonal and 2 o_ck / n.. off it; it contributes δ_ck / (M D_e)
//     (nominal δ: 0 if c = k, else 1), precomputed once per pair type.
//  3. M = min(25 q, ⌊n.. (m − 1) / 2⌉) pairs per resample, q the non-zero
//     cells of o_ck and m the coders with any value: the algorithm's own bound
//     on how many pairs the data are taken to hold, which keeps the interval
//     from narrowing past what a few dozen pairs per cell can show.
//  4. α* = 1 − Σ contributions, set to −1 below −1; 1,000 resamples.
//  5. A resample of agreeing pairs only gives α* = 1, but if they all fell in
//     one category alpha would be undefined (0/0): Σ_c (o_cc / n..)^M of the
//     resamples are expected to be such, and that many α* = 1 become 0 (all
//     of them when only one category has agreeing pairs).
//  6. Percentile interval (bootstrap-interval.ts); q_min = share of α* < min.
//
// Alpha = 1 (no disagreement at all) has nothing to resample: every draw agrees;
// KALPHA reports no interval then, and neither does this.
import { BOOTSTRAP_RESAMPLES, percentileInterval, shareBelowThresholds } from './bootstrap-interval';
import { mulberry32, seedFromData } from './seeded-random';
import type { FigureInterval, ReliabilityData, ThresholdRisk } from './types';
import { FIGURE_NOTES } from './figure-notes';

export type AlphaBootstrap = {
  interval: FigureInterval | null;
  belowThresholds: ThresholdRisk | null;
  /** M: pairs drawn per resample (0 when not bootstrapped). */
  draws: number;
  /** Why there is no interval. */
  note?: string;
};

export type BootstrapOptions = { resamples?: number; seed?: number };

/** o_ck over pairable units (row-major, categories²), n.., and the coders with any value. */
export function coincidenceMatrix({ units, coders, categories, values }: ReliabilityData): { o: Float64Array; pairable: number; observers: number } {
  const o = new Float64Array(categories * categories);
  const counts = new Int32Array(categories);
  const observed = new Uint8Array(coders);
  let pairable = 0;
  for (let unit = 0, row = 0; unit < units; unit++, row += coders) {
    counts.fill(0);
    let m = 0;
    for (let coder = 0; coder < coders; coder++) {
      const value = values[row + coder]!;
      if (value < 0) continue;
      counts[value]!++;
      observed[coder] = 1;
      m++;
    }
    if (m < 2) continue;
    pairable += m;
    for (let c = 0; c < categories; c++) {
      const nc = counts[c]!;
      if (nc === 0) continue;
      for (let k = 0; k < categories; k++) o[c * categories + k]! += (nc * (k === c ? nc - 1 : counts[k]!)) / (m - 1);
    }
  }
  return { o, pairable, observers: observed.reduce((sum, seen) => sum + seen, 0) };
}

/** The metrics of the bootstrap: nominal (labels) and ordinal (ranked answers, Krippendorff 2011 §E). */
export type AlphaMetric = 'nominal' | 'ordinal';

/**
 * δ²_ck for every pair of categories given the margins n_c: nominal 0/1; ordinal
 * (Σ_{g=c..k} n_g − (n_c + n_k)/2)², categories in rank order.
 */
export function metricDifferences(metric: AlphaMetric, margins: Float64Array): Float64Array {
  const categories = margins.length;
  const delta = new Float64Array(categories * categories);
  for (let c = 0; c < categories; c++) {
    let between = 0;
    for (let k = c; k < categories; k++) {
      between += margins[k]!;
      const d = k === c ? 0 : metric === 'nominal' ? 1 : (between - (margins[c]! + margins[k]!) / 2) ** 2;
      delta[c * categories + k] = d;
      delta[k * categories + c] = d;
    }
  }
  return delta;
}

export function bootstrapAlphaNominal(data: ReliabilityData, options: BootstrapOptions = {}): AlphaBootstrap {
  return bootstrapAlpha(data, 'nominal', options);
}

/** The same algorithm for either metric: a pair's contribution is δ²_ck / (M D_e) (Hayes & Krippendorff 2007 give it for any metric). */
export function bootstrapAlpha(data: ReliabilityData, metric: AlphaMetric, options: BootstrapOptions = {}): AlphaBootstrap {
  const resamples = options.resamples ?? BOOTSTRAP_RESAMPLES;
  const { categories } = data;
  const { o, pairable: n, observers } = coincidenceMatrix(data);
  const none = (note: string): AlphaBootstrap => ({ interval: null, belowThresholds: null, draws: 0, note });
  if (n === 0) return none(FIGURE_NOTES.bootstrapNoPairable);

  const margins = new Float64Array(categories);
  let disagreement = 0;
  let nonZeroCells = 0;
  for (let c = 0; c < categories; c++) {
    for (let k = 0; k < categories; k++) {
      const cell = o[c * categories + k]!;
      margins[c]! += cell;
      if (cell > 0) nonZeroCells++;
    }
  }
  const delta = metricDifferences(metric, margins);
  for (let i = 0; i < o.length; i++) disagreement += o[i]! * delta[i]!;
  let expectedPairs = 0; // Σ_{c≠k} n_c n_k δ²_ck
  for (let c = 0; c < categories; c++) for (let k = 0; k < categories; k++) if (c !== k) expectedPairs += margins[c]! * margins[k]! * delta[c * categories + k]!;
  if (expectedPairs === 0) return none(FIGURE_NOTES.bootstrapOneLabel);
  if (disagreement === 0) return none(FIGURE_NOTES.bootstrapAllAgree);
  const expected = expectedPairs / (n * (n - 1)); // D_e per pair of values

  const draws = Math.min(25 * nonZeroCells, Math.round((n * (observers - 1)) / 2));
  // Pair types c ≤ k with their cumulative probability and their contribution δ / (M D_e).
  const cumulative: number[] = [];
  const contribution: number[] = [];
  let total = 0;
  let agreeingOneCategory = 0; // Σ_c (o_cc / n..)^M
  let diagonalCategories = 0;
  for (let c = 0; c < categories; c++) {
    for (let k = c; k < categories; k++) {
      const p = (k === c ? o[c * categories + c]! : 2 * o[c * categories + k]!) / n;
      if (p === 0) continue;
      total += p;
      cumulative.push(total);
      contribution.push(delta[c * categories + k]! / (draws * expected));
      if (k === c) {
        agreeingOneCategory += p ** draws;
        diagonalCategories++;
      }
    }
  }
  cumulative[cumulative.length - 1] = Infinity; // rounding must not let a draw fall off the end

  const random = mulberry32(options.seed ?? seedFromData(data.values, Int32Array.of(data.units, data.coders, categories)));
  const alphas = new Float64Array(resamples);
  let ones = 0;
  for (let r = 0; r < resamples; r++) {
    let sum = 0;
    for (let d = 0; d < draws; d++) {
      const u = random();
      let j = 0;
      while (u >= cumulative[j]!) j++;
      sum += contribution[j]!;
    }
    const alpha = Math.max(1 - sum, -1);
    if (sum === 0) ones++;
    alphas[r] = sum === 0 ? 1 : alpha;
  }
  if (ones > 0) {
    const zeroed = diagonalCategories === 1 ? ones : Math.min(ones, Math.round(resamples * agreeingOneCategory));
    for (let r = 0, left = zeroed; r < resamples && left > 0; r++) {
      if (alphas[r] === 1) {
        alphas[r] = 0;
        left--;
      }
    }
  }
  alphas.sort();
  return { interval: percentileInterval(alphas, 'kalpha-bootstrap'), belowThresholds: shareBelowThresholds(alphas), draws };
}
