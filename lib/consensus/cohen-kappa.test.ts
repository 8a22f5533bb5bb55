import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cohenKappa, pairwiseAgreement } from './cohen-kappa';
import { reliabilityData, reliabilityDataFromCoders } from './krippendorff-alpha';
import type { ReliabilityData } from './types';

/** Two coders' units from a contingency table: table[i][j] units where A said i and B said j. */
function fromTable(table: readonly (readonly number[])[]): ReliabilityData {
  const pairs = table.flatMap((row, i) => row.flatMap((count, j) => Array.from({ length: count }, () => [i, j])));
  const data = reliabilityData(pairs.length, 2, table.length);
  pairs.forEach(([a, b], unit) => data.values.set([a!, b!], unit * 2));
  return data;
}

describe('cohenKappa: published examples', () => {
  it('the SAS PROC FREQ simple kappa example: kappa = 0.4842', () => {
    // The 3 × 3 table statsmodels checks against SAS's printout
    // (statsmodels/stats/tests/test_inter_rater.py, TestUnweightedCohens: Kappa 0.4842).
    // By hand: N = 19, p_o = 13/19, margins A (5, 8, 6), B (0, 13, 6), p_e = 140/361,
    // kappa = (247 − 140) / (361 − 140) = 107/221.
    const result = cohenKappa(fromTable([[0, 4, 1], [0, 8, 0], [0, 1, 5]]), 0, 1);
    expect(result.value).toBeCloseTo(0.4842, 4);
    expect(result.value).toBeCloseTo(107 / 221, 12);
    expect(result).toMatchObject({ observed: 13 / 19, shared: 19 });
  });

  it("Wikipedia's 50 grant proposals (yes/yes 20, yes/no 5, no/yes 10, no/no 15): kappa = 0.4", () => {
    // p_o = 35/50 = 0.7; p_e = 0.5 · 0.6 + 0.5 · 0.4 = 0.5; kappa = 0.2 / 0.5.
    const result = cohenKappa(fromTable([[20, 5], [10, 15]]), 0, 1);
    expect(result.value).toBeCloseTo(0.4, 12);
    expect(result.observed).toBeCloseTo(0.7, 12);
  });
});

describe('cohenKappa: small cases by hand', () => {
  it('is 1 for perfect agreement and counts only units both labelled', () => {
    const data = reliabilityDataFromCoders([[0, 1, 2, null, 1], [0, 1, 2, 2, null]], 3);
    // Three units, and a large-sample SE of 0 at κ = 1: no interval rather than a collapsed one.
    expect(cohenKappa(data, 0, 1)).toEqual({ value: 1, observed: 1, shared: 3, interval: null });
  });

  it('is negative for systematic disagreement', () => {
    // p_o = 0, p_e = 0.5: kappa = −1.
    expect(cohenKappa(reliabilityDataFromCoders([[0, 1, 0, 1], [1, 0, 1, 0]], 2), 0, 1).value).toBeCloseTo(-1, 12);
  });

  it('is null with a note when both coders used one category throughout (p_e = 1)', () => {
    const result = cohenKappa(reliabilityDataFromCoders([[2, 2, 2], [2, 2, 2]], 3), 0, 1);
    expect(result).toMatchObject({ value: null, observed: 1, shared: 3 });
    expect(result.note).toMatch(/no variation/);
  });

  it('is null with a note when the coders share no unit', () => {
    const result = cohenKappa(reliabilityDataFromCoders([[0, null], [null, 1]], 2), 0, 1);
    expect(result).toMatchObject({ value: null, observed: null, shared: 0 });
    expect(result.note).toMatch(/share no labelled unit/);
  });

  it('is defined when one coder varies and the other does not (p_e < 1)', () => {
    // A: 0 0 1 1, B: 0 0 0 0 → p_o = 0.5, p_e = 0.5 · 1 = 0.5, kappa = 0.
    expect(cohenKappa(reliabilityDataFromCoders([[0, 0, 1, 1], [0, 0, 0, 0]], 2), 0, 1).value).toBe(0);
  });

  it('rejects a coder outside the matrix', () => {
    expect(() => cohenKappa(reliabilityData(1, 2, 2), 0, 2)).toThrow(RangeError);
  });
});

