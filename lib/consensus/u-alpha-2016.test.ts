import { describe, expect, it } from 'vitest';
import { LABELS } from '../vocabulary';
import { unitizingAlpha2016, type LabelledSpan } from './u-alpha-2016';

// The book's worked example (Krippendorff 2019, Fig. 12.11, three observers),
// hand computations written out in full, limiting cases, a brute-force
// evaluation of the formulas, and the reduction to the ordinary nominal alpha
// that the coincidence form implies.

const labels: string[] = [...LABELS];
const span = (coderId: string, label: string, start: number, end: number): LabelledSpan => ({ coderId, label, start, end });

describe('unitizingAlpha2016: hand computations', () => {
  it('one label, two coders: uα = |uα = 729/910; cuα undefined (one label)', () => {
    // L = 10. A: ∅[0,2) claim[2,6) ∅[6,10); B: ∅[0,3) claim[3,6) ∅[6,10).
    // Positions 0–1 and 6–9 are (∅,∅), 2 is (claim,∅), 3–5 are (claim,claim); m − 1 = 1, so
    //   l_∅∅ = 2·6 = 12, l_∅c = l_c∅ = 1, l_cc = 2·3 = 6;  l_∅. = 13, l_c. = 7, l.. = 20.
    // Self-pairings: gaps count their lengths, 2 + 4 + 3 + 4 = 13; units their squares, 4² + 3² = 25.
    //   e_∅∅ = 20 (13² − 13) / (20² − 38) = 3120/362,  e_cc = 20 (7² − 25) / 362 = 480/362.
    //   D_o ∝ 20 − 18 = 2,  D_e ∝ 20 − 3600/362 = 3640/362,  uα = 1 − 2 · 362/3640 = 729/910.
    // With one label |uα is the same coefficient.
    const result = unitizingAlpha2016({ length: 10, coderIds: ['A', 'B'], labels, spans: [span('A', 'claim', 2, 6), span('B', 'claim', 3, 6)] });
    expect(result.coincidences[0]).toEqual([12, 1, 0, 0]);
    expect(result.coincidences[1]).toEqual([1, 6, 0, 0]);
    expect(result.uAlpha.value).toBeCloseTo(729 / 910, 12);
    expect(result.uAlpha.observedDisagreement).toBeCloseTo(2 / 20, 12);
    expect(result.uAlpha.expectedDisagreement).toBeCloseTo(3640 / 362 / 20, 12);
    expect(result.binaryUAlpha.value).toBeCloseTo(729 / 910, 12);
    expect(result.cuAlpha).toMatchObject({ value: null, pairableLength: 6, note: expect.stringMatching(/one label/) });
  });

  it('two labels, two coders: uα = 229/310, |uα = 1, cuα = 37/60', () => {
    // L = 10. A: claim[0,4) opinion[4,8) ∅[8,10); B: claim[0,6) opinion[6,8) ∅[8,10).
    // Positions: 0–3 (c,c), 4–5 (o,c), 6–7 (o,o), 8–9 (∅,∅), so
    //   l_cc = 8, l_co = l_oc = 2, l_oo = 4, l_∅∅ = 4;  l_c. = 10, l_o. = 6, l_∅. = 4, l.. = 20.
    // uα: self-pairings 2 + 2 (gaps) + 4² + 4² + 6² + 2² (units) = 76, so l..² − 76 = 324;
    //   D_e ∝ 20 (400 − 4² − 10² − 6²) / 324 = 4960/324,  D_o ∝ 20 − 16 = 4,  uα = 1 − 4 · 324/4960.
    // |uα: both gaps are [8,10), so l_∅. − l_∅∅ = 0 and |uα = 1.
    // cuα: l*.. = 16, l*_c. = 10, l*_o. = 6. X = Σ over each unit and the other coder of the
    //   squared overlap with that coder's units: A claim 4², A opinion 4², B claim 6², B opinion 2²
    //   = 72 (X_c = 52, X_o = 20); denominator 16 − 72/16 = 11.5.
    //   e*_cc = (100 − 52)/11.5, e*_oo = (36 − 20)/11.5;  D_e ∝ 16 − 64/11.5 = 120/11.5,
    //   D_o ∝ 16 − 12 = 4,  cuα = 1 − 4 · 11.5/120 = 37/60.
    const result = unitizingAlpha2016({
      length: 10,
      coderIds: ['A', 'B'],
      labels,
      spans: [span('A', 'claim', 0, 4), span('A', 'opinion', 4, 8), span('B', 'claim', 0, 6), span('B', 'opinion', 6, 8)],
    });
    expect(result.coincidences.slice(0, 3).map((row) => row.slice(0, 3))).toEqual([
      [4, 0, 0],
      [0, 8, 2],
      [0, 2, 4],
    ]);
    expect(result.uAlpha.value).toBeCloseTo(229 / 310, 12);
    expect(result.binaryUAlpha.value).toBe(1);
    expect(result.cuAlpha.value).toBeCloseTo(37 / 60, 12);
    expect(result.cuAlpha.pairableLength).toBe(16);
    expect(result.cuAlpha.expectedDisagreement).toBeCloseTo(120 / 11.5 / 16, 12);
  });

  it('three coders, two of whom label the same passage differently: cuα = 0, as the nominal alpha of one split unit', () => {
    // L = 10, m = 3. A: claim[2,6); B: opinion[2,6); C: nothing. l_co = l_oc = 4·1/2 = 2, l*.. = 4.
    // ℓ*(A's unit) = (4 (against B) + 0 (against C)) / 2 = 2, likewise B's: Y_c = Y_o = 4, Y = 8.
    // Denominator l*.. − Y / l*.. = 4 − 2 = 2; e*_cc = (2² − 4)/2 = 0 = e*_oo, so D_e ∝ 4 = D_o ∝ 4:
    // cuα = 0, what the ordinary nominal alpha gives one unit with two different values.
    // (Squaring each pair's overlap instead, Σ_j |g ∩ j|² / (m − 1) = 8 per unit, leaves a zero denominator.)
    const result = unitizingAlpha2016({ length: 10, coderIds: ['A', 'B', 'C'], labels, spans: [span('A', 'claim', 2, 6), span('B', 'opinion', 2, 6)] });
    expect(result.coincidences[1]![2]).toBe(2);
    expect(result.cuAlpha.value).toBeCloseTo(0, 12);
    expect(result.cuAlpha.observedDisagreement).toBe(1);
    expect(result.uAlpha.value).not.toBeNull();
  });
});

