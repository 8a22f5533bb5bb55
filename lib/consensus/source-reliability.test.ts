import { describe, expect, it } from 'vitest';
import { percentileInterval } from './bootstrap-interval';
import { mulberry32, seedFromData } from './seeded-random';
import {
  type ArticleReliabilityFigures,
  MINIMUM_ARTICLES,
  agreementSummary,
  articleUnsupportedShare,
  bootstrapPooledShare,
  labelMix,
  reliabilityPeriod,
  reliabilityTrend,
  sourceReliability,
} from './source-reliability';

const article = (articleId: string, claim: number, unsupported: number, opinion = 0, alpha: number | null = 0.8): ArticleReliabilityFigures => ({
  articleId,
  charsByLabel: { claim, opinion, unsupported },
  passagesByLabel: { claim: claim > 0 ? 1 : 0, opinion: opinion > 0 ? 1 : 0, unsupported: unsupported > 0 ? 1 : 0 },
  alpha,
});

describe('sourceReliability', () => {
  it('pools characters over the articles with claim-bearing text: Σ unsupported ÷ Σ (claim + unsupported)', () => {
    const figures = sourceReliability([article('a', 80, 20), article('b', 10, 90), article('c', 50, 50), article('d', 0, 0, 300)]);
    expect(figures).toMatchObject({
      method: 'article-bootstrap',
      level: 0.95,
      minimumArticles: 3,
      articlesReviewed: 4,
      claimBearingArticles: 3,
      claimBearingChars: 300,
      unsupportedChars: 160,
      enoughData: true,
    });
    expect(figures.unsupportedShare).toBeCloseTo(160 / 300, 12);
    expect(figures.interval!.low).toBeLessThanOrEqual(figures.unsupportedShare!);
    expect(figures.interval!.high).toBeGreaterThanOrEqual(figures.unsupportedShare!);
  });

  it(`gives no share and no interval below ${MINIMUM_ARTICLES} articles with claim-bearing text, but keeps the counts`, () => {
    const figures = sourceReliability([article('a', 80, 20), article('b', 10, 90), article('c', 0, 0, 40)]);
    expect(figures).toMatchObject({ articlesReviewed: 3, claimBearingArticles: 2, claimBearingChars: 200, unsupportedChars: 110, unsupportedShare: null, interval: null, enoughData: false });
    expect(sourceReliability([])).toMatchObject({ articlesReviewed: 0, claimBearingChars: 0, unsupportedShare: null, interval: null, enoughData: false });
  });

  it('is reproducible and does not depend on the order the articles come in', () => {
    const articles = Array.from({ length: 20 }, (_, i) => article(`id-${String(i).padStart(2, '0')}`, 50 + i * 7, (i * 13) % 40));
    const once = sourceReliability(articles);
    expect(sourceReliability([...articles].reverse())).toEqual(once);
  });

  it('gives a zero-width interval when every article has the same share, and [0, 0] when nothing is unsupported', () => {
    expect(sourceReliability([article('a', 50, 50), article('b', 10, 10), article('c', 30, 30)]).interval).toEqual({ low: 0.5, high: 0.5 });
    expect(sourceReliability([article('a', 50, 0), article('b', 10, 0), article('c', 30, 0)])).toMatchObject({ unsupportedShare: 0, interval: { low: 0, high: 0 } });
  });

  it('resamples articles, not characters: one long article cannot make the interval narrow', () => {
    // Nine short articles all unsupported and one very long one all claim: the pooled share is small,
    // but whether the long article is drawn swings it, so the article bootstrap stays wide.
    const articles = [...Array.from({ length: 9 }, (_, i) => article(`s${i}`, 0, 10)), article('long', 10_000, 0)];
    const { unsupportedShare, interval } = sourceReliability(articles);
    expect(unsupportedShare).toBeCloseTo(90 / 10_090, 12);
    expect(interval!.high - interval!.low).toBeGreaterThan(0.5);
  });
});