describe('pairwiseAgreement', () => {
  const data = reliabilityDataFromCoders(
    [
      [0, 1, 2, 0, null, 1],
      [0, 1, 1, 0, 2, null],
      [1, null, 2, 0, 2, 1],
      [null, null, null, null, null, null],
    ],
    3,
  );
  const matrix = pairwiseAgreement(data, ['ana', 'ben', 'cai', 'dee']);

  it('is symmetric and equals cohenKappa for every pair', () => {
    expect(matrix.reviewers).toEqual(['ana', 'ben', 'cai', 'dee']);
    for (let a = 0; a < 4; a++) {
      for (let b = 0; b < 4; b++) {
        if (a === b) continue;
        const pair = cohenKappa(data, a, b);
        expect(matrix.cohenKappa[a]![b]).toBe(pair.value);
        expect(matrix.cohenKappa[b]![a]).toBe(pair.value);
        expect(matrix.observedAgreement[a]![b]).toBe(pair.observed);
        expect(matrix.sharedUnits[a]![b]).toBe(pair.shared);
      }
    }
    expect(matrix.sharedUnits[0]![1]).toBe(4);
    expect(matrix.cohenKappa[0]![3]).toBeNull();
  });

  it('has null kappa and agreement on the diagonal, with the units each coder labelled', () => {
    expect(matrix.cohenKappa.map((row, i) => row[i])).toEqual([null, null, null, null]);
    expect(matrix.observedAgreement.map((row, i) => row[i])).toEqual([null, null, null, null]);
    expect(matrix.sharedUnits.map((row, i) => row[i])).toEqual([5, 5, 5, 0]);
  });

  it('is a 1 × 1 null matrix for a single coder, and rejects a wrong number of ids', () => {
    const single = pairwiseAgreement(reliabilityDataFromCoders([[0, 1]], 2), ['ana']);
    expect(single).toEqual({ reviewers: ['ana'], cohenKappa: [[null]], cohenKappaInterval: [[null]], observedAgreement: [[null]], sharedUnits: [[2]] });
    expect(() => pairwiseAgreement(data, ['ana'])).toThrow(RangeError);
  });
});

describe("Cohen's kappa interval (Fleiss, Cohen & Everitt 1969)", () => {
  // statsmodels 0.13.5 cohens_kappa(table): kappa_low, kappa_upp (κ ± 1.96 std_kappa), for coders 0
  // and 1 of the datasets in fixtures/agreement-reference.json (computed with Debian's python3-statsmodels).
  const reference: Record<string, [number, number]> = {
    '20 units x 3 coders, 3 categories, 20% missing': [0.28293758019488124, 0.8935330080404129],
    '30 units x 2 coders, 2 categories, complete': [0.13595435159435293, 0.778072797726914],
    '50 units x 5 coders, 4 categories, 30% missing, 5 single-value units': [0.04729539234866803, 0.5692459610347906],
    '100 units x 10 coders, 3 categories, 20% missing': [0.40323499516605754, 0.7304437613106266],
    '40 units x 4 coders, 6 categories, 10% missing': [0.14780147239493457, 0.5630990015387147],
    '60 units x 6 coders, 2 categories, 50% missing, 10 single-value units': [-0.06426536527047955, 0.7309320319371461],
  };
  const fixture = JSON.parse(readFileSync(new URL('./fixtures/agreement-reference.json', import.meta.url), 'utf8')) as {
    datasets: { name: string; units: number; coders: number; categories: number; values: number[] }[];
  };

  it('equals statsmodels on the reference datasets', () => {
    expect(Object.keys(reference)).toHaveLength(fixture.datasets.length);
    for (const dataset of fixture.datasets) {
      const { interval } = cohenKappa({ ...dataset, values: Int32Array.from(dataset.values) }, 0, 1);
      const [low, high] = reference[dataset.name]!;
      expect(interval).toMatchObject({ level: 0.95, resamples: 0, method: 'analytic' });
      expect(interval!.low).toBeCloseTo(low, 9);
      expect(interval!.high).toBeCloseTo(high, 9);
    }
  });

  it('is in the pairwise matrix, symmetric, and null where kappa is, or on fewer than 10 shared units', () => {
    const a = [0, 1, 0, 1, 2, 2, 0, 1, 2, 0, 1, 2];
    const b = [0, 1, 1, 1, 2, 0, 0, 1, 2, 0, 2, 2];
    const data = reliabilityDataFromCoders([a, b, [...Array.from({ length: 11 }, () => null), 2], b.slice(0, 9)], 3);
    const matrix = pairwiseAgreement(data, ['a', 'b', 'c', 'd']);
    expect(matrix.cohenKappaInterval[0]![1]).toEqual(matrix.cohenKappaInterval[1]![0]);
    expect(matrix.cohenKappaInterval[0]![1]!.low).toBeLessThan(matrix.cohenKappa[0]![1]!);
    expect(matrix.cohenKappaInterval[0]![2]).toBeNull(); // one shared unit, one category: kappa not defined
    expect(matrix.cohenKappaInterval[0]![0]).toBeNull();
    expect(matrix.cohenKappa[0]![3]).not.toBeNull();
    expect(matrix.cohenKappaInterval[0]![3]).toBeNull(); // 9 shared units
  });

  it('is null where the formula gives no spread: a coder who used one label throughout', () => {
    const oneLabel = reliabilityDataFromCoders([Array.from({ length: 12 }, () => 0), Array.from({ length: 12 }, (_, i) => i % 2)], 2);
    expect(cohenKappa(oneLabel, 0, 1)).toMatchObject({ value: 0, interval: null });
  });
});