describe('unitizingAlpha2016: Krippendorff (2019), Figure 12.11', () => {
  // Three observers on a continuum of 60, the book's 1-based inclusive sections
  // (as quallmer's tests transcribe them, p. 340), values 1–7; unlisted stretches are gaps.
  // Alex's 6s at 33–37 and 38–44 touch but are two units, as are Suzan's three.
  const observers: Record<string, [number, number, string][]> = {
    Alex: [[1, 7, '1'], [8, 13, '2'], [31, 32, '5'], [33, 37, '6'], [38, 44, '6'], [45, 60, '7']],
    Paul: [[1, 7, '1'], [8, 13, '3'], [14, 21, '5'], [33, 44, '6']],
    Suzan: [[1, 7, '1'], [8, 13, '4'], [14, 21, '5'], [33, 37, '6'], [38, 41, '6'], [42, 44, '6']],
  };
  const bookSpans = Object.entries(observers).flatMap(([coderId, sections]) => sections.map(([first, last, value]) => span(coderId, value, first - 1, last)));
  const result = unitizingAlpha2016({ length: 60, coderIds: Object.keys(observers), labels: ['1', '2', '3', '4', '5', '6', '7'], spans: bookSpans });

  it('uα = 0.510 and cuα = 0.724 as printed', () => {
    expect(result.uAlpha.value!).toBeCloseTo(0.51, 3);
    expect(result.cuAlpha.value!).toBeCloseTo(0.724, 3);
    // l*.. = 83: the valued intersections, each ordered pair of observers counted once and halved (m − 1 = 2).
    expect(result.cuAlpha.pairableLength).toBe(83);
  });

  it('|uα = 0.4136, which the book prints as 0.413', () => {
    expect(result.binaryUAlpha.value!).toBeCloseTo(0.4136, 4);
  });
});

