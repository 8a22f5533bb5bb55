import { describe, expect, it } from 'vitest';
import { alphaU1995, type Interval, type UnitSpan } from './alpha-u-1995';

/** JUnit's assertEquals(expected, actual, delta), which DKPro's tests use: |actual − expected| ≤ delta. */
function expectWithin(actual: number | null, expected: number, delta: number): void {
  expect(actual).not.toBeNull();
  expect(Math.abs(actual! - expected)).toBeLessThanOrEqual(delta);
}

/** Units given as DKPro's tests give them: (offset, length, rater), rater i → coder "i". */
function dkproUnits(units: readonly [number, number, number][], shift = 0): UnitSpan[] {
  return units.map(([offset, length, rater]) => ({ coderId: String(rater), start: offset - shift, end: offset - shift + length }));
}

// Krippendorff (2004), Content Analysis, 2nd ed., p. 254, as DKPro Statistics
// encodes it in Krippendorff2004Test (dkpro/dkpro-statistics,
// dkpro-statistics-agreement/src/test/java/org/dkpro/statistics/agreement/
// unitizing/Krippendorff2004Test.java): two observers i, j on a continuum that
// begins at 150 and is 300 long (shifted to begin at 0 here), categories c and k.
describe('alphaU1995: Krippendorff (2004) p. 254, via DKPro Krippendorff2004Test', () => {
  const coderIds = ['0', '1'];
  const c = dkproUnits([[225, 70, 0], [370, 30, 0], [220, 80, 1], [355, 20, 1], [400, 20, 1]], 150);
  const k = dkproUnits([[180, 60, 0], [300, 50, 0], [180, 60, 1], [300, 50, 1]], 150);

  it('category c: D_o = 0.0144, D_e = 0.0532, alpha_u = 0.7286', () => {
    const result = alphaU1995({ length: 300, coderIds, spans: c });
    expectWithin(result.observedDisagreement, 0.0144, 0.0001);
    expectWithin(result.expectedDisagreement, 0.0532, 0.0001);
    expectWithin(result.value, 0.7286, 0.0001);
    expect(result.value).toBeCloseTo(0.729, 3);
    expect(result).toMatchObject({ coders: 2, units: 5 });
  });

  it('category k (identical units): D_o = 0, D_e = 0.0490, alpha_u = 1', () => {
    const result = alphaU1995({ length: 300, coderIds, spans: k });
    expect(result.observedDisagreement).toBe(0);
    expectWithin(result.expectedDisagreement, 0.049, 0.0001);
    expect(result.value).toBe(1);
  });

  it('both categories pooled as DKPro pools them, 1 − ΣD_o / ΣD_e: 0.859 (DKPro asserts 0.8591 ± 0.0005)', () => {
    const rc = alphaU1995({ length: 300, coderIds, spans: c });
    const rk = alphaU1995({ length: 300, coderIds, spans: k });
    const pooled = 1 - (rc.observedDisagreement! + rk.observedDisagreement!) / (rc.expectedDisagreement! + rk.expectedDisagreement!);
    expect(pooled).toBeCloseTo(0.859, 3);
    expectWithin(pooled, 0.8591, 0.0005);
  });

  it('the distances of the book (as DKPro Krippendorff2004Test.testDistanceMetric2): a c unit inside a gap costs its length squared', () => {
    // [220, 300) against [225, 295): δ² = 5² + 5² = 50; alone on a 300-long text with one other
    // coder, D_o = 2 · 50 / (2 · 1 · 300²).
    const result = alphaU1995({ length: 300, coderIds, spans: dkproUnits([[225, 70, 0], [220, 80, 1]]) });
    expect(result.observedDisagreement).toBeCloseTo((2 * 50) / (2 * 300 * 300), 12);
    // [400, 420) of one coder inside the other's gap (the whole of a 450 text): δ² = 20² = 400.
    const inGap = alphaU1995({ length: 450, coderIds, spans: dkproUnits([[400, 20, 1]]) });
    expect(inGap.observedDisagreement).toBeCloseTo((2 * 400) / (2 * 450 * 450), 12);
  });
});

