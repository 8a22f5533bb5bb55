import { describe, expect, it } from 'vitest';
import { bootstrapAlphaNominal, coincidenceMatrix } from './alpha-bootstrap';
import { krippendorffAlphaNominal, reliabilityDataFromCoders } from './krippendorff-alpha';
import { mulberry32, seedFromData } from './seeded-random';
import type { ReliabilityData } from './types';

// Krippendorff (2011), example C: four observers, nominal, missing data; alpha = 0.743.
const _ = null;
const exampleC = reliabilityDataFromCoders(
  [
    [1, 2, 3, 3, 2, 1, 4, 1, 2, _, _, _],
    [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, _, 3],
    [_, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, _],
    [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, _],
  ].map((row) => row.map((value) => (value === null ? null : value - 1))),
  5,
);

let state = 5;
const random = () => (state = (state * 16_807) % 2_147_483_647) / 2_147_483_647;

/** units × coders with the true label given with probability `accuracy`, some values missing. */
function randomStudy(units: number, coders: number, accuracy: number): ReliabilityData {
  const values = new Int32Array(units * coders);
  for (let u = 0; u < units; u++) {
    const truth = Math.floor(random() * 3);
    for (let c = 0; c < coders; c++) values[u * coders + c] = random() < 0.2 ? -1 : random() < accuracy ? truth : Math.floor(random() * 3);
  }
  return { units, coders, categories: 3, values };
}

function binomialCdf(trials: number, p: number): number[] {
  const cdf: number[] = [];
  let term = (1 - p) ** trials; // P(X = 0)
  let sum = 0;
  for (let x = 0; x <= trials; x++) {
    sum += term;
    cdf.push(sum);
    term *= ((trials - x) / (x + 1)) * (p / (1 - p));
  }
  return cdf;
}

describe('seeded randomness', () => {
  it('mulberry32 repeats from a seed and spreads over [0, 1)', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const draws = Array.from({ length: 10_000 }, () => a());
    expect(draws.slice(0, 5)).toEqual(Array.from({ length: 5 }, () => b()));
    expect(Math.min(...draws)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...draws)).toBeLessThan(1);
    expect(draws.reduce((s, x) => s + x, 0) / draws.length).toBeCloseTo(0.5, 1);
  });

  it('seeds from the data: equal data, equal seed; one value changed, another seed', () => {
    const other = { ...exampleC, values: exampleC.values.slice() };
    expect(seedFromData(other.values)).toBe(seedFromData(exampleC.values));
    other.values[0] = 2;
    expect(seedFromData(other.values)).not.toBe(seedFromData(exampleC.values));
  });
});