describe('unitizingAlpha2016: limiting cases', () => {
  it('identical unitizations and labels: all three are 1', () => {
    const one = [span('A', 'claim', 0, 5), span('A', 'opinion', 8, 15), span('A', 'unsupported', 20, 22)];
    const spans = ['A', 'B', 'C'].flatMap((coderId) => one.map((s) => ({ ...s, coderId })));
    const result = unitizingAlpha2016({ length: 30, coderIds: ['A', 'B', 'C'], labels, spans });
    expect(result.uAlpha.value).toBe(1);
    expect(result.binaryUAlpha.value).toBe(1);
    expect(result.cuAlpha.value).toBe(1);
  });

  it('same boundaries, every label different: cuα and uα fall below |uα = 1', () => {
    const result = unitizingAlpha2016({
      length: 30,
      coderIds: ['A', 'B'],
      labels,
      spans: [span('A', 'claim', 0, 10), span('A', 'opinion', 10, 20), span('B', 'opinion', 0, 10), span('B', 'claim', 10, 20)],
    });
    expect(result.binaryUAlpha.value).toBe(1);
    expect(result.cuAlpha.value!).toBeLessThan(0);
    expect(result.uAlpha.value!).toBeLessThan(1);
  });

  it('fewer than two coders, or an empty text: all null with a note', () => {
    for (const input of [
      { length: 10, coderIds: ['A'], labels, spans: [span('A', 'claim', 0, 3)] },
      { length: 10, coderIds: [], labels, spans: [] },
      { length: 0, coderIds: ['A', 'B'], labels, spans: [] },
    ]) {
      const result = unitizingAlpha2016(input);
      for (const figure of [result.uAlpha, result.binaryUAlpha, result.cuAlpha]) {
        expect(figure.value).toBeNull();
        expect(figure.note).toBeTruthy();
      }
    }
  });

  it('nobody marked anything: null, never NaN', () => {
    const result = unitizingAlpha2016({ length: 50, coderIds: ['A', 'B', 'C'], labels, spans: [] });
    expect([result.uAlpha.value, result.binaryUAlpha.value, result.cuAlpha.value]).toEqual([null, null, null]);
    expect(result.uAlpha.note).toMatch(/no coder marked/);
  });

  it('everyone marked the whole text with one label: no variation anywhere', () => {
    const result = unitizingAlpha2016({ length: 12, coderIds: ['A', 'B'], labels, spans: [span('A', 'claim', 0, 12), span('B', 'claim', 0, 12)] });
    expect(result.uAlpha).toMatchObject({ value: null, expectedDisagreement: 0 });
    expect(result.binaryUAlpha).toMatchObject({ value: null, expectedDisagreement: 0 });
    expect(result.cuAlpha).toMatchObject({ value: null, expectedDisagreement: 0 });
  });

  it('units that never meet: cuα null, uα and |uα defined and low', () => {
    const result = unitizingAlpha2016({ length: 40, coderIds: ['A', 'B'], labels, spans: [span('A', 'claim', 0, 10), span('B', 'claim', 20, 30)] });
    expect(result.cuAlpha).toMatchObject({ value: null, pairableLength: 0 });
    expect(result.uAlpha.value!).toBeLessThan(0);
    expect(result.binaryUAlpha.value!).toBeLessThan(0);
  });

  it('a coder who marked nothing still counts: l.. grows and agreement falls', () => {
    const spans = [span('A', 'claim', 2, 9), span('B', 'claim', 3, 9), span('A', 'opinion', 12, 20), span('B', 'opinion', 12, 18)];
    const two = unitizingAlpha2016({ length: 30, coderIds: ['A', 'B'], labels, spans });
    const three = unitizingAlpha2016({ length: 30, coderIds: ['A', 'B', 'C'], labels, spans });
    expect(three.coders).toBe(3);
    expect(three.coincidences.flat().reduce((a, b) => a + b, 0)).toBe(90);
    expect(three.uAlpha.value!).toBeLessThan(two.uAlpha.value!);
    expect(three.binaryUAlpha.value!).toBeLessThan(two.binaryUAlpha.value!);
  });
});

