// The words beside sources' reliability figures: what each figure is, from what
// data, with which uncertainty (lib/consensus/source-reliability.ts has the reasons).
// The words come from the `sources` catalogue and the numbers from the caller's
// formatter, so both follow the interface's language.
import type { useFormatter, useTranslations } from 'next-intl';
import { BOOTSTRAP_RESAMPLES } from '@/lib/consensus/bootstrap-interval';
import { MINIMUM_ARTICLES } from '@/lib/consensus/source-reliability';
import type { SourceReliability } from '@/lib/views/source-views';

export type SourcesTranslator = ReturnType<typeof useTranslations<'sources'>>;
export type Formatter = ReturnType<typeof useFormatter>;

/** A share in [0, 1] as a percentage with one decimal, always ("25.0%"), as the exports and the tests read it. */
export function formatShare(format: Formatter, share: number): string {
  return format.number(share, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });
}

/** A coefficient (alpha) with three decimals ("0.812"), or `notDefined` when the data cannot define it. */
export function formatAlpha(format: Formatter, value: number | null, notDefined: string): string {
  if (value === null || !Number.isFinite(value)) return notDefined;
  // -0.0004 would read "-0.000": a sign without a magnitude.
  const rounded = Math.round(value * 1000) / 1000;
  return format.number(rounded === 0 ? 0 : rounded, { minimumFractionDigits: 3, maximumFractionDigits: 3 });
}

/** "Not enough data (1 of 3 articles)". */
export function notEnoughData(t: SourcesTranslator, reliability: Pick<SourceReliability, 'claimBearingArticles' | 'minimumArticles'>): string {
  return t('reliability.notEnoughData', { count: reliability.claimBearingArticles, minimum: reliability.minimumArticles });
}

/** "31.2% (95% CI 24.0%–38.9%)", or the not-enough-data sentence. */
export function shareWithInterval(t: SourcesTranslator, format: Formatter, reliability: SourceReliability): string {
  if (!reliability.enoughData || !reliability.interval || reliability.unsupportedShare === null) return notEnoughData(t, reliability);
  return t('reliability.shareWithInterval', {
    share: formatShare(format, reliability.unsupportedShare),
    low: formatShare(format, reliability.interval.low),
    high: formatShare(format, reliability.interval.high),
  });
}

/** "24.0%–38.9%": an interval's ends, for a table whose header says what it is. */
export function intervalRange(t: SourcesTranslator, format: Formatter, interval: { low: number; high: number }): string {
  return t('reliability.range', { low: formatShare(format, interval.low), high: formatShare(format, interval.high) });
}

/** How the figures are made, one sentence each, in the order they build on one another. */
export function reliabilityDefinitions(t: SourcesTranslator): string[] {
  return [
    t('reliability.definitions.published'),
    t('reliability.definitions.counting'),
    t('reliability.definitions.share'),
    t('reliability.definitions.interval', { resamples: BOOTSTRAP_RESAMPLES }),
    t('reliability.definitions.minimum', { minimum: MINIMUM_ARTICLES }),
  ];
}
