// A source's (an outlet's) reliability profile, from its published articles'
// figures (issue 15). Each article contributes the characters under its
// passages' final labels as published (reliability-summary.ts,
// charactersByFinalLabel): claim-bearing = claim + unsupported characters.
//
// The headline figure is the pooled unsupported share, Σ unsupported ÷
// Σ claim-bearing over the articles with claim-bearing text, so a long article
// weighs by its text rather than counting as much as a one-line one.
//
// Its 95 % interval is an article-level (cluster) bootstrap: resample whole
// articles with replacement, recompute the pooled ratio, read the 2.5th and
// 97.5th percentiles (bootstrap-interval.ts). Articles, not characters or
// passages, are resampled because the characters of one article were judged
// together — by the same reviewers, about the same story — and are not
// independent; a character-level (Beta-Binomial or Wilson) interval would treat
// thousands of correlated characters as thousands of observations and come out
// far too narrow. The bootstrap also needs no model of how shares vary between
// articles. With fewer than MINIMUM_ARTICLES articles with claim-bearing text
// the resamples can take only a handful of values, so no share and no interval
// are given ("not enough data").
//
// Reproducible: articles are taken in articleId order and the generator is
// seeded from their figures (seeded-random.ts), so the same data gives the same
// interval on every request.
import { BOOTSTRAP_RESAMPLES, INTERVAL_LEVEL, percentileInterval } from './bootstrap-interval';
import { countsByLabel } from './group-passages';
import { seedFromData } from './seeded-random';
import { LABELS, type Label } from './types';

/** Below this many articles with claim-bearing text, neither share nor interval is given. */
export const MINIMUM_ARTICLES = 3;

/** One published article as the profile reads it (its snapshot at publication). */
export type ArticleReliabilityFigures = {
  articleId: string;
  charsByLabel: Record<Label, number>;
  passagesByLabel: Record<Label, number>;
  /** Krippendorff's alpha (nominal) of the article's passages, as its consensus page shows it; null when not defined. */
  alpha: number | null;
};

/** What the share and its interval read of an article. */
export type ArticleChars = Pick<ArticleReliabilityFigures, 'articleId' | 'charsByLabel'>;

export type ShareInterval = { low: number; high: number };

export type SourceReliability = {
  method: 'article-bootstrap';
  level: typeof INTERVAL_LEVEL;
  minimumArticles: typeof MINIMUM_ARTICLES;
  /** Published articles with figures (reviewed), claim-bearing text or not. */
  articlesReviewed: number;
  /** Of those, the articles with claim-bearing text: the n the share and interval rest on. */
  claimBearingArticles: number;
  claimBearingChars: number;
  unsupportedChars: number;
  /** Σ unsupported ÷ Σ claim-bearing; null below the minimum. */
  unsupportedShare: number | null;
  interval: ShareInterval | null;
  enoughData: boolean;
};

export type LabelMix = Record<Label, { passages: number; characters: number }>;

export type AgreementSummary = {
  /** Articles whose alpha is defined. */
  articles: number;
  median: number | null;
  mean: number | null;
  min: number | null;
  max: number | null;
};

export function claimBearingChars(chars: Record<Label, number>): number {
  return chars.claim + chars.unsupported;
}

/** unsupported ÷ claim-bearing characters of one article; null when it has no claim-bearing text. */
export function articleUnsupportedShare(chars: Record<Label, number>): number | null {
  const bearing = claimBearingChars(chars);
  return bearing > 0 ? chars.unsupported / bearing : null;
}

/** The pooled share and its article-bootstrap interval (see above). */
export function sourceReliability(articles: readonly ArticleChars[], resamples = BOOTSTRAP_RESAMPLES): SourceReliability {
  const bearing = [...articles].filter((article) => claimBearingChars(article.charsByLabel) > 0).sort((x, y) => (x.articleId < y.articleId ? -1 : x.articleId > y.articleId ? 1 : 0));
  const unsupported = Float64Array.from(bearing, (article) => article.charsByLabel.unsupported);
  const claimBearing = Float64Array.from(bearing, (article) => claimBearingChars(article.charsByLabel));
  const totalUnsupported = sum(unsupported);
  const totalBearing = sum(claimBearing);
  const enoughData = bearing.length >= MINIMUM_ARTICLES;
  return {
    method: 'article-bootstrap',
    level: INTERVAL_LEVEL,
    minimumArticles: MINIMUM_ARTICLES,
    articlesReviewed: articles.length,
    claimBearingArticles: bearing.length,
    claimBearingChars: totalBearing,
    unsupportedChars: totalUnsupported,
    unsupportedShare: enoughData ? totalUnsupported / totalBearing : null,
    interval: enoughData && resamples > 0 ? bootstrapPooledShare(unsupported, claimBearing, resamples) : null,
    enoughData,
  };
}

