import { describe, expect, it } from 'vitest';
import { bootstrapUnitizingAlphas, compactStretches, unitizingAlphasOf } from './u-alpha-bootstrap';
import { unitizingAlpha2016, unitizingStretches, type LabelledSpan } from './u-alpha-2016';
import { LABELS } from '../vocabulary';

const labels: string[] = [...LABELS];
const span = (coderId: string, label: string, start: number, end: number): LabelledSpan => ({ coderId, label, start, end });

let seed = 11;
const random = () => (seed = (seed * 16_807) % 2_147_483_647) / 2_147_483_647;

/** Coders who mostly find the same passages, with jittered edges and the odd other label. */
function study(coders: number, passages: number, length: number): { coderIds: string[]; spans: LabelledSpan[] } {
  const truths = Array.from({ length: passages }, (_, i) => {
    const slot = Math.floor(length / passages);
    const start = i * slot + Math.floor(random() * slot * 0.3);
    return { start, end: start + 5 + Math.floor(random() * slot * 0.5), label: labels[Math.floor(random() * 3)]! };
  });
  const coderIds = Array.from({ length: coders }, (_, i) => `c${i}`);
  const spans = coderIds.flatMap((coderId) =>
    truths.flatMap((truth) => {
      if (random() < 0.2) return [];
      const start = Math.max(0, truth.start + Math.floor(random() * 5) - 2);
      const end = Math.min(length, Math.max(start + 1, truth.end + Math.floor(random() * 5) - 2));
      return [span(coderId, random() < 0.8 ? truth.label : labels[Math.floor(random() * 3)]!, start, end)];
    }),
  );
  return { coderIds, spans };
}

describe('unitizingStretches', () => {
  it('tiles the text, and its parts summed give back uα and cuα exactly (20 random studies, 2–8 coders)', () => {
    for (let s = 0; s < 20; s++) {
      const length = 200 + Math.floor(random() * 800);
      const { coderIds, spans } = study(2 + Math.floor(random() * 7), 3 + Math.floor(random() * 10), length);
      const input = { length, coderIds, labels, spans };
      const stretches = unitizingStretches(input)!;
      expect(stretches.cuts[0]).toBe(0);
      for (let k = 1; k < stretches.cuts.length; k++) expect(stretches.cuts[k]!).toBeGreaterThan(stretches.cuts[k - 1]!);
      const table = compactStretches(stretches);
      const width = table.length / stretches.cuts.length;
      const totals = new Float64Array(width);
      for (let i = 0; i < table.length; i++) totals[i % width]! += table[i]!;
      const whole = unitizingAlpha2016(input);
      const summed = unitizingAlphasOf(totals, stretches.values, stretches.coders);
      expect(summed.uAlpha).toBeCloseTo(whole.uAlpha.value!, 10);
      if (whole.cuAlpha.value === null) expect(summed.cuAlpha).toBeNull();
      else expect(summed.cuAlpha).toBeCloseTo(whole.cuAlpha.value, 10);
    }
  });

  it('puts each cluster of overlapping or touching units in one stretch, and the unmarked text between in others', () => {
    const stretches = unitizingStretches({
      length: 50,
      coderIds: ['A', 'B'],
      labels,
      spans: [span('A', 'claim', 5, 10), span('B', 'claim', 8, 14), span('B', 'opinion', 14, 20), span('A', 'opinion', 30, 40)],
    })!;
    expect([...stretches.cuts]).toEqual([0, 5, 20, 30, 40]);
  });
});

describe('bootstrapUnitizingAlphas', () => {
  const length = 3000;
  const { coderIds, spans } = study(5, 30, length);
  const input = { length, coderIds, labels, spans };

  it('is reproducible: the same data give the same intervals', () => {
    expect(bootstrapUnitizingAlphas(input)).toEqual(bootstrapUnitizingAlphas(input));
    expect(bootstrapUnitizingAlphas(input, { seed: 1 })).not.toEqual(bootstrapUnitizingAlphas(input, { seed: 2 }));
  });

  it('brackets the point estimates, with thresholds risks consistent with the interval', () => {
    const point = unitizingAlpha2016(input);
    const { uAlpha, cuAlpha, stretches } = bootstrapUnitizingAlphas(input);
    expect(stretches).toBeGreaterThan(30);
    for (const [boot, value] of [[uAlpha, point.uAlpha.value!], [cuAlpha, point.cuAlpha.value!]] as const) {
      expect(boot.interval).toMatchObject({ level: 0.95, resamples: 1000, method: 'stretch-bootstrap' });
      expect(boot.interval!.low).toBeLessThan(value);
      expect(boot.interval!.high).toBeGreaterThan(value);
      expect(boot.belowThresholds!['0.667']).toBeLessThanOrEqual(boot.belowThresholds!['0.8']);
    }
  });

  it('narrows as the same kind of data grows', () => {
    const small = study(5, 10, 1000);
    const large = study(5, 120, 12_000);
    const width = (i: { interval: { low: number; high: number } | null }) => i.interval!.high - i.interval!.low;
    expect(width(bootstrapUnitizingAlphas({ length: 12_000, labels, ...large }).uAlpha)).toBeLessThan(width(bootstrapUnitizingAlphas({ length: 1000, labels, ...small }).uAlpha));
  });

  it('has no interval for one coder, or when the units make one unbroken stretch', () => {
    expect(bootstrapUnitizingAlphas({ length: 10, coderIds: ['A'], labels, spans: [] }).uAlpha.interval).toBeNull();
    const whole = bootstrapUnitizingAlphas({ length: 10, coderIds: ['A', 'B'], labels, spans: [span('A', 'claim', 0, 10), span('B', 'opinion', 0, 10)] });
    expect(whole.uAlpha).toMatchObject({ interval: null, note: expect.stringMatching(/one unbroken stretch/) });
  });
});
