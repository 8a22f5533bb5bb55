import { describe, expect, it } from 'vitest';
import { krippendorffAlphaNominal, reliabilityData, reliabilityDataFromCoders } from './krippendorff-alpha';
import type { ReliabilityData } from './types';

// Worked examples from Krippendorff, K. (2011). Computing Krippendorff's
// Alpha-Reliability. Annenberg School for Communication, University of
// Pennsylvania, Departmental Papers (ASC) 43. Tables are printed there with
// observers in rows and units in columns, which is the layout used here.
describe('krippendorffAlphaNominal: Krippendorff (2011) worked examples', () => {
  it('A. binary data, two observers, no missing data: alpha = 0.095', () => {
    const data = reliabilityDataFromCoders(
      [
        [0, 1, 0, 0, 0, 0, 0, 0, 1, 0],
        [1, 1, 1, 0, 0, 1, 0, 0, 0, 0],
      ],
      2,
    );
    const result = krippendorffAlphaNominal(data);
    expect(result.value).toBeCloseTo(0.095, 3);
    // By hand: n = 20, n_0 = 14, n_1 = 6, o_01 = 4, so alpha = 1 − 19 · 8 / (2 · 14 · 6) = 1 − 76/84.
    expect(result.value).toBeCloseTo(1 - 76 / 84, 12);
    expect(result).toMatchObject({ pairableUnits: 10, pairableValues: 20, coders: 2 });
  });

  it('B. nominal data, two observers, no missing data: alpha = 0.692', () => {
    const [a, b, c, d, e] = [0, 1, 2, 3, 4];
    const data = reliabilityDataFromCoders(
      [
        [a, a, b, b, d, c, c, c, e, d, d, a],
        [b, a, b, b, b, c, c, c, e, d, d, d],
      ],
      5,
    );
    expect(krippendorffAlphaNominal(data).value).toBeCloseTo(0.692, 3);
  });

  it('C. nominal data, four observers, missing data: alpha = 0.743, unit 12 (one value) not pairable', () => {
    const _ = null;
    // Values 1..5 in the paper; category index = value − 1.
    const rows = [
      [1, 2, 3, 3, 2, 1, 4, 1, 2, _, _, _],
      [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, _, 3],
      [_, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, _],
      [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, _],
    ].map((row) => row.map((value) => (value === null ? null : value - 1)));
    const result = krippendorffAlphaNominal(reliabilityDataFromCoders(rows, 5));
    expect(result.value).toBeCloseTo(0.743, 3);
    // The paper's n.. = 40 pairable values in 11 units.
    expect(result).toMatchObject({ pairableUnits: 11, pairableValues: 40, coders: 4 });
  });
});

describe('krippendorffAlphaNominal: small cases by hand', () => {
  it('is 1 for perfect agreement and ignores missing values', () => {
    const data = reliabilityDataFromCoders(
      [
        [0, 1, 2, null, 1],
        [0, 1, 2, 0, null],
        [null, 1, 2, 0, 1],
      ],
      3,
    );
    expect(krippendorffAlphaNominal(data).value).toBe(1);
  });

  it('is negative for systematic disagreement', () => {
    const data = reliabilityDataFromCoders(
      [
        [0, 1, 0, 1],
        [1, 0, 1, 0],
      ],
      2,
    );
    // n = 8, n_0 = n_1 = 4, o_01 = 4: alpha = 1 − 7 · 8 / (2 · 16) = −0.75.
    expect(krippendorffAlphaNominal(data).value).toBeCloseTo(-0.75, 12);
  });

  it('is null with a note when there is no variation', () => {
    const data = reliabilityDataFromCoders(
      [
        [1, 1, 1],
        [1, 1, null],
      ],
      3,
    );
    const result = krippendorffAlphaNominal(data);
    expect(result.value).toBeNull();
    expect(result.note).toMatch(/no variation/);
    expect(result.pairableUnits).toBe(2);
  });

  it('is null with a note for a single coder', () => {
    const result = krippendorffAlphaNominal(reliabilityDataFromCoders([[0, 1, 2, 1]], 3));
    expect(result).toMatchObject({ value: null, coders: 0, pairableUnits: 0 });
    expect(result.note).toMatch(/fewer than two coders/);
  });

  it('is null with a note when no unit has two values', () => {
    const data = reliabilityDataFromCoders(
      [
        [0, null, 1],
        [null, 1, null],
      ],
      2,
    );
    const result = krippendorffAlphaNominal(data);
    expect(result).toMatchObject({ value: null, pairableUnits: 0, pairableValues: 0, coders: 0 });
    expect(result.note).toMatch(/no unit was labelled by two or more coders/);
  });

  it('is null for an empty matrix', () => {
    expect(krippendorffAlphaNominal(reliabilityData(0, 0, 3)).value).toBeNull();
  });

  it('leaves lone values out of the margins', () => {
    // The lone 1s would add variation if they were counted; without them there is none.
    const data = reliabilityDataFromCoders(
      [
        [0, 0, 1, null],
        [0, 0, null, 1],
      ],
      2,
    );
    expect(krippendorffAlphaNominal(data)).toMatchObject({ value: null, pairableUnits: 2, pairableValues: 4 });
  });

  it('rejects values that are not a category or -1', () => {
    const data = reliabilityData(2, 2, 2);
    data.values.set([0, 1, 2, 0]);
    expect(() => krippendorffAlphaNominal(data)).toThrow(RangeError);
    expect(() => krippendorffAlphaNominal({ ...data, values: new Int32Array(3) })).toThrow(RangeError);
  });
});

/** Alpha by its definition, 1 − D_o / D_e, enumerating ordered pairs of values: slow, and independent of the coincidence shortcut. */
function naiveAlpha(data: ReliabilityData): number | null {
  const pooled: number[] = [];
  let observedSum = 0;
  for (let unit = 0; unit < data.units; unit++) {
    const unitValues = Array.from(data.values.subarray(unit * data.coders, (unit + 1) * data.coders)).filter((value) => value >= 0);
    const m = unitValues.length;
    if (m < 2) continue;
    pooled.push(...unitValues);
    for (let i = 0; i < m; i++) for (let j = 0; j < m; j++) if (i !== j && unitValues[i] !== unitValues[j]) observedSum += 1 / (m - 1);
  }
  const n = pooled.length;
  let expectedPairs = 0;
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) if (i !== j && pooled[i] !== pooled[j]) expectedPairs++;
  if (n === 0 || expectedPairs === 0) return null;
  const observed = observedSum / n;
  const expected = expectedPairs / (n * (n - 1));
  return 1 - observed / expected;
}

/** Mulberry32: seeded, so a failure can be replayed. */
function seededRandom(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('krippendorffAlphaNominal: against a naive implementation', () => {
  it('agrees on 300 random matrices with missing data', () => {
    const random = seededRandom(42);
    for (let trial = 0; trial < 300; trial++) {
      const units = 1 + Math.floor(random() * 30);
      const coders = 1 + Math.floor(random() * 8);
      const categories = 1 + Math.floor(random() * 5);
      const missing = random() * 0.8;
      const data = reliabilityData(units, coders, categories);
      for (let i = 0; i < data.values.length; i++) data.values[i] = random() < missing ? -1 : Math.floor(random() * categories);
      const expected = naiveAlpha(data);
      const actual = krippendorffAlphaNominal(data).value;
      if (expected === null) expect(actual, `trial ${trial}`).toBeNull();
      else expect(actual, `trial ${trial}`).toBeCloseTo(expected, 10);
    }
  });
});
