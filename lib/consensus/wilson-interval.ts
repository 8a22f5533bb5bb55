// Wilson's (1927) score interval for a share, "Probable inference, the law of
// succession, and statistical inference", JASA 22(158), 209–212:
//
//   (p̂ + z²/2n ± z √(p̂(1 − p̂)/n + z²/4n²)) / (1 + z²/n),  z = 1.959964 for 95 %
//
// Chosen over p̂ ± z SE because it stays inside [0, 1] and keeps a width at
// p̂ = 0 or 1, where a reviewer who always or never agrees would otherwise get
// a zero-width interval. `trials` may be an effective count (the caller says
// which), so `share` is taken as given rather than as successes / trials.
import type { FigureInterval } from './types';

/** The normal quantile for a two-sided 95 % interval. */
const Z_95 = 1.959963984540054;

/** The 95 % Wilson interval of a share observed over `trials` (> 0) trials; null when there are none. */
export function wilsonInterval(share: number, trials: number): FigureInterval | null {
  if (!(trials > 0) || !Number.isFinite(share) || share < 0 || share > 1) return null;
  const z2 = Z_95 * Z_95;
  const denominator = 1 + z2 / trials;
  const centre = (share + z2 / (2 * trials)) / denominator;
  const half = (Z_95 / denominator) * Math.sqrt((share * (1 - share)) / trials + z2 / (4 * trials * trials));
  // At a share of 0 or 1 the bound on that side is exactly 0 or 1; rounding must not move it inside.
  const low = share === 0 ? 0 : Math.max(0, centre - half);
  const high = share === 1 ? 1 : Math.min(1, centre + half);
  return { low, high, level: 0.95, resamples: 0, method: 'wilson-score' };
}
