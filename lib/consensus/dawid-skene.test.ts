import { describe, expect, it } from 'vitest';
import { dawidSkene, fitDawidSkene, type Observation } from './dawid-skene';
import type { ReliabilityData } from './types';

/** Units × coders from one row per unit; null = missing. */
const matrix = (rows: (number | null)[][], categories: number): ReliabilityData => ({
  units: rows.length,
  coders: rows[0]!.length,
  categories,
  values: Int32Array.from(rows.flat(), (value) => value ?? -1),
});

describe('dawidSkene', () => {
  it('matches one EM round worked by hand', () => {
    // Coders A, B, C; two categories. Initial posteriors are the vote shares:
    // u0 (1, 0), u1 (1/3, 2/3), u2 (0, 1). M-step: priors (4/9, 5/9);
    // A and B: truth 0 → (3/4, 1/4), truth 1 → (0, 1); C: truth 0 → (1, 0), truth 1 → (2/5, 3/5).
    // E-step for u1 (A=1, B=1, C=0): class 0 ∝ 4/9 · 1/4 · 1/4 · 1 = 1/36, class 1 ∝ 5/9 · 1 · 1 · 2/5 = 8/36.
    const fit = dawidSkene(matrix([[0, 0, 0], [1, 1, 0], [1, 1, 1]], 2), { iterations: 1, smoothing: 0 });
    expect(fit.iterations).toBe(1);
    expect([...fit.priors]).toEqual([4 / 9, 5 / 9].map((p) => expect.closeTo(p, 12)));
    expect(fit.confusion[(2 * 2 + 1) * 2 + 0]).toBeCloseTo(2 / 5, 12);
    expect(fit.posteriors[1 * 2 + 1]).toBeCloseTo(8 / 9, 12);
    expect([...fit.labels]).toEqual([0, 1, 1]);
    // Reliability = Σ_k prior_k π_kk: A 4/9 · 3/4 + 5/9 · 1 = 8/9; C 4/9 · 1 + 5/9 · 3/5 = 7/9.
    expect(fit.reliability[0]).toBeCloseTo(8 / 9, 12);
    expect(fit.reliability[2]).toBeCloseTo(7 / 9, 12);
  });

  it('gives reviewers who always disagree low reliability, and their majority is outweighed', () => {
    // A, B, C label twelve passages correctly; D and E always pick a wrong label.
    const rows: (number | null)[][] = Array.from({ length: 12 }, (_, u) => {
      const truth = u % 3;
      return [truth, truth, truth, (truth + 1 + (u % 2)) % 3, (truth + 2 - (u % 2)) % 3];
    });
    // The test passage: A says 0, D and E say 1 — a 2–1 majority for 1.
    rows.push([0, null, null, 1, 1]);
    const fit = dawidSkene(matrix(rows, 3));
    expect(fit.reliability[0]).toBeGreaterThan(0.9);
    expect(fit.reliability[3]).toBeLessThan(0.1);
    expect(fit.reliability[4]).toBeLessThan(0.1);
    expect(fit.labels[12]).toBe(0);
    expect(fit.probabilities[12]).toBeGreaterThan(0.9);
    expect([...fit.labels.slice(0, 12)]).toEqual(rows.slice(0, 12).map((row) => row[0]));
  });

  it('is all but certain when everyone agrees', () => {
    const rows = Array.from({ length: 10 }, (_, u) => Array.from({ length: 5 }, () => u % 3));
    const fit = dawidSkene(matrix(rows, 3));
    expect(fit.converged).toBe(true);
    for (let u = 0; u < 10; u++) {
      expect(fit.labels[u]).toBe(u % 3);
      expect(fit.probabilities[u]).toBeGreaterThan(0.9999);
    }
    for (const reliability of fit.reliability) expect(reliability).toBeGreaterThan(0.99);
  });

  it('gives no reliability to a coder with no labels, and the priors to a unit with none', () => {
    const fit = dawidSkene(matrix([[0, 0, null], [1, 1, null], [null, null, null]], 2));
    expect(fit.reliability[2]).toBeNull();
    expect(fit.labels[2]).toBe(-1);
    expect(fit.posteriors[4]).toBeCloseTo(fit.priors[0]!, 12);
  });

  it('reproduces the reference estimates for Dawid & Skene’s (1979) anaesthetist data', () => {
    // Table 1 of the paper: 45 patients, 5 anaesthetists (the first rated each
    // patient three times), 4 classes. Transcribed from dallascard/dawid_skene
    // (generate_sample_data). Expected figures: that repository's EM (eq. 3.1
    // initialisation, M-step then E-step), run in Python to a change below
    // 1e-12; it stops after 30 rounds. They are not the paper's printed
    // tables, which we could not consult.
    const fit = fitDawidSkene(45, 5, 4, anaesthetistObservations(), { smoothing: 0, iterations: 1_000, tolerance: 1e-12 });
    const close = (values: number[]) => values.map((value) => expect.closeTo(value, 5));
    expect([...fit.priors]).toEqual(close([0.399555, 0.421983, 0.111795, 0.066667]));
    expect([...fit.confusion.slice(0, 16)]).toEqual(close([0.889488, 0.110512, 0, 0, 0.070585, 0.87638, 0.053035, 0, 0, 0.338822, 0.661178, 0, 0, 0, 0.555556, 0.444444]));
    expect(fit.reliability).toEqual(close([0.828763, 0.778869, 0.776648, 0.866943, 0.842372]));
    expect([...fit.posteriors.slice(14 * 4, 15 * 4)]).toEqual(close([0.999997, 3e-6, 0, 0])); // patient 15
    expect([...fit.labels.slice(0, 12)]).toEqual([0, 3, 1, 1, 1, 1, 0, 2, 1, 1, 3, 2]);
  });
});

/** Responses per patient: observer 1's three ratings, then observers 2–5; classes 1–4 as in the paper. */
const ANAESTHETISTS = `
111 1 1 1 1 | 333 4 3 3 4 | 112 2 1 2 2 | 222 3 1 2 1 | 222 3 2 2 2 | 222 3 3 2 2 | 122 2 1 1 1 | 333 3 4 3 3 | 222 2 2 2 3
232 2 2 2 3 | 444 4 4 4 4 | 222 3 3 4 3 | 111 1 1 1 1 | 222 3 2 1 2 | 121 1 1 1 1 | 111 2 1 1 1 | 111 1 1 1 1 | 111 1 1 1 1
222 2 2 2 1 | 222 1 3 2 2 | 222 2 2 2 2 | 222 2 2 2 1 | 222 3 2 2 2 | 221 2 2 2 2 | 111 1 1 1 1 | 111 1 1 1 1 | 232 2 2 2 2
111 1 1 1 1 | 111 1 1 1 1 | 112 1 1 2 1 | 111 1 1 1 1 | 333 3 2 3 3 | 111 1 1 1 1 | 222 2 2 2 2 | 222 3 2 3 2 | 433 4 3 4 3
221 2 2 3 2 | 232 3 2 3 3 | 333 3 4 3 2 | 111 1 1 1 1 | 111 1 1 1 1 | 121 2 1 1 1 | 232 2 2 2 2 | 121 1 1 1 1 | 222 2 2 2 2`;

function anaesthetistObservations(): Observation[] {
  const patients = ANAESTHETISTS.trim().split(/\s*[|\n]\s*/);
  expect(patients).toHaveLength(45);
  return patients.flatMap((patient, unit) =>
    patient.split(' ').flatMap((ratings, coder) => [...ratings].map((rating) => ({ unit, coder, category: Number(rating) - 1 }))),
  );
}
