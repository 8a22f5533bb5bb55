// Krippendorff's alpha for nominal data with missing values, computed through
// the coincidence matrix as in Krippendorff (2011), "Computing Krippendorff's
// Alpha-Reliability" (Annenberg School for Communication, Departmental Papers 43):
//
//   alpha = 1 − (n − 1) · Σ_{c≠k} o_ck / Σ_{c≠k} n_c · n_k
//
// where only pairable units (two or more values) contribute, n is the number of
// pairable values and n_c their count per category. The off-diagonal sum of a
// unit's coincidences is (m_u² − Σ_c n_uc²) / (m_u − 1), so one pass over the
// matrix with per-unit category counts is enough: nothing is allocated per unit.
// Also the constructors of ReliabilityData the other coefficients share.
import type { ReliabilityData } from './types';
import { FIGURE_NOTES } from './figure-notes';

export type AlphaResult = {
  /** null when alpha is not defined for the data; `note` then says why. */
  value: number | null;
  /** Units with two or more values. */
  pairableUnits: number;
  /** Coders with at least one value in a pairable unit. */
  coders: number;
  /** n: the values in pairable units. */
  pairableValues: number;
  note?: string;
};

/** An empty units × coders matrix: every value missing (-1). */
export function reliabilityData(units: number, coders: number, categories: number): ReliabilityData {
  for (const [name, size] of [['units', units], ['coders', coders], ['categories', categories]] as const) {
    if (!Number.isInteger(size) || size < 0) throw new RangeError(`${name} must be a non-negative integer, got ${size}`);
  }
  return { units, coders, categories, values: new Int32Array(units * coders).fill(-1) };
}

/**
 * The matrix from one row per coder, one column per unit, as published
 * reliability tables print it; null (or undefined) is a missing value.
 */
export function reliabilityDataFromCoders(rows: readonly (readonly (number | null | undefined)[])[], categories: number): ReliabilityData {
  const units = rows.reduce((most, row) => Math.max(most, row.length), 0);
  const data = reliabilityData(units, rows.length, categories);
  rows.forEach((row, coder) =>
    row.forEach((value, unit) => {
      if (value !== null && value !== undefined) data.values[unit * rows.length + coder] = value;
    }),
  );
  assertReliabilityData(data);
  return data;
}

/** Throws unless the matrix has units × coders entries, each -1 or a category index. */
export function assertReliabilityData(data: ReliabilityData): void {
  const { units, coders, categories, values } = data;
  if (values.length !== units * coders) throw new RangeError(`expected ${units} × ${coders} = ${units * coders} values, got ${values.length}`);
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    if (value < -1 || value >= categories) throw new RangeError(`value ${value} at unit ${Math.floor(i / coders)}, coder ${i % coders} is not -1 or a category below ${categories}`);
  }
}

export function krippendorffAlphaNominal(data: ReliabilityData): AlphaResult {
  const { units, coders, categories, values } = data;
  if (values.length !== units * coders) throw new RangeError(`expected ${units} × ${coders} = ${units * coders} values, got ${values.length}`);

  // Per-unit counts are reset lazily: a category's count is stale unless it was
  // stamped with the current unit, which saves a clearing pass per unit.
  const unitCounts = new Int32Array(categories);
  const stamp = new Int32Array(categories).fill(-1);
  const totals = new Float64Array(categories);
  const coderValues = new Int32Array(coders); // values in pairable units, per coder
  const labelledAny = new Int32Array(coders);
  let pairableUnits = 0;
  let pairableValues = 0;
  let disagreement = 0; // Σ_{c≠k} o_ck

  for (let unit = 0, row = 0; unit < units; unit++, row += coders) {
    let m = 0;
    let squares = 0; // Σ_c n_uc², grown as (k + 1)² − k² = 2k + 1
    let lastValue = -1;
    let lastCoder = -1;
    for (let coder = 0; coder < coders; coder++) {
      const value = values[row + coder]!;
      if (value < 0) continue;
      if (value >= categories) throw new RangeError(`value ${value} at unit ${unit}, coder ${coder} is not a category below ${categories}`);
      if (stamp[value] !== unit) {
        stamp[value] = unit;
        unitCounts[value] = 0;
      }
      squares += 2 * unitCounts[value]! + 1;
      unitCounts[value]!++;
      totals[value]!++;
      coderValues[coder]!++;
      labelledAny[coder] = 1;
      m++;
      lastValue = value;
      lastCoder = coder;
    }
    if (m >= 2) {
      pairableUnits++;
      pairableValues += m;
      disagreement += (m * m - squares) / (m - 1);
    } else if (m === 1) {
      // A lone value is not pairable: take it back out of the margins.
      totals[lastValue]!--;
      coderValues[lastCoder]!--;
    }
  }

  const result = (value: number | null, note?: string): AlphaResult => ({
    value,
    pairableUnits,
    coders: countPositive(coderValues),
    pairableValues,
    ...(note === undefined ? {} : { note }),
  });
  if (countPositive(labelledAny) < 2) return result(null, FIGURE_NOTES.alphaFewerThanTwoCoders);
  if (pairableUnits === 0) return result(null, FIGURE_NOTES.alphaNoPairableUnit);

  let sumSquares = 0;
  for (let category = 0; category < categories; category++) sumSquares += totals[category]! * totals[category]!;
  // Integer arithmetic in doubles: exact, so "no variation" is an exact zero, not a tolerance.
  const expected = pairableValues * pairableValues - sumSquares; // Σ_{c≠k} n_c · n_k
  if (expected === 0) return result(null, FIGURE_NOTES.alphaNoVariation);
  return result(1 - ((pairableValues - 1) * disagreement) / expected);
}

function countPositive(counts: Int32Array): number {
  let positive = 0;
  for (let i = 0; i < counts.length; i++) if (counts[i]! > 0) positive++;
  return positive;
}
