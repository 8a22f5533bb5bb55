import { describe, expect, it } from 'vitest';
import { aggregateSignalConsensus, alphaWithMetric, signalAlpha, signalConsensus, type SignalDefinition } from './signal-agreement';
import { reliabilityDataFromCoders } from './krippendorff-alpha';

const ranked: SignalDefinition = {
  key: 'headline_represents_body',
  scale: 'ordinal',
  options: [
    { value: 'not_at_all', label: 'Not at all' },
    { value: 'partly', label: 'Partly' },
    { value: 'fully', label: 'Fully' },
  ],
};
const nominal: SignalDefinition = { ...ranked, key: 'kind', scale: 'nominal' };

// Krippendorff (2011), example C (four observers, values 1–5, missing data): nominal 0.743, ordinal 0.815.
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

/** Three articles, two reviewers: (not_at_all, not_at_all), (not_at_all, fully), (partly, partly). */
const threeArticles = [
  ['a1', 'r1', 'not_at_all'],
  ['a1', 'r2', 'not_at_all'],
  ['a2', 'r1', 'not_at_all'],
  ['a2', 'r2', 'fully'],
  ['a3', 'r1', 'partly'],
  ['a3', 'r2', 'partly'],
].map(([articleId, reviewerId, value]) => ({ articleId: articleId!, reviewerId: reviewerId!, value: value! }));

describe('alphaWithMetric', () => {
  it('gives the textbook values of example C for both metrics', () => {
    expect(alphaWithMetric(exampleC, 'nominal').value).toBeCloseTo(0.743, 3);
    expect(alphaWithMetric(exampleC, 'ordinal').value).toBeCloseTo(0.815, 3);
    expect(alphaWithMetric(exampleC, 'ordinal')).toMatchObject({ pairableUnits: 11, pairableValues: 40 });
  });
});

describe('signalAlpha', () => {
  it('ordinal, by hand: n = 6, margins 3/2/1, δ²(a,c) = (6 − 2)² = 16, δ²(a,b) = 6.25, δ²(b,c) = 2.25 → α = 1 − 5·32/180', () => {
    const result = signalAlpha(ranked, threeArticles);
    expect(result.metric).toBe('ordinal');
    expect(result.value).toBeCloseTo(1 - 160 / 180, 10);
    expect(result).toMatchObject({ pairableUnits: 3, pairableValues: 6 });
    expect(result.interval).not.toBeNull();
    expect(result.interval!.method).toBe('kalpha-bootstrap');
    expect(result.interval!.low).toBeLessThanOrEqual(result.interval!.high);
  });

  it('nominal, by hand: one disagreeing pair, expected 2·(6 + 3 + 2) = 22 → α = 1 − 5·2/22', () => {
    expect(signalAlpha(nominal, threeArticles).value).toBeCloseTo(1 - 10 / 22, 10);
  });

  it('is not defined with fewer than two pairable values or without variation', () => {
    const lone = signalAlpha(ranked, [threeArticles[0]!, threeArticles[2]!]);
    expect(lone.value).toBeNull();
    expect(lone.note).toMatch(/Not defined/);
    expect(lone.interval).toBeNull();
    const same = signalAlpha(ranked, threeArticles.slice(0, 2));
    expect(same.value).toBeNull();
    expect(same.note).toMatch(/no variation/);
  });

  it('ignores values outside the options', () => {
    expect(signalAlpha(ranked, [...threeArticles, { articleId: 'a4', reviewerId: 'r1', value: 'bogus' }]).value).toBeCloseTo(1 - 160 / 180, 10);
  });

  it('gives the same interval for the same data (seeded)', () => {
    expect(signalAlpha(ranked, threeArticles).interval).toEqual(signalAlpha(ranked, threeArticles).interval);
  });
});

describe('signalConsensus', () => {
  it('counts every option, picks the plurality and the lower median', () => {
    const result = signalConsensus(ranked, ['fully', 'fully', 'partly', 'not_at_all']);
    expect(result.answers).toBe(4);
    expect(result.distribution.map((entry) => entry.count)).toEqual([1, 1, 2]);
    expect(result.consensus).toBe('fully');
    expect(result.median).toBe('partly'); // 2nd of 4 in rank order: not_at_all, partly, fully, fully
  });

  it('says no majority on a tie, and a nominal signal has no median', () => {
    const tie = signalConsensus(nominal, ['fully', 'partly']);
    expect(tie.consensus).toBeNull();
    expect(tie).not.toHaveProperty('median');
    expect(signalConsensus(ranked, []).median).toBeNull();
  });
});

describe('aggregateSignalConsensus', () => {
  it('counts the articles by their consensus answer', () => {
    const [aggregate] = aggregateSignalConsensus([ranked], threeArticles.map((answer) => ({ ...answer, signalKey: ranked.key })));
    expect(aggregate).toMatchObject({ key: ranked.key, articles: 3, noMajority: 1 });
    expect(aggregate!.consensus.map((entry) => entry.count)).toEqual([1, 1, 0]);
  });
});
