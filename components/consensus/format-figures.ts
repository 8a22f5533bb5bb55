// One way to write every number on the consensus view: coefficients with 3
// decimals, shares as percentages with 1 decimal, "not defined" for a figure the
// data cannot define (never NaN, never a made-up 0), intervals with how they
// were made, and estimated probabilities no surer than their evidence.
import type { Figure, FigureInterval, IntervalMethod } from '@/lib/consensus/types';

export const NOT_DEFINED = 'not defined';

function isNumber(value: number | null | undefined): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/** A coefficient (alpha, kappa): "0.812", "-0.125", or "not defined". */
export function formatCoefficient(value: number | null | undefined): string {
  if (!isNumber(value)) return NOT_DEFINED;
  const text = value.toFixed(3);
  return text === '-0.000' ? '0.000' : text;
}

/** A share in [0, 1] as a percentage: "12.5%", or "not defined". */
export function formatPercent(share: number | null | undefined): string {
  if (!isNumber(share)) return NOT_DEFINED;
  const text = (share * 100).toFixed(1);
  return `${text === '-0.0' ? '0.0' : text}%`;
}

/** A probability as a percentage that never rounds to a certainty it is not: "> 99.9%", "< 0.1%". */
export function formatProbability(probability: number | null | undefined): string {
  if (!isNumber(probability)) return NOT_DEFINED;
  if (probability < 1 && probability >= 0.9995) return '> 99.9%';
  if (probability > 0 && probability < 0.0005) return '< 0.1%';
  return formatPercent(probability);
}

/** "1 reviewer", "3 reviewers". */
export function formatCount(count: number, singular: string, plural = `${singular}s`): string {
  return `${count.toLocaleString('en-GB')} ${count === 1 ? singular : plural}`;
}

/** Support of a consensus label: "2 of 3". */
export function formatSupport(support: number, reviewers: number): string {
  return `${support} of ${reviewers}`;
}

/** Cut a passage to at most `max` characters at a word boundary, with an ellipsis; never splits a surrogate pair. */
export function truncateText(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  let cut = max - 1;
  const code = flat.charCodeAt(cut - 1);
  if (code >= 0xd800 && code <= 0xdbff) cut -= 1;
  const head = flat.slice(0, cut);
  if (flat[cut] === ' ') return `${head}…`;
  const space = head.lastIndexOf(' ');
  return `${(space > max * 0.5 ? head.slice(0, space) : head).trimEnd()}…`;
}

/** A list of names in prose: "A", "A and B", "A, B and C". */
export function formatNames(names: string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

const METHOD_NAME: Record<IntervalMethod, string> = {
  'kalpha-bootstrap': 'Krippendorff’s bootstrap',
  'stretch-bootstrap': 'bootstrap over stretches of text',
  'unit-bootstrap': 'bootstrap over passages',
  'article-bootstrap': 'bootstrap over articles',
  analytic: 'large-sample standard error',
  'wilson-score': 'Wilson score interval',
};

/** "95% CI 0.612–0.853": the interval alone, for tables where the method is said once; "no interval" where there is none. */
export function formatIntervalRange(interval: FigureInterval | null | undefined): string {
  if (!interval) return 'no interval';
  return `95% CI ${formatCoefficient(interval.low)}–${formatCoefficient(interval.high)}`;
}

/** "95% CI 0.612–0.853 (Krippendorff’s bootstrap, 1,000 resamples)". */
export function formatInterval(interval: FigureInterval): string {
  const how = interval.resamples > 0 ? `${METHOD_NAME[interval.method]}, ${interval.resamples.toLocaleString('en-GB')} resamples` : METHOD_NAME[interval.method];
  return `${formatIntervalRange(interval)} (${how})`;
}

/** "P(α < 0.667) = 12.0%; P(α < 0.800) = 64.3%", Krippendorff's q for each minimum; empty when there is none. */
export function formatThresholdRisk(figure: Pick<Figure, 'belowThresholds'>, symbol = 'α'): string {
  const risk = figure.belowThresholds;
  if (!risk) return '';
  return `P(${symbol} < 0.667) ${relationOfShare(risk['0.667'])}; P(${symbol} < 0.800) ${relationOfShare(risk['0.8'])}`;
}

/** A bootstrap share: none or all of 1,000 resamples is not a certainty: "< 0.1%", "> 99.9%", else "= 12.0%". */
function relationOfShare(share: number): string {
  if (share === 0) return '< 0.1%';
  if (share === 1) return '> 99.9%';
  return `= ${formatPercent(share)}`;
}

/**
 * A Dawid–Skene estimate, capped at "> 99%" and "< 1%": a model fitted to a
 * few dozen passages cannot vouch for the third digit (dawid-skene-support.ts).
 */
export function formatEstimatedProbability(probability: number | null | undefined): string {
  if (!isNumber(probability)) return NOT_DEFINED;
  if (probability > 0.99) return '> 99%';
  if (probability < 0.01) return '< 1%';
  return `${Math.round(probability * 100)}%`;
}
