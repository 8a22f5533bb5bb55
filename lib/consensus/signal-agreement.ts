// Agreement and consensus on article credibility signals (issue 15): each
// signal is a question every reviewer answers once per article, so an article
// is a unit, a reviewer a coder and the signal's options the categories.
//
//  - signalAlpha: Krippendorff's alpha over the articles given — nominal metric
//    for nominal signals, ordinal for ordinal and count ones (options in rank
//    order, lowest first) — computed from the coincidence matrix (Krippendorff
//    2011, §C and §E), with the KALPHA bootstrap interval of alpha-bootstrap.ts.
//    Not defined (null, with a note) with fewer than two pairable values or no
//    variation. One article is one unit, so an alpha "per article" says nothing:
//    the caller pools the articles it judges (a project, a source).
//  - signalConsensus: one article's answers → the distribution, the plurality
//    answer (null: "no majority" when the most frequent answers tie) and, for a
//    ranked scale, the lower median (a value on the scale, never between two).
//  - aggregateSignalConsensus: per signal, how the articles' consensus answers
//    are distributed (what a source profile shows).
import { type AlphaBootstrap, type AlphaMetric, type BootstrapOptions, bootstrapAlpha, coincidenceMatrix, metricDifferences } from './alpha-bootstrap';
import { reliabilityData } from './krippendorff-alpha';
import type { FigureInterval, ReliabilityData, ThresholdRisk } from './types';
import type { SignalScale } from '../vocabulary';
import { FIGURE_NOTES } from './figure-notes';

export type SignalDefinition = { key: string; scale: SignalScale; options: readonly { value: string; label: string }[] };
/** One reviewer's answer on one article (the caller passes submitted reviewers' answers only). */
export type SignalAnswerInput = { articleId: string; reviewerId: string; value: string };

export type SignalAlpha = {
  metric: AlphaMetric;
  /** null when not defined; `note` says why. */
  value: number | null;
  /** Articles with two or more answers. */
  pairableUnits: number;
  /** Answers on those articles. */
  pairableValues: number;
  interval: FigureInterval | null;
  belowThresholds: ThresholdRisk | null;
  note?: string;
};

export type SignalConsensus = {
  answers: number;
  /** Count per option value, in the signal's order (every option present). */
  distribution: { value: string; label: string; count: number }[];
  /** The most frequent answer; null when there is none or the most frequent tie ("no majority"). */
  consensus: string | null;
  /** Ranked scales only: the lower median answer (null without answers). */
  median?: string | null;
};

export function signalMetric(scale: SignalScale): AlphaMetric {
  return scale === 'nominal' ? 'nominal' : 'ordinal';
}

/** Articles × reviewers, each answer its option's index; answers with an unknown value are left out. */
export function signalReliabilityData(signal: SignalDefinition, answers: readonly SignalAnswerInput[]): ReliabilityData {
  const index = new Map(signal.options.map((option, i) => [option.value, i]));
  const units = new Map<string, number>();
  const coders = new Map<string, number>();
  for (const answer of answers) {
    if (!index.has(answer.value)) continue;
    if (!units.has(answer.articleId)) units.set(answer.articleId, units.size);
    if (!coders.has(answer.reviewerId)) coders.set(answer.reviewerId, coders.size);
  }
  const data = reliabilityData(units.size, coders.size, signal.options.length);
  for (const answer of answers) {
    const category = index.get(answer.value);
    if (category === undefined) continue;
    data.values[units.get(answer.articleId)! * coders.size + coders.get(answer.reviewerId)!] = category;
  }
  return data;
}