// Krippendorff (1995), "On the reliability of unitizing continuous data",
// Sociological Methodology 25, p. 57: four pairs of coders (A–D) on a 24-long
// continuum, as DKPro Statistics encodes them in Krippendorff1995Test
// (.../agreement/unitizing/Krippendorff1995Test.java), which also stretches the
// continuum to approach the continuous case. DKPro's comment there: the
// paper's D_e has a small error (l_ik + l_hj + 1 where a minus belongs, see
// Krippendorff 2004), so DKPro checks the published stretched D_e within 0.005
// and alpha within 0.02; we follow the 2004 formula, as DKPro does.
describe('alphaU1995: Krippendorff (1995) p. 57, via DKPro Krippendorff1995Test', () => {
  const example: Record<'A' | 'B' | 'C' | 'D', [number, number, number][]> = {
    A: [[2, 8, 0], [14, 6, 0], [4, 4, 1], [15, 2, 1]],
    B: [[0, 18, 0], [0, 2, 1], [2, 1, 1], [3, 1, 1], [4, 1, 1], [5, 1, 1], [6, 3, 1], [9, 1, 1]],
    C: [[2, 6, 0], [10, 2, 0], [14, 4, 0], [20, 2, 0], [0, 2, 1], [4, 4, 1], [10, 4, 1], [16, 2, 1], [20, 2, 1]],
    D: [[0, 2, 0], [2, 8, 0], [10, 4, 0], [14, 6, 0], [20, 4, 0], [0, 4, 1], [4, 4, 1], [8, 7, 1], [15, 2, 1], [17, 7, 1]],
  };
  /** DKPro's createExample(stretch): every offset and length multiplied and truncated. */
  const study = (category: keyof typeof example, stretch: number) =>
    alphaU1995({
      length: Math.trunc(24 * stretch),
      coderIds: ['0', '1'],
      spans: example[category].map(([offset, length, rater]) => {
        const start = Math.trunc(offset * stretch);
        return { coderId: String(rater), start, end: start + Math.trunc(length * stretch) };
      }),
    });

  it('observed disagreement per category (testAgreement): 0.03125, 2.26736, 0.02777, 0.38715', () => {
    expectWithin(study('A', 1).observedDisagreement, 0.03125, 0.00001);
    expectWithin(study('B', 1).observedDisagreement, 2.26736, 0.00001);
    expectWithin(study('C', 1).observedDisagreement, 0.02777, 0.00001);
    expectWithin(study('D', 1).observedDisagreement, 0.38715, 0.00001);
  });

  it('adjacent units stay separate units (Jill in B, both coders in D)', () => {
    expect(study('B', 1).units).toBe(8);
    expect(study('D', 1).units).toBe(10);
  });

  it('C at stretch 1/2 (testVaryingLengths): D_o = 0.02777, D_e = 0.05494, alpha_u = 0.494', () => {
    const result = study('C', 0.5);
    expectWithin(result.observedDisagreement, 0.02777, 0.00001);
    expectWithin(result.expectedDisagreement, 0.05494, 0.00001);
    expect(result.value).toBeCloseTo(0.494, 3);
  });

  it('near-continuous (stretch 50,000, L = 1,200,000): D_e and alpha_u within DKPro’s tolerances of the published values', () => {
    const published = { A: [0.0699, 0.553], B: [1.17731, -0.926], C: [0.08642, 0.679], D: [0.41445, 0.066] } as const;
    for (const category of ['A', 'B', 'C', 'D'] as const) {
      const result = study(category, 50_000);
      expectWithin(result.expectedDisagreement, published[category][0], 0.005);
      expectWithin(result.value, published[category][1], 0.02);
    }
  });

  it('near-continuous alpha_u to three decimals: A 0.553 and D 0.066 as published; B −0.928 and C 0.693 by the 2004 D_e', () => {
    expect(study('A', 50_000).value).toBeCloseTo(0.553, 3);
    expect(study('D', 50_000).value).toBeCloseTo(0.066, 3);
    // These two depart from the 1995 paper (−0.926, 0.679) by its D_e error, within DKPro's 0.02.
    expect(study('B', 50_000).value).toBeCloseTo(-0.928, 3);
    expect(study('C', 50_000).value).toBeCloseTo(0.693, 3);
  });
});

// DKPro Statistics UnitizingAgreementTest (.../agreement/unitizing/UnitizingAgreementTest.java).
describe('alphaU1995: DKPro UnitizingAgreementTest', () => {
  it('r0: -11111111-, r1: --1-1-1--- → D_o = 0.9100, D_e = 0.5351, alpha_u = −0.7003', () => {
    const result = alphaU1995({ length: 10, coderIds: ['0', '1'], spans: dkproUnits([[1, 8, 0], [2, 1, 1], [4, 1, 1], [6, 1, 1]]) });
    expectWithin(result.observedDisagreement, 0.91, 0.0001);
    expectWithin(result.expectedDisagreement, 0.5351, 0.0001);
    expectWithin(result.value, -0.7003, 0.0001);
    expect(result.value).toBeCloseTo(-0.700, 3);
  });

  it('one unit of length 1 among three coders (testSingleAnnotationUnit): alpha_u = 0, D_o = D_e = 1/600', () => {
    // By hand: D_o = 2 · (1 + 1 + 0) / (3 · 2 · 20²) = 1/600 (the unit lies in both other coders'
    // whole-text gaps); D_e = (2/20) · 1² · (19 + 20 + 20) / (60 · 59 − 0) = 1/600.
    const result = alphaU1995({ length: 20, coderIds: ['0', '1', '2'], spans: dkproUnits([[0, 1, 0]]) });
    expect(result.observedDisagreement).toBeCloseTo(1 / 600, 15);
    expect(result.expectedDisagreement).toBeCloseTo(1 / 600, 15);
    expect(result.value).toBeCloseTo(0, 12);
  });

  it('no units at all (testEmptyAnnotationSet, NaN in DKPro): null with a note', () => {
    const result = alphaU1995({ length: 20, coderIds: ['0', '1', '2'], spans: [] });
    expect(result.value).toBeNull();
    expect(result.note).toMatch(/no coder marked/);
  });
});