/**
 * The percentile interval of Σu ÷ Σc over `resamples` resamples of the articles
 * (each with replacement, as many as there are). Every article has c > 0, so no
 * resample divides by zero. The draws are mulberry32's (seeded-random.ts), inlined:
 * a call per draw cost twice as much, and the index bootstraps every source
 * (bench/source-profile.ts). Remembered by the data's seed, size and totals, since
 * published figures rarely change and the same data always give the same interval.
 */
export function bootstrapPooledShare(unsupported: Float64Array, claimBearing: Float64Array, resamples = BOOTSTRAP_RESAMPLES): ShareInterval {
  const count = unsupported.length;
  const seed = seedFromData(unsupported, claimBearing);
  const key = `${seed}:${count}:${resamples}:${sum(unsupported)}:${sum(claimBearing)}`;
  const known = remembered.get(key);
  if (known) return known;
  let state = seed >>> 0;
  const shares = new Float64Array(resamples);
  for (let r = 0; r < resamples; r++) {
    let u = 0;
    let c = 0;
    for (let i = 0; i < count; i++) {
      state = (state + 0x6d2b79f5) >>> 0;
      let t = state;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      const pick = ((((t ^ (t >>> 14)) >>> 0) / 4_294_967_296) * count) | 0;
      u += unsupported[pick]!;
      c += claimBearing[pick]!;
    }
    shares[r] = u / c;
  }
  shares.sort();
  const { low, high } = percentileInterval(shares, 'article-bootstrap');
  if (remembered.size >= REMEMBERED_INTERVALS) remembered.clear();
  remembered.set(key, { low, high });
  return { low, high };
}

/** Enough for every source of a large desk and its months; cleared whole when full (a recomputation is cheap). */
const REMEMBERED_INTERVALS = 20_000;
const remembered = new Map<string, ShareInterval>();

/** Passages and characters under each final label, summed over the articles. */
export function labelMix(articles: readonly ArticleReliabilityFigures[]): LabelMix {
  const passages = countsByLabel();
  const characters = countsByLabel();
  for (const article of articles) {
    for (const label of LABELS) {
      passages[label] += article.passagesByLabel[label];
      characters[label] += article.charsByLabel[label];
    }
  }
  return { claim: { passages: passages.claim, characters: characters.claim }, opinion: { passages: passages.opinion, characters: characters.opinion }, unsupported: { passages: passages.unsupported, characters: characters.unsupported } };
}

/** The spread of the articles' alphas (each article one value; articles without a defined alpha left out). */
export function agreementSummary(alphas: readonly (number | null)[]): AgreementSummary {
  const values = alphas.filter((alpha): alpha is number => alpha !== null && Number.isFinite(alpha)).sort((x, y) => x - y);
  if (values.length === 0) return { articles: 0, median: null, mean: null, min: null, max: null };
  const middle = values.length >> 1;
  const median = values.length % 2 === 1 ? values[middle]! : (values[middle - 1]! + values[middle]!) / 2;
  return { articles: values.length, median, mean: sum(Float64Array.from(values)) / values.length, min: values[0]!, max: values[values.length - 1]! };
}

export type TrendPoint = {
  /** 'YYYY-MM' (UTC) of the article's own publication date, else of the desk's verdicts. */
  period: string;
  /** Articles reviewed in the month. */
  articles: number;
  /** Of those, the ones with claim-bearing text: the n the minimum applies to. */
  claimBearingArticles: number;
  unsupportedShare: number | null;
  interval: ShareInterval | null;
};

/** Month by month, each month figured as a source is (same minimum, same interval), oldest first. */
export function reliabilityTrend(articles: readonly (ArticleChars & { period: string })[], resamples = BOOTSTRAP_RESAMPLES): TrendPoint[] {
  const byPeriod = new Map<string, ArticleChars[]>();
  for (const article of articles) {
    const month = byPeriod.get(article.period);
    if (month) month.push(article);
    else byPeriod.set(article.period, [article]);
  }
  return [...byPeriod.keys()].sort().map((period) => {
    const figures = sourceReliability(byPeriod.get(period)!, resamples);
    return { period, articles: figures.articlesReviewed, claimBearingArticles: figures.claimBearingArticles, unsupportedShare: figures.unsupportedShare, interval: figures.interval };
  });
}

/** The month an article counts in: its own publication date, else when the desk published its verdicts (UTC). */
export function reliabilityPeriod(publishedAt: Date | null, verdictsPublishedAt: Date | null): string | null {
  const date = publishedAt ?? verdictsPublishedAt;
  return date ? date.toISOString().slice(0, 7) : null;
}

function sum(values: Float64Array): number {
  let total = 0;
  for (let i = 0; i < values.length; i++) total += values[i]!;
  return total;
}
