// The 95 % interval of Fleiss' kappa: a percentile bootstrap over units (Efron
// & Tibshirani 1993), the units being the passages every reviewer labelled,
// drawn with replacement as many times as there are, kappa recomputed on each
// resample, 1,000 resamples. Zapf et al. (2016, BMC Medical Research
// Methodology 16:93) found this interval keeps its coverage where the
// asymptotic one of Fleiss (1971) does not. A unit's part of kappa, its
// category counts and Σ_j n_ij², is computed once, so a resample is a sum.
// A resample that happens to hold one category only has no kappa (chance
// agreement 1); it is left out, and `resamples` counts the ones kept.
import { BOOTSTRAP_RESAMPLES, percentileInterval } from './bootstrap-interval';
import type { BootstrapOptions } from './alpha-bootstrap';
import { mulberry32, seedFromData } from './seeded-random';
import type { FigureInterval, ReliabilityData } from './types';
import { FIGURE_NOTES } from './figure-notes';

export type KappaBootstrap = { interval: FigureInterval | null; note?: string };

export function bootstrapFleissKappa(data: ReliabilityData, options: BootstrapOptions = {}): KappaBootstrap {
  const resamples = options.resamples ?? BOOTSTRAP_RESAMPLES;
  const { units, coders, categories, values } = data;
  if (coders < 2) return { interval: null, note: FIGURE_NOTES.fleissBootNeedsTwo };
  // Per complete unit: its category counts, then Σ_j n_ij².
  const width = categories + 1;
  const rows: number[] = [];
  for (let unit = 0, row = 0; unit < units; unit++, row += coders) {
    const counts = new Array<number>(width).fill(0);
    let complete = true;
    for (let coder = 0; coder < coders && complete; coder++) {
      const value = values[row + coder]!;
      if (value < 0) complete = false;
      else counts[value]!++;
    }
    if (!complete) continue;
    counts[categories] = counts.slice(0, categories).reduce((sum, n) => sum + n * n, 0);
    rows.push(...counts);
  }
  const table = Float64Array.from(rows);
  const count = table.length / width;
  if (count < 2) return { interval: null, note: FIGURE_NOTES.fleissBootNeedsTwoPassages };

  const random = mulberry32(options.seed ?? seedFromData(table, Int32Array.of(coders)));
  const kappas = new Float64Array(resamples);
  const totals = new Float64Array(width);
  let kept = 0;
  for (let r = 0; r < resamples; r++) {
    totals.fill(0);
    for (let d = 0; d < count; d++) {
      const base = Math.floor(random() * count) * width;
      for (let j = 0; j < width; j++) totals[j]! += table[base + j]!;
    }
    const ratings = count * coders;
    let used = 0;
    let chanceSquares = 0;
    for (let j = 0; j < categories; j++) {
      if (totals[j]! > 0) used++;
      chanceSquares += totals[j]! * totals[j]!;
    }
    if (used < 2) continue;
    const observed = (totals[categories]! - ratings) / (ratings * (coders - 1));
    const chance = chanceSquares / (ratings * ratings);
    kappas[kept++] = (observed - chance) / (1 - chance);
  }
  if (kept === 0) return { interval: null, note: FIGURE_NOTES.fleissBootOneLabel };
  const sorted = kappas.subarray(0, kept).sort();
  return { interval: percentileInterval(sorted, 'unit-bootstrap') };
}