/** α = 1 − (n − 1) Σ o_ck δ²_ck / Σ n_c n_k δ²_ck over pairable values. */
export function alphaWithMetric(data: ReliabilityData, metric: AlphaMetric): Pick<SignalAlpha, 'value' | 'pairableUnits' | 'pairableValues' | 'note'> {
  const { o, pairable } = coincidenceMatrix(data);
  let pairableUnits = 0;
  for (let unit = 0; unit < data.units; unit++) {
    let m = 0;
    for (let coder = 0; coder < data.coders; coder++) if (data.values[unit * data.coders + coder]! >= 0) m++;
    if (m >= 2) pairableUnits++;
  }
  const base = { pairableUnits, pairableValues: pairable };
  if (pairable < 2) return { ...base, value: null, note: FIGURE_NOTES.signalNoPairs };
  const k = data.categories;
  const margins = new Float64Array(k);
  for (let c = 0; c < k; c++) for (let j = 0; j < k; j++) margins[c]! += o[c * k + j]!;
  const delta = metricDifferences(metric, margins);
  let observed = 0;
  let expected = 0;
  for (let c = 0; c < k; c++) {
    for (let j = 0; j < k; j++) {
      observed += o[c * k + j]! * delta[c * k + j]!;
      expected += margins[c]! * margins[j]! * delta[c * k + j]!;
    }
  }
  if (expected === 0) return { ...base, value: null, note: FIGURE_NOTES.signalNoVariation };
  return { ...base, value: 1 - ((pairable - 1) * observed) / expected };
}

export function signalAlpha(signal: SignalDefinition, answers: readonly SignalAnswerInput[], options: BootstrapOptions = {}): SignalAlpha {
  const metric = signalMetric(signal.scale);
  const data = signalReliabilityData(signal, answers);
  const alpha = alphaWithMetric(data, metric);
  const bootstrap: AlphaBootstrap | null = alpha.value === null ? null : bootstrapAlpha(data, metric, options);
  return {
    metric,
    ...alpha,
    interval: bootstrap?.interval ?? null,
    belowThresholds: bootstrap?.belowThresholds ?? null,
    ...(alpha.note === undefined && bootstrap?.note ? { note: bootstrap.note } : {}),
  };
}

/** One article's answers to one signal (values outside the options are ignored). */
export function signalConsensus(signal: SignalDefinition, values: readonly string[]): SignalConsensus {
  const counts = new Map(signal.options.map((option) => [option.value, 0]));
  let answers = 0;
  for (const value of values) {
    const count = counts.get(value);
    if (count === undefined) continue;
    counts.set(value, count + 1);
    answers++;
  }
  const distribution = signal.options.map((option) => ({ value: option.value, label: option.label, count: counts.get(option.value)! }));
  const top = Math.max(0, ...distribution.map((entry) => entry.count));
  const leaders = distribution.filter((entry) => entry.count === top);
  const consensus = top > 0 && leaders.length === 1 ? leaders[0]!.value : null;
  if (signal.scale === 'nominal') return { answers, distribution, consensus };
  return { answers, distribution, consensus, median: lowerMedian(distribution, answers) };
}

function lowerMedian(distribution: SignalConsensus['distribution'], answers: number): string | null {
  if (answers === 0) return null;
  const position = Math.ceil(answers / 2); // the ⌈n/2⌉-th answer in rank order
  let seen = 0;
  for (const entry of distribution) {
    seen += entry.count;
    if (seen >= position) return entry.value;
  }
  return null;
}

export type SignalAggregate = {
  key: string;
  /** Articles with at least one answer. */
  articles: number;
  /** Of those, how many reached each consensus answer; `noMajority` the rest. */
  consensus: { value: string; label: string; count: number }[];
  noMajority: number;
};

/**
 * For a source profile: over several articles (each with its submitted
 * reviewers' answers), how often each signal's consensus came out as each answer.
 */
export function aggregateSignalConsensus(signals: readonly SignalDefinition[], answers: readonly (SignalAnswerInput & { signalKey: string })[]): SignalAggregate[] {
  return signals.map((signal) => {
    const byArticle = new Map<string, string[]>();
    for (const answer of answers) {
      if (answer.signalKey !== signal.key) continue;
      const list = byArticle.get(answer.articleId) ?? [];
      list.push(answer.value);
      byArticle.set(answer.articleId, list);
    }
    const counts = new Map(signal.options.map((option) => [option.value, 0]));
    let articles = 0;
    let noMajority = 0;
    for (const values of byArticle.values()) {
      const result = signalConsensus(signal, values);
      if (result.answers === 0) continue;
      articles++;
      if (result.consensus === null) noMajority++;
      else counts.set(result.consensus, counts.get(result.consensus)! + 1);
    }
    return { key: signal.key, articles, noMajority, consensus: signal.options.map((option) => ({ ...option, count: counts.get(option.value)! })) };
  });
}