describe('bootstrapAlphaNominal (Krippendorff’s algorithm, Hayes & Krippendorff 2007)', () => {
  it('builds the coincidence matrix of Krippendorff (2011), example C: n.. = 40, o_33 = 8, o_34 = o_43 = 1/3', () => {
    const { o, pairable, observers } = coincidenceMatrix(exampleC);
    expect(pairable).toBe(40);
    expect(observers).toBe(4);
    expect(o[2 * 5 + 2]).toBeCloseTo(8, 12); // units 3 and 4: four 3s each, 4 · 3 / 3 = 4 apiece
    expect(o[2 * 5 + 3]).toBeCloseTo(1 / 3, 12); // unit 6: 1, 2, 3, 4, each pair 1 / (4 − 1)
    expect(o.reduce((s, x) => s + x, 0)).toBeCloseTo(40, 12);
  });

  it('is reproducible: the same data give the same interval and q; another seed another draw', () => {
    expect(bootstrapAlphaNominal(exampleC)).toEqual(bootstrapAlphaNominal(exampleC));
    expect(bootstrapAlphaNominal(exampleC, { seed: 1 }).interval).not.toEqual(bootstrapAlphaNominal(exampleC, { seed: 2 }).interval);
  });

  it('draws M = min(25 q, n..(m − 1)/2) pairs: 60 for example C (n.. = 40, m = 4)', () => {
    expect(bootstrapAlphaNominal(exampleC).draws).toBe(60);
  });

  // Nominal δ is 0 or 1, so a resample's α* = 1 − X / (M D_e) with X, its disagreeing
  // pairs, Binomial(M, D_o): the bootstrap's exact distribution, computed independently here.
  it('matches the exact distribution it samples: percentiles and q within Monte Carlo error (example C)', () => {
    const { o, pairable: n } = coincidenceMatrix(exampleC);
    const margins = Array.from({ length: 5 }, (_, c) => Array.from({ length: 5 }, (__, k) => o[c * 5 + k]!).reduce((s, x) => s + x, 0));
    let disagreeing = 0;
    let expectedPairs = 0;
    for (let c = 0; c < 5; c++) {
      for (let k = 0; k < 5; k++) {
        if (c === k) continue;
        disagreeing += o[c * 5 + k]!;
        expectedPairs += margins[c]! * margins[k]!;
      }
    }
    const M = 60;
    const De = expectedPairs / (n * (n - 1));
    const cdf = binomialCdf(M, disagreeing / n);
    const alphaOf = (x: number) => 1 - x / (M * De);
    const { interval, belowThresholds } = bootstrapAlphaNominal(exampleC);
    // The lower limit is α* at some X: the exact P(α* ≤ low) must be near 2.5 %, likewise the upper near 97.5 %.
    const xLow = Math.round((1 - interval!.low) * M * De);
    const xHigh = Math.round((1 - interval!.high) * M * De);
    expect(alphaOf(xLow)).toBeCloseTo(interval!.low, 9);
    expect(1 - (xLow === 0 ? 0 : cdf[xLow - 1]!)).toBeGreaterThan(0.025 - 0.015); // P(X ≥ xLow)
    expect(1 - cdf[xLow]!).toBeLessThan(0.025 + 0.015); // P(X > xLow)
    expect(cdf[xHigh]!).toBeGreaterThan(0.025 - 0.015);
    expect(xHigh === 0 ? 0 : cdf[xHigh - 1]!).toBeLessThan(0.025 + 0.015);
    for (const threshold of [0.667, 0.8] as const) {
      const exact = 1 - cdf[Math.floor((1 - threshold) * M * De)]!; // P(α* < threshold) = P(X > (1 − t) M D_e)
      expect(Math.abs(belowThresholds![threshold === 0.667 ? '0.667' : '0.8'] - exact)).toBeLessThan(0.05);
    }
    expect(interval).toMatchObject({ level: 0.95, resamples: 1000, method: 'kalpha-bootstrap' });
    expect(interval!.low).toBeLessThan(0.743);
    expect(interval!.high).toBeGreaterThan(0.743);
  });

  it('brackets the point estimate on random studies of 20 to 400 units', () => {
    for (const [units, coders, accuracy] of [[20, 3, 0.8], [100, 5, 0.9], [400, 4, 0.7], [60, 2, 0.85]] as const) {
      const data = randomStudy(units, coders, accuracy);
      const alpha = krippendorffAlphaNominal(data).value!;
      const { interval, belowThresholds } = bootstrapAlphaNominal(data);
      expect(interval!.low).toBeLessThan(alpha);
      expect(interval!.high).toBeGreaterThan(alpha);
      expect(belowThresholds!['0.667']).toBeLessThanOrEqual(belowThresholds!['0.8']);
    }
  });

  it('has no interval where alpha is not defined or is 1 (nothing to resample)', () => {
    const agree = reliabilityDataFromCoders([[0, 1, 2], [0, 1, 2]], 3);
    expect(bootstrapAlphaNominal(agree)).toMatchObject({ interval: null, note: expect.stringMatching(/alpha = 1/) });
    const oneLabel = reliabilityDataFromCoders([[0, 0], [0, 0]], 3);
    expect(bootstrapAlphaNominal(oneLabel).interval).toBeNull();
    expect(bootstrapAlphaNominal(reliabilityDataFromCoders([[0, 1], [null, null]], 3)).interval).toBeNull();
  });
});