describe('unitizingAlpha2016: a coder’s own overlapping spans', () => {
  it('same label: their union', () => {
    const merged = unitizingAlpha2016({ length: 30, coderIds: ['A', 'B'], labels, spans: [span('A', 'claim', 2, 12), span('B', 'claim', 4, 12)] });
    const split = unitizingAlpha2016({ length: 30, coderIds: ['A', 'B'], labels, spans: [span('A', 'claim', 2, 8), span('A', 'claim', 5, 12), span('A', 'claim', 6, 7), span('B', 'claim', 4, 12)] });
    expect(split).toEqual(merged);
    expect(split.resolvedOverlap).toBe(0);
  });

  it('different labels: each character goes to the shortest span covering it; the outer span resumes after', () => {
    // A: claim [0,20) with unsupported [5,8) inside → claim[0,5) unsupported[5,8) claim[8,20).
    const nested = unitizingAlpha2016({ length: 30, coderIds: ['A', 'B'], labels, spans: [span('A', 'claim', 0, 20), span('A', 'unsupported', 5, 8), span('B', 'claim', 0, 20)] });
    const explicit = unitizingAlpha2016({
      length: 30,
      coderIds: ['A', 'B'],
      labels,
      spans: [span('A', 'claim', 0, 5), span('A', 'unsupported', 5, 8), span('A', 'claim', 8, 20), span('B', 'claim', 0, 20)],
    });
    expect(nested.resolvedOverlap).toBe(3);
    expect({ ...nested, resolvedOverlap: 0 }).toEqual(explicit);
  });

  it('crossing spans of equal length: the label listed first in `labels` takes the shared part', () => {
    // A: opinion [0,10) and claim [5,15), both 10 long; claim is listed first, so it takes
    // [5,10) and A's partition is opinion[0,5) claim[5,15).
    const crossing = unitizingAlpha2016({ length: 20, coderIds: ['A', 'B'], labels, spans: [span('A', 'opinion', 0, 10), span('A', 'claim', 5, 15), span('B', 'claim', 5, 15)] });
    const explicit = unitizingAlpha2016({ length: 20, coderIds: ['A', 'B'], labels, spans: [span('A', 'opinion', 0, 5), span('A', 'claim', 5, 15), span('B', 'claim', 5, 15)] });
    expect(crossing.resolvedOverlap).toBe(5);
    expect(crossing.uAlpha).toEqual(explicit.uAlpha);
    expect(crossing.cuAlpha).toEqual(explicit.cuAlpha);
  });
});

describe('unitizingAlpha2016: input', () => {
  const spans = [span('A', 'claim', 2, 9), span('B', 'opinion', 3, 9), span('B', 'claim', 12, 20), span('C', 'claim', 4, 10), span('C', 'unsupported', 14, 18)];

  it('does not depend on the order of coders or spans', () => {
    const forward = unitizingAlpha2016({ length: 30, coderIds: ['A', 'B', 'C', 'D'], labels, spans });
    const backward = unitizingAlpha2016({ length: 30, coderIds: ['D', 'C', 'B', 'A'], labels, spans: [...spans].reverse() });
    for (const key of ['uAlpha', 'binaryUAlpha', 'cuAlpha'] as const) {
      expect(forward[key].value).not.toBeNull();
      expect(backward[key].value).toBeCloseTo(forward[key].value!, 12);
    }
  });

  it('ignores spans of coders not listed', () => {
    expect(unitizingAlpha2016({ length: 30, coderIds: ['A', 'B'], labels, spans: [...spans, span('X', 'claim', 0, 30)] })).toEqual(
      unitizingAlpha2016({ length: 30, coderIds: ['A', 'B'], labels, spans }),
    );
  });

  it('rejects unknown labels, spans outside the text and duplicate coders or labels', () => {
    expect(() => unitizingAlpha2016({ length: 30, coderIds: ['A', 'B'], labels, spans: [span('A', 'rumour', 0, 3)] })).toThrow(RangeError);
    expect(() => unitizingAlpha2016({ length: 30, coderIds: ['A', 'B'], labels, spans: [span('A', 'claim', 25, 31)] })).toThrow(RangeError);
    expect(() => unitizingAlpha2016({ length: 30, coderIds: ['A', 'A'], labels, spans: [] })).toThrow(RangeError);
    expect(() => unitizingAlpha2016({ length: 30, coderIds: ['A', 'B'], labels: ['claim', 'claim'], spans: [] })).toThrow(RangeError);
  });
});

