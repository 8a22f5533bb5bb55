import { describe, expect, it } from 'vitest';
import { fleissKappa } from './fleiss-kappa';
import { reliabilityData, reliabilityDataFromCoders } from './krippendorff-alpha';
import type { ReliabilityData } from './types';

/** Units as rows of raters' categories (1-based, as printed), turned into the unit-major matrix. */
function fromRatings(rows: readonly (readonly number[])[], categories: number): ReliabilityData {
  const coders = rows[0]!.length;
  const data = reliabilityData(rows.length, coders, categories);
  rows.forEach((row, unit) => row.forEach((value, coder) => (data.values[unit * coders + coder] = value - 1)));
  return data;
}

/** Units as rows of counts per category; which rater gave which category does not matter to Fleiss' kappa. */
function fromCounts(rows: readonly (readonly number[])[]): ReliabilityData {
  const coders = rows[0]!.reduce((sum, count) => sum + count, 0);
  const data = reliabilityData(rows.length, coders, rows[0]!.length);
  rows.forEach((counts, unit) => {
    let coder = 0;
    counts.forEach((count, category) => {
      for (let k = 0; k < count; k++) data.values[unit * coders + coder++] = category;
    });
  });
  return data;
}

// Fleiss, J. L. (1971). Measuring nominal scale agreement among many raters.
// Psychological Bulletin, 76(5), 378–382: 30 patients, 6 psychiatrists each,
// 5 diagnoses (1 depression, 2 personality disorder, 3 schizophrenia,
// 4 neurosis, 5 other); kappa = .430. Fleiss printed the counts per diagnosis;
// these per-rater rows are the same data as R's irr::diagnoses, copied from
// statsmodels/stats/tests/test_inter_rater.py, where irr's kappam.fleiss gives 0.4302445.
const DIAGNOSES = [
  [4, 4, 4, 4, 4, 4], [2, 2, 2, 5, 5, 5], [2, 3, 3, 3, 3, 5], [5, 5, 5, 5, 5, 5], [2, 2, 2, 4, 4, 4],
  [1, 1, 3, 3, 3, 3], [3, 3, 3, 3, 5, 5], [1, 1, 3, 3, 3, 4], [1, 1, 4, 4, 4, 4], [5, 5, 5, 5, 5, 5],
  [1, 4, 4, 4, 4, 4], [1, 2, 4, 4, 4, 4], [2, 2, 2, 3, 3, 3], [1, 4, 4, 4, 4, 4], [2, 2, 4, 4, 4, 5],
  [3, 3, 3, 3, 3, 5], [1, 1, 1, 4, 5, 5], [1, 1, 1, 1, 1, 2], [2, 2, 4, 4, 4, 4], [1, 3, 3, 5, 5, 5],
  [5, 5, 5, 5, 5, 5], [2, 4, 4, 4, 4, 4], [2, 2, 4, 5, 5, 5], [1, 1, 4, 4, 4, 4], [1, 4, 4, 4, 4, 5],
  [2, 2, 2, 2, 2, 4], [1, 1, 1, 1, 5, 5], [2, 2, 4, 4, 4, 4], [1, 3, 3, 3, 3, 3], [5, 5, 5, 5, 5, 5],
];

// The example in Wikipedia's "Fleiss' kappa" article: 10 subjects, 14 raters,
// 5 categories, counts per category; P̄ = 0.378, P_e = 0.213, kappa = 0.210.
// (Also statsmodels' test_fleiss_kappa.)
const WIKIPEDIA = [
  [0, 0, 0, 0, 14], [0, 2, 6, 4, 2], [0, 0, 3, 5, 6], [0, 3, 9, 2, 0], [2, 2, 8, 1, 1],
  [7, 7, 0, 0, 0], [3, 2, 6, 3, 0], [2, 5, 3, 2, 2], [6, 5, 2, 1, 0], [0, 2, 2, 3, 7],
];

describe('fleissKappa: published examples', () => {
  it('Fleiss (1971), 30 patients × 6 psychiatrists × 5 diagnoses: kappa = 0.430', () => {
    const result = fleissKappa(fromRatings(DIAGNOSES, 5));
    expect(result.value).toBeCloseTo(0.43, 3);
    expect(result.value).toBeCloseTo(0.4302445, 7);
    expect(result).toMatchObject({ units: 30, coders: 6 });
  });

  it('Wikipedia, 10 subjects × 14 raters: kappa = 0.210', () => {
    const result = fleissKappa(fromCounts(WIKIPEDIA));
    expect(result.value).toBeCloseTo(0.21, 3);
    expect(result).toMatchObject({ units: 10, coders: 14 });
  });
});

describe('fleissKappa: units and edge cases', () => {
  it('uses only the units every coder labelled', () => {
    const complete = fromRatings(DIAGNOSES, 5);
    const data = reliabilityData(32, 6, 5);
    data.values.set(complete.values);
    // Two incomplete units that would change kappa if they counted.
    data.values.set([0, 1, 2, 3, 4, -1, -1, -1, -1, -1, -1, 0], 30 * 6);
    const result = fleissKappa(data);
    expect(result.value).toBe(fleissKappa(complete).value);
    expect(result.units).toBe(30);
  });

  it('is 1 for perfect agreement and negative for systematic disagreement', () => {
    expect(fleissKappa(reliabilityDataFromCoders([[0, 1, 2], [0, 1, 2], [0, 1, 2]], 3)).value).toBe(1);
    // Two raters always split: P̄ = 0, P_e = 0.5, kappa = −1.
    expect(fleissKappa(reliabilityDataFromCoders([[0, 1, 0, 1], [1, 0, 1, 0]], 2)).value).toBeCloseTo(-1, 12);
  });

  it('is null with a note for one coder, no complete unit, or a single category (P_e = 1)', () => {
    expect(fleissKappa(reliabilityDataFromCoders([[0, 1, 1]], 2))).toMatchObject({ value: null, note: 'fewer than two coders' });
    const sparse = fleissKappa(reliabilityDataFromCoders([[0, null], [null, 1]], 2));
    expect(sparse).toMatchObject({ value: null, units: 0 });
    expect(sparse.note).toMatch(/no unit was labelled by every coder/);
    const flat = fleissKappa(reliabilityDataFromCoders([[1, 1, 1], [1, 1, 1]], 3));
    expect(flat).toMatchObject({ value: null, units: 3 });
    expect(flat.note).toMatch(/no variation/);
  });
});
