// The pieces every interval shares: how many resamples, which level, which
// thresholds, and how a sorted set of resampled values becomes an interval.
//
// The percentile positions are those of Hayes's KALPHA macro and its ports
// (Klein & Reckmann's Stata kalpha, Proutskova & Gruszczynski's kripp.boot):
// with R sorted values, the lower limit is the ⌊R (1 − level)/2⌋-th and the
// upper the (⌊R (1 + level)/2⌋ + 1)-th, counting from 1; for R = 1,000 and 95 %,
// the 25th and the 976th.
import type { FigureInterval, IntervalMethod, ThresholdRisk } from './types';

/** Enough for stable 2.5 % and 97.5 % percentiles (Efron & Tibshirani 1993 suggest 1,000 for percentile intervals), and fast (bench/agreement-intervals.ts). */
export const BOOTSTRAP_RESAMPLES = 1000;
export const INTERVAL_LEVEL = 0.95;
/** Krippendorff's (2004, 2019) minimums: rely on data from α ≥ 0.800, tentative conclusions from 0.667. */
export const ALPHA_THRESHOLDS = [0.667, 0.8] as const;

/** The percentile interval of sorted values (ascending, at least one). */
export function percentileInterval(sorted: Float64Array, method: IntervalMethod, level = INTERVAL_LEVEL): FigureInterval {
  const count = sorted.length;
  const tail = (1 - level) / 2;
  // Rounding guards against 0.025 · 1000 = 24.999…; positions are counted from 1.
  const lower = Math.max(Math.floor(round9(tail * count)), 1);
  const upper = Math.min(Math.floor(round9((1 - tail) * count)) + 1, count);
  return { low: sorted[lower - 1]!, high: sorted[upper - 1]!, level: 0.95, resamples: count, method };
}

/** The share of resampled values below each of Krippendorff's thresholds: q, the risk of not reaching it. */
export function shareBelowThresholds(sorted: Float64Array): ThresholdRisk {
  const below = (threshold: number) => {
    let low = 0;
    let high = sorted.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (sorted[middle]! < threshold) low = middle + 1;
      else high = middle;
    }
    return low / sorted.length;
  };
  return { '0.667': below(ALPHA_THRESHOLDS[0]), '0.8': below(ALPHA_THRESHOLDS[1]) };
}

function round9(value: number): number {
  return Math.round(value * 1e9) / 1e9;
}