describe('alphaU1995: undefined cases are null, never NaN', () => {
  const spans = [{ coderId: 'a', start: 0, end: 3 }];
  it('fewer than two coders', () => {
    expect(alphaU1995({ length: 10, coderIds: ['a'], spans })).toMatchObject({ value: null, coders: 1, note: expect.stringMatching(/two coders/) });
    expect(alphaU1995({ length: 10, coderIds: [], spans: [] })).toMatchObject({ value: null, coders: 0 });
  });

  it('an empty text', () => {
    expect(alphaU1995({ length: 0, coderIds: ['a', 'b'], spans: [] })).toMatchObject({ value: null, note: 'the text is empty' });
  });

  it('no expected disagreement: both coders cut the whole text into one-character units', () => {
    const cut = (coderId: string) => Array.from({ length: 4 }, (_, x) => ({ coderId, start: x, end: x + 1 }));
    const result = alphaU1995({ length: 4, coderIds: ['a', 'b'], spans: [...cut('a'), ...cut('b')] });
    expect(result.value).toBeNull();
    expect(result.expectedDisagreement).toBe(0);
    expect(result.note).toMatch(/no expected disagreement/);
  });
});

describe('alphaU1995: coders, overlaps and input', () => {
  const length = 40;
  const base: UnitSpan[] = [
    { coderId: 'a', start: 2, end: 9 },
    { coderId: 'a', start: 20, end: 31 },
    { coderId: 'b', start: 3, end: 9 },
    { coderId: 'b', start: 22, end: 30 },
  ];

  it('identical unitizations agree perfectly', () => {
    const same = [...base.filter((s) => s.coderId === 'a'), ...base.filter((s) => s.coderId === 'a').map((s) => ({ ...s, coderId: 'b' }))];
    expect(alphaU1995({ length, coderIds: ['a', 'b'], spans: same }).value).toBe(1);
  });

  it('a coder who marked nothing is a coder: all gap, and agreement falls', () => {
    const two = alphaU1995({ length, coderIds: ['a', 'b'], spans: base });
    const three = alphaU1995({ length, coderIds: ['a', 'b', 'c'], spans: base });
    expect(three.coders).toBe(3);
    expect(three.value!).toBeLessThan(two.value!);
  });

  it('a coder’s overlapping spans count as their union', () => {
    const split = [...base.filter((s) => s.coderId === 'b'), { coderId: 'a', start: 2, end: 6 }, { coderId: 'a', start: 4, end: 9 }, { coderId: 'a', start: 20, end: 31 }, { coderId: 'a', start: 25, end: 27 }];
    expect(alphaU1995({ length, coderIds: ['a', 'b'], spans: split })).toEqual(alphaU1995({ length, coderIds: ['a', 'b'], spans: base }));
  });

  it('touching spans stay two units, so they are not the same as one long span', () => {
    const touching = [...base.filter((s) => s.coderId !== 'a' || s.start !== 2), { coderId: 'a', start: 2, end: 5 }, { coderId: 'a', start: 5, end: 9 }];
    const result = alphaU1995({ length, coderIds: ['a', 'b'], spans: touching });
    expect(result.units).toBe(5);
    expect(result.value).not.toBeCloseTo(alphaU1995({ length, coderIds: ['a', 'b'], spans: base }).value!, 6);
  });

  it('does not depend on the order of coders or spans', () => {
    const forward = alphaU1995({ length, coderIds: ['a', 'b', 'c'], spans: base });
    const backward = alphaU1995({ length, coderIds: ['c', 'b', 'a'], spans: [...base].reverse() });
    expect(backward.value).toBeCloseTo(forward.value!, 12);
  });

  it('ignores spans of coders not listed', () => {
    const extra = [...base, { coderId: 'x', start: 0, end: 40 }];
    expect(alphaU1995({ length, coderIds: ['a', 'b'], spans: extra })).toEqual(alphaU1995({ length, coderIds: ['a', 'b'], spans: base }));
  });

  it('rejects spans outside the text, empty spans and a coder listed twice', () => {
    expect(() => alphaU1995({ length, coderIds: ['a', 'b'], spans: [{ coderId: 'a', start: 30, end: 41 }] })).toThrow(RangeError);
    expect(() => alphaU1995({ length, coderIds: ['a', 'b'], spans: [{ coderId: 'a', start: 5, end: 5 }] })).toThrow(RangeError);
    expect(() => alphaU1995({ length, coderIds: ['a', 'a'], spans: [] })).toThrow(RangeError);
  });
});

