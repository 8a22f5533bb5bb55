// Fleiss' kappa, Fleiss (1971) "Measuring nominal scale agreement among many
// raters", Psychological Bulletin 76(5), 378–382: agreement among a fixed
// number of raters per subject, so only the units every coder labelled count.
//
//   P_i = (Σ_j n_ij² − n) / (n (n − 1)),  P̄ = mean P_i,
//   p_j = Σ_i n_ij / (N n),  P_e = Σ_j p_j²,  kappa = (P̄ − P_e) / (1 − P_e)
import type { ReliabilityData } from './types';
import { FIGURE_NOTES } from './figure-notes';

export type FleissResult = {
  /** null when kappa is not defined for the data; `note` then says why. */
  value: number | null;
  /** N: the complete units (labelled by every coder) kappa was computed on. */
  units: number;
  /** n: raters per unit, i.e. all the coders of the matrix. */
  coders: number;
  note?: string;
};

export function fleissKappa(data: ReliabilityData): FleissResult {
  const { units, coders, categories, values } = data;
  if (values.length !== units * coders) throw new RangeError(`expected ${units} × ${coders} = ${units * coders} values, got ${values.length}`);
  const result = (value: number | null, used: number, note?: string): FleissResult => ({ value, units: used, coders, ...(note === undefined ? {} : { note }) });
  if (coders < 2) return result(null, 0, FIGURE_NOTES.fleissFewerThanTwoCoders);

  const unitCounts = new Int32Array(categories);
  const stamp = new Int32Array(categories).fill(-1);
  const totals = new Float64Array(categories);
  let complete = 0;
  let sumSquares = 0; // Σ_i Σ_j n_ij²

  for (let unit = 0, row = 0; unit < units; unit++, row += coders) {
    if (!isComplete(values, row, coders)) continue;
    complete++;
    for (let coder = 0; coder < coders; coder++) {
      const value = values[row + coder]!;
      if (value >= categories) throw new RangeError(`value ${value} at unit ${unit}, coder ${coder} is not a category below ${categories}`);
      if (stamp[value] !== unit) {
        stamp[value] = unit;
        unitCounts[value] = 0;
      }
      sumSquares += 2 * unitCounts[value]! + 1;
      unitCounts[value]!++;
      totals[value]!++;
    }
  }
  if (complete === 0) return result(null, 0, FIGURE_NOTES.fleissNoCompleteUnit);

  const ratings = complete * coders;
  let usedCategories = 0;
  let chanceSquares = 0; // Σ_j (Σ_i n_ij)²
  for (let category = 0; category < categories; category++) {
    const total = totals[category]!;
    if (total > 0) usedCategories++;
    chanceSquares += total * total;
  }
  // P_e = 1 exactly when a single category was used: decided on counts, not on a rounded P_e.
  if (usedCategories === 1) return result(null, complete, FIGURE_NOTES.fleissNoVariation);
  const observed = (sumSquares - ratings) / (ratings * (coders - 1));
  const chance = chanceSquares / (ratings * ratings);
  return result((observed - chance) / (1 - chance), complete);
}

function isComplete(values: Int32Array, row: number, coders: number): boolean {
  for (let coder = 0; coder < coders; coder++) if (values[row + coder]! < 0) return false;
  return true;
}