describe('bootstrapPooledShare', () => {
  it('covers the share a larger sample from the same outlet would give, about 95 times in 100', () => {
    // Articles whose shares scatter around 0.3; the pooled share of a fresh sample of the same
    // size should fall inside the interval of the first sample roughly at the nominal rate.
    let state = 7;
    const next = () => (state = (state * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
    let covered = 0;
    const trials = 200;
    for (let t = 0; t < trials; t++) {
      const claimBearing = Float64Array.from({ length: 40 }, () => 50 + Math.floor(next() * 200));
      const unsupported = claimBearing.map((c) => Math.round(c * Math.min(1, Math.max(0, 0.3 + (next() - 0.5) * 0.4))));
      const { low, high } = bootstrapPooledShare(unsupported, claimBearing, 500);
      if (low <= 0.3 && 0.3 <= high) covered++;
    }
    expect(covered / trials).toBeGreaterThan(0.85);
  });
});

describe('the profile pieces', () => {
  it('sums passages and characters by label', () => {
    expect(labelMix([article('a', 80, 20, 5), article('b', 10, 0, 0)])).toEqual({
      claim: { passages: 2, characters: 90 },
      opinion: { passages: 1, characters: 5 },
      unsupported: { passages: 1, characters: 20 },
    });
  });

  it('summarises the alphas that are defined: median, mean, min, max', () => {
    expect(agreementSummary([0.2, null, 0.8, 0.5, 0.9])).toEqual({ articles: 4, median: 0.65, mean: 0.6, min: 0.2, max: 0.9 });
    expect(agreementSummary([null])).toEqual({ articles: 0, median: null, mean: null, min: null, max: null });
  });

  it('shares per article; null without claim-bearing text', () => {
    expect(articleUnsupportedShare({ claim: 30, opinion: 100, unsupported: 10 })).toBe(0.25);
    expect(articleUnsupportedShare({ claim: 0, opinion: 100, unsupported: 0 })).toBeNull();
  });

  it('puts an article in the month of its own publication date, else of the verdicts (UTC)', () => {
    expect(reliabilityPeriod(new Date('2025-01-31T23:30:00Z'), new Date('2026-03-01T00:00:00Z'))).toBe('2025-01');
    expect(reliabilityPeriod(null, new Date('2026-03-01T00:00:00Z'))).toBe('2026-03');
    expect(reliabilityPeriod(null, null)).toBeNull();
  });

  it('figures each month as a source, oldest first, with the same minimum', () => {
    const trend = reliabilityTrend([
      { ...article('a', 50, 50), period: '2025-02' },
      { ...article('b', 80, 20), period: '2025-01' },
      { ...article('c', 60, 40), period: '2025-01' },
      { ...article('d', 10, 90), period: '2025-01' },
    ]);
    expect(trend.map((point) => [point.period, point.articles, point.claimBearingArticles, point.unsupportedShare === null])).toEqual([
      ['2025-01', 3, 3, false],
      ['2025-02', 1, 1, true],
    ]);
    expect(trend[0]!.unsupportedShare).toBeCloseTo(150 / 300, 12);
    expect(trend[1]!.interval).toBeNull();
  });
});

describe('the inlined generator', () => {
  it('draws exactly what mulberry32 seeded from the data draws', () => {
    const unsupported = Float64Array.from([3, 0, 7, 12, 1]);
    const claimBearing = Float64Array.from([10, 4, 20, 30, 9]);
    const random = mulberry32(seedFromData(unsupported, claimBearing));
    const shares = Float64Array.from({ length: 200 }, () => {
      let u = 0;
      let c = 0;
      for (let i = 0; i < 5; i++) {
        const pick = (random() * 5) | 0;
        u += unsupported[pick]!;
        c += claimBearing[pick]!;
      }
      return u / c;
    }).sort();
    const { low, high } = percentileInterval(shares, 'article-bootstrap');
    expect(bootstrapPooledShare(unsupported, claimBearing, 200)).toEqual({ low, high });
  });
});