// The sums against a literal reading of the formulas: every ordered pair of
// coders, every pair of their sections (overlapping or not), and every unit
// against every gap for D_e.
describe('alphaU1995: agrees with a brute-force evaluation of the formulas', () => {
  /** A coder's spans as disjoint units: overlapping ones merged, touching ones kept. */
  function mergeOverlaps(intervals: readonly Interval[]): Interval[] {
    const merged: Interval[] = [];
    for (const { start, end } of [...intervals].sort((a, b) => a.start - b.start)) {
      const last = merged[merged.length - 1];
      if (last && start < last.end) last.end = Math.max(last.end, end);
      else merged.push({ start, end });
    }
    return merged;
  }
  type Section = { start: number; end: number; unit: boolean };
  function sectionsOf(units: { start: number; end: number }[], length: number): Section[] {
    const sections: Section[] = [];
    let at = 0;
    for (const u of units) {
      if (u.start > at) sections.push({ start: at, end: u.start, unit: false });
      sections.push({ ...u, unit: true });
      at = u.end;
    }
    if (at < length) sections.push({ start: at, end: length, unit: false });
    return sections;
  }
  function delta(g: Section, h: Section): number {
    const overlap = Math.min(g.end, h.end) - Math.max(g.start, h.start) > 0;
    if (g.unit && h.unit) return overlap ? (g.start - h.start) ** 2 + (g.end - h.end) ** 2 : 0;
    if (g.unit && !h.unit) return h.start <= g.start && g.end <= h.end ? (g.end - g.start) ** 2 : 0;
    if (!g.unit && h.unit) return g.start <= h.start && h.end <= g.end ? (h.end - h.start) ** 2 : 0;
    return 0;
  }
  function bruteForce(length: number, coders: string[], spans: UnitSpan[]): { observed: number; expected: number } {
    const m = coders.length;
    const sections = coders.map((id) => sectionsOf(mergeOverlaps(spans.filter((s) => s.coderId === id)), length));
    let observed = 0;
    for (let i = 0; i < m; i++) for (let j = 0; j < m; j++) if (i !== j) for (const g of sections[i]!) for (const h of sections[j]!) observed += delta(g, h);
    observed /= m * (m - 1) * length * length;
    const units = sections.flat().filter((s) => s.unit);
    const gaps = sections.flat().filter((s) => !s.unit);
    const n = units.length;
    let numerator = 0;
    let selfPairs = 0;
    for (const u of units) {
      const l = u.end - u.start;
      numerator += ((n - 1) * (2 * l ** 3 - 3 * l ** 2 + l)) / 3;
      for (const gap of gaps) if (gap.end - gap.start >= l) numerator += l * l * (gap.end - gap.start - l + 1);
      selfPairs += l * (l - 1);
    }
    return { observed, expected: ((2 / length) * numerator) / (m * length * (m * length - 1) - selfPairs) };
  }

  let seed = 20_240_601;
  const random = () => (seed = (seed * 16_807) % 2_147_483_647) / 2_147_483_647;

  it('on 40 random studies (2–7 coders, overlapping and touching spans, empty coders)', () => {
    for (let study = 0; study < 40; study++) {
      const length = 20 + Math.floor(random() * 300);
      const coders = Array.from({ length: 2 + Math.floor(random() * 6) }, (_, i) => `c${i}`);
      const spans: UnitSpan[] = [];
      for (const coderId of coders) {
        if (random() < 0.15) continue; // marks nothing
        const count = 1 + Math.floor(random() * 8);
        for (let s = 0; s < count; s++) {
          const start = Math.floor(random() * (length - 1));
          spans.push({ coderId, start, end: Math.min(length, start + 1 + Math.floor(random() * length * 0.3)) });
        }
      }
      const fast = alphaU1995({ length, coderIds: coders, spans });
      if (spans.length === 0) {
        expect(fast.value).toBeNull();
        continue;
      }
      const slow = bruteForce(length, coders, spans);
      expect(fast.observedDisagreement).toBeCloseTo(slow.observed, 12);
      expect(fast.expectedDisagreement).toBeCloseTo(slow.expected, 12);
      expect(fast.value).toBeCloseTo(1 - slow.observed / slow.expected, 10);
    }
  });
});
