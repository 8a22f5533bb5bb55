// One way to write every number on the consensus view, in the interface's
// language: coefficients with 3 decimals, shares as percentages with 1 decimal,
// "not defined" for a figure the data cannot define (never NaN, never a made-up
// 0), intervals with how they were made, and estimated probabilities no surer
// than their evidence. Digits, separators and words come from the locale
// (next-intl's formatter and the consensus.figures messages), so a Persian
// editor reads ۰٫۸۱۲ where an English one reads 0.812.
import { useFormatter } from 'next-intl';
import { useTranslations } from '@/components/i18n/kept-translations';
import { figureNoteCode } from '@/lib/consensus/figure-notes';
import type { Figure, FigureInterval, IntervalMethod } from '@/lib/consensus/types';

export type FiguresTranslator = ReturnType<typeof useTranslations<'consensus.figures'>>;
export type Formatter = ReturnType<typeof useFormatter>;

const METHOD_KEY = {
  'kalpha-bootstrap': 'kalphaBootstrap',
  'stretch-bootstrap': 'stretchBootstrap',
  'unit-bootstrap': 'unitBootstrap',
  'article-bootstrap': 'articleBootstrap',
  analytic: 'analytic',
  'wilson-score': 'wilsonScore',
} as const satisfies Record<IntervalMethod, string>;

function isNumber(value: number | null | undefined): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/** Rounded to `digits` decimals with a negative zero made positive, so nothing reads "-0.000". */
function rounded(value: number, digits: number): number {
  const factor = 10 ** digits;
  const result = Math.round(value * factor) / factor;
  return result === 0 ? 0 : result;
}

export type FigureFormat = ReturnType<typeof figureFormat>;

/** The number formats of the figures, over a translator of `consensus.figures` and next-intl's formatter. */
export function figureFormat(t: FiguresTranslator, format: Formatter) {
  const notDefined = t('notDefined');
  const decimals = (value: number, digits: number) => format.number(rounded(value, digits), { minimumFractionDigits: digits, maximumFractionDigits: digits });
  const percentOf = (share: number, digits: number) => format.number(rounded(share, digits + 2), { style: 'percent', minimumFractionDigits: digits, maximumFractionDigits: digits });

  /** A coefficient (alpha, kappa): "0.812", "-0.125", or "not defined". */
  const coefficient = (value: number | null | undefined) => (isNumber(value) ? decimals(value, 3) : notDefined);
  /** A share in [0, 1] as a percentage: "12.5%", or "not defined". */
  const percent = (share: number | null | undefined) => (isNumber(share) ? percentOf(share, 1) : notDefined);
  const intervalRange = (interval: FigureInterval | null | undefined) =>
    interval ? t('intervalRange', { low: coefficient(interval.low), high: coefficient(interval.high) }) : t('noInterval');
  /** A bootstrap share: none or all of 1,000 resamples is not a certainty: "< 0.1%", "> 99.9%", else "= 12.0%". */
  const relationOfShare = (share: number) => {
    if (share === 0) return t('below', { share: percentOf(0.001, 1) });
    if (share === 1) return t('above', { share: percentOf(0.999, 1) });
    return t('equal', { share: percent(share) });
  };

  return {
    notDefined,
    /** A count: "1,200" (۱٬۲۰۰ in Persian). */
    number: (value: number) => format.number(value),
    coefficient,
    percent,
    /** A probability as a percentage that never rounds to a certainty it is not: "> 99.9%", "< 0.1%". */
    probability(probability: number | null | undefined): string {
      if (!isNumber(probability)) return notDefined;
      if (probability < 1 && probability >= 0.9995) return t('above', { share: percentOf(0.999, 1) });
      if (probability > 0 && probability < 0.0005) return t('below', { share: percentOf(0.001, 1) });
      return percent(probability);
    },
    /**
     * A Dawid–Skene estimate, capped at "> 99%" and "< 1%": a model fitted to a
     * few dozen passages cannot vouch for the third digit (dawid-skene-support.ts).
     */
    estimatedProbability(probability: number | null | undefined): string {
      if (!isNumber(probability)) return notDefined;
      if (probability > 0.99) return t('above', { share: percentOf(0.99, 0) });
      if (probability < 0.01) return t('below', { share: percentOf(0.01, 0) });
      return percentOf(probability, 0);
    },
    /** "95% CI 0.612–0.853": the interval alone, for tables where the method is said once; "no interval" where there is none. */
    intervalRange,
    /** "95% CI 0.612–0.853 (Krippendorff’s bootstrap, 1,000 resamples)". */
    interval(interval: FigureInterval): string {
      const method = t(`method.${METHOD_KEY[interval.method]}`);
      const range = intervalRange(interval);
      return interval.resamples > 0 ? t('intervalWithResamples', { range, method, resamples: interval.resamples }) : t('intervalWithMethod', { range, method });
    },
    /** "P(α < 0.667) = 12.0%; P(α < 0.800) > 99.9%", Krippendorff's q for each minimum; empty when there is none. */
    thresholdRisk(figure: Pick<Figure, 'belowThresholds'>, symbol = 'α'): string {
      const risk = figure.belowThresholds;
      if (!risk) return '';
      return t('thresholdRisk', { symbol, tentative: decimals(0.667, 3), reliable: decimals(0.8, 3), tentativeRisk: relationOfShare(risk['0.667']), reliableRisk: relationOfShare(risk['0.8']) });
    },
    /** Items side by side: "A, B, C". */
    list(items: readonly string[]): string {
      return items.join(t('nameSeparator'));
    },
    /** A list of names in prose: "A", "A and B", "A, B and C". */
    names(names: readonly string[]): string {
      if (names.length <= 1) return names.join('');
      return t('names', { head: names.slice(0, -1).join(t('nameSeparator')), last: names[names.length - 1]! });
    },
  };
}

/** The figure formats of the interface's language (server or client component). */
export function useFigureFormat(): FigureFormat {
  return figureFormat(useTranslations('consensus.figures'), useFormatter());
}

/** A note lib/consensus gave for a figure (why it or its interval is not defined), in the interface's language; an unknown note as written. */
export function useFigureNote(): (note: string | undefined) => string {
  const t = useTranslations('consensus.figureNote');
  return (note) => {
    if (!note) return '';
    const code = figureNoteCode(note);
    return code ? t(code) : note;
  };
}