// Textbook nominal alpha (Krippendorff 2011, "Computing Krippendorff's
// Alpha-Reliability", coincidence form) over units × coders, null = missing.
function nominalAlpha(rows: readonly (readonly (number | null)[])[]): number {
  const o = new Map<string, number>();
  const n = new Map<number, number>();
  let total = 0;
  for (let u = 0; u < rows[0]!.length; u++) {
    const values = rows.map((row) => row[u]).filter((v): v is number => v !== null && v !== undefined);
    if (values.length < 2) continue;
    for (let a = 0; a < values.length; a++) {
      n.set(values[a]!, (n.get(values[a]!) ?? 0) + 1);
      total++;
      for (let b = 0; b < values.length; b++) if (a !== b) o.set(`${values[a]},${values[b]}`, (o.get(`${values[a]},${values[b]}`) ?? 0) + 1 / (values.length - 1));
    }
  }
  let observed = 0;
  for (const [key, count] of o) if (key.split(',')[0] !== key.split(',')[1]) observed += count;
  let expected = 0;
  for (const [c, nc] of n) for (const [k, nk] of n) if (c !== k) expected += nc * nk;
  return 1 - ((total - 1) * observed) / expected;
}

describe('unitizingAlpha2016: reduces to the nominal alpha when every unit is one character', () => {
  it('the textbook alpha used here reproduces Krippendorff (2011) example A: 0.095', () => {
    expect(nominalAlpha([[0, 1, 0, 0, 0, 0, 0, 0, 1, 0], [1, 1, 1, 0, 0, 1, 0, 0, 0, 0]])).toBeCloseTo(0.095, 3);
  });

  // One-character units self-pair like gap positions (l² = l = 1), so e_ck becomes
  // l_c.(l_k. − [c=k]) / (l.. − 1): uα is the nominal alpha over positions, with ∅ as a value.
  // With no gaps either, every unit meets a unit of every other coder and cuα is that alpha too.
  let seed = 42;
  const random = () => (seed = (seed * 16_807) % 2_147_483_647) / 2_147_483_647;

  it('uα with gaps, and cuα with every position labelled, on 20 random codings', () => {
    for (let study = 0; study < 20; study++) {
      const m = 2 + Math.floor(random() * 4);
      const length = 5 + Math.floor(random() * 40);
      const withGaps = random() < 0.5;
      const rows = Array.from({ length: m }, () => Array.from({ length }, () => Math.floor(random() * (withGaps ? 4 : 3)) - (withGaps ? 1 : 0)));
      const spans = rows.flatMap((row, i) => row.flatMap((v, x) => (v < 0 ? [] : [span(`c${i}`, labels[v]!, x, x + 1)])));
      const result = unitizingAlpha2016({ length, coderIds: rows.map((_, i) => `c${i}`), labels, spans });
      const reference = nominalAlpha(rows.map((row) => row.map((v) => v + 1))); // ∅ = 0
      if (Number.isFinite(reference)) expect(result.uAlpha.value).toBeCloseTo(reference, 10);
      if (!withGaps && Number.isFinite(reference)) expect(result.cuAlpha.value).toBeCloseTo(reference, 10);
    }
  });
});

// The formulas read literally: per-position values per coder, every ordered
// pair of coders at every position, the e_ck matrix written out, and each
// unit's ℓ* from counting, for each other coder, the unit's positions that
// coder labelled.
describe('unitizingAlpha2016: agrees with a brute-force evaluation of the formulas', () => {
  function bruteForce(length: number, coderIds: string[], spans: LabelledSpan[]) {
    const m = coderIds.length;
    const V = labels.length + 1;
    // Sections per coder via the module's own partition rules is what is under test for
    // overlaps; here spans are generated without a coder's own overlaps, so the partition is plain.
    const sections = coderIds.map((id) => {
      const units = spans.filter((s) => s.coderId === id).sort((a, b) => a.start - b.start);
      const list: { start: number; end: number; value: number }[] = [];
      let at = 0;
      for (const u of units) {
        if (u.start > at) list.push({ start: at, end: u.start, value: 0 });
        list.push({ start: u.start, end: u.end, value: labels.indexOf(u.label) + 1 });
        at = u.end;
      }
      if (at < length) list.push({ start: at, end: length, value: 0 });
      return list;
    });
    const at = sections.map((list) => {
      const values = new Array<number>(length).fill(0);
      for (const s of list) for (let x = s.start; x < s.end; x++) values[x] = s.value;
      return values;
    });
    const l = Array.from({ length: V }, () => new Array<number>(V).fill(0));
    for (let i = 0; i < m; i++) for (let j = 0; j < m; j++) if (i !== j) for (let x = 0; x < length; x++) l[at[i]![x]!]![at[j]![x]!]! += 1 / (m - 1);
    const row = l.map((r) => r.reduce((a, b) => a + b, 0));
    const total = row.reduce((a, b) => a + b, 0);
    const lambda = new Array<number>(V).fill(0);
    for (const list of sections) for (const s of list) lambda[s.value]! += s.value === 0 ? s.end - s.start : (s.end - s.start) ** 2;
    const lambdaTotal = lambda.reduce((a, b) => a + b, 0);
    const e = l.map((r, c) => r.map((_, k) => (total * (row[c]! * row[k]! - (c === k ? lambda[c]! : 0))) / (total * total - lambdaTotal)));
    const uAlpha = 1 - (total - l.reduce((s, r, c) => s + r[c]!, 0)) / (total - e.reduce((s, r, c) => s + r[c]!, 0));
    const binary = 1 - (row[0]! - l[0]![0]!) / (e[0]!.reduce((a, b) => a + b, 0) - e[0]![0]!);

    const starRow = l.map((r, c) => (c === 0 ? 0 : r.slice(1).reduce((a, b) => a + b, 0)));
    const starTotal = starRow.reduce((a, b) => a + b, 0);
    const X = new Array<number>(V).fill(0);
    sections.forEach((list, i) => {
      for (const g of list) {
        if (g.value === 0) continue;
        let pairable = 0; // ℓ*(g): g's intersections with the other coders' units, over m − 1
        for (let j = 0; j < m; j++) {
          if (j === i) continue;
          for (let x = g.start; x < g.end; x++) if (at[j]![x] !== 0) pairable += 1 / (m - 1);
        }
        X[g.value]! += pairable * pairable;
      }
    });
    const XTotal = X.reduce((a, b) => a + b, 0);
    const den = starTotal - XTotal / starTotal;
    let eDiagonal = 0;
    let lDiagonal = 0;
    for (let c = 1; c < V; c++) {
      eDiagonal += (starRow[c]! * starRow[c]! - X[c]!) / den;
      lDiagonal += l[c]![c]!;
    }
    const cuAlpha = 1 - (starTotal - lDiagonal) / (starTotal - eDiagonal);
    return { uAlpha, binary, cuAlpha, den };
  }

  let seed = 7;
  const random = () => (seed = (seed * 16_807) % 2_147_483_647) / 2_147_483_647;

  it('on 60 random studies (2–8 coders, 3 labels, touching units, empty coders)', () => {
    let checkedCu = 0;
    for (let study = 0; study < 60; study++) {
      const length = 30 + Math.floor(random() * 200);
      const coderIds = Array.from({ length: 2 + Math.floor(random() * 7) }, (_, i) => `c${i}`);
      const spans: LabelledSpan[] = [];
      for (const coderId of coderIds) {
        if (random() < 0.1) continue;
        let x = Math.floor(random() * 10);
        while (x < length - 1) {
          const end = Math.min(length, x + 1 + Math.floor(random() * 25));
          spans.push(span(coderId, labels[Math.floor(random() * 3)]!, x, end));
          x = end + (random() < 0.3 ? 0 : Math.floor(random() * 20)); // sometimes touching
        }
      }
      const fast = unitizingAlpha2016({ length, coderIds, labels, spans });
      const slow = bruteForce(length, coderIds, spans);
      if (Number.isFinite(slow.uAlpha)) expect(fast.uAlpha.value).toBeCloseTo(slow.uAlpha, 9);
      if (Number.isFinite(slow.binary)) expect(fast.binaryUAlpha.value).toBeCloseTo(slow.binary, 9);
      if (slow.den > 0 && Number.isFinite(slow.cuAlpha)) {
        expect(fast.cuAlpha.value).toBeCloseTo(slow.cuAlpha, 9);
        checkedCu++;
      }
    }
    expect(checkedCu).toBeGreaterThan(40);
  });
});
