// The whole consensus of one article's submitted reviews, recomputed on every
// save: spans → passages → label agreement over passages (alpha, Fleiss,
// pairwise) and boundary agreement over characters (u-alpha, cu-alpha, alpha_u
// per label), each with its 95 % interval (alpha-bootstrap.ts,
// fleiss-bootstrap.ts, u-alpha-bootstrap.ts; Cohen's analytic) → majority per
// passage → Dawid–Skene weighting → editors' verdicts → coverage heat map →
// reliability summary.
//
// Only spans of submitted reviewers (reviewerIds, duplicates ignored) that lie
// on the text (integer offsets, 0 ≤ start < end ≤ text.length) count; the rest
// are dropped here. Dawid–Skene runs only where the data can carry it
// (dawid-skene-support.ts: enough contested passages and reviewers); otherwise
// passages' `weighted` and reviewers' reliability are null and `weighting` says why.
import { bootstrapAlphaNominal } from './alpha-bootstrap';
import { alphaU1995 } from './alpha-u-1995';
import { BOOTSTRAP_RESAMPLES } from './bootstrap-interval';
import { pairwiseAgreement } from './cohen-kappa';
import { coverageSegments } from './coverage-segments';
import { dawidSkene, type DawidSkeneFit } from './dawid-skene';
import { dawidSkeneSupport } from './dawid-skene-support';
import { bootstrapFleissKappa } from './fleiss-bootstrap';
import { fleissKappa } from './fleiss-kappa';
import { groupPassages, resolveOverlapRatio, type GroupedPassage } from './group-passages';
import { krippendorffAlphaNominal } from './krippendorff-alpha';
import { majorityConsensus, resolveQuorum } from './majority-consensus';
import { matchVerdicts } from './match-verdicts';
import { summariseReliability } from './reliability-summary';
import { LABELS, type AgreementMetrics, type ConsensusInput, type ConsensusResult, type Figure, type Label, type Passage, type ReliabilityData, type ReviewerReliability, type ReviewerSpan } from './types';
import { unitizingAlpha2016 } from './u-alpha-2016';
import { bootstrapUnitizingAlphas } from './u-alpha-bootstrap';
import { FIGURE_NOTES } from './figure-notes';

const NEEDS_TWO = FIGURE_NOTES.needsTwoSubmitted;

/** The spans that count: by a submitted reviewer, non-empty, on the text. */
export function countedSpans(spans: readonly ReviewerSpan[], reviewerIds: readonly string[], textLength: number): ReviewerSpan[] {
  const submitted = new Set(reviewerIds);
  return spans.filter(
    (span) => submitted.has(span.reviewerId) && Number.isInteger(span.start) && Number.isInteger(span.end) && span.start >= 0 && span.start < span.end && span.end <= textLength,
  );
}

/** Units = passages, coders = reviewers (in reviewerIds order), value = LABELS index of the reviewer's vote or -1. */
export function passageReliabilityData(passages: readonly GroupedPassage[], reviewerIds: readonly string[]): ReliabilityData {
  const coderOf = new Map(reviewerIds.map((id, index) => [id, index]));
  const coders = reviewerIds.length;
  const values = new Int32Array(passages.length * coders).fill(-1);
  passages.forEach((passage, unit) => {
    for (const vote of passage.votes) values[unit * coders + coderOf.get(vote.reviewerId)!] = LABELS.indexOf(vote.label);
  });
  return { units: passages.length, coders, categories: LABELS.length, values };
}

type FigureHead = Pick<Figure, 'key' | 'name' | 'unit' | 'reviewers' | 'units'>;

/** A figure's uncertainty as computed: an interval (or null with the reason) and, for the alphas, q. */
type Uncertainty = { interval: Figure['interval']; note?: string; belowThresholds?: Figure['belowThresholds'] };

const NOT_BOOTSTRAPPED = FIGURE_NOTES.notBootstrapped;
const ALPHA_U_INTERVAL = FIGURE_NOTES.alphaUNoInterval;

/** A coefficient's result as a Figure: never NaN; a null value always carries a note an editor can read, and has no interval. */
function figure(head: FigureHead, result: { value: number | null; note?: string }, submitted: number, uncertainty?: Uncertainty): Figure {
  const value = result.value !== null && Number.isFinite(result.value) ? result.value : null;
  const note = value !== null ? result.note : submitted < 2 ? NEEDS_TWO : (result.note ?? FIGURE_NOTES.notDefinedForReviews);
  const base: Figure = { ...head, value, ...(note ? { note } : {}) };
  if (uncertainty === undefined) return base;
  if (value === null) return { ...base, interval: null, intervalNote: FIGURE_NOTES.noIntervalUndefinedFigure, ...('belowThresholds' in uncertainty ? { belowThresholds: null } : {}) };
  const interval = uncertainty.interval ?? null;
  return {
    ...base,
    interval,
    ...(interval === null ? { intervalNote: uncertainty.note ?? FIGURE_NOTES.noIntervalForReviews } : {}),
    ...('belowThresholds' in uncertainty ? { belowThresholds: uncertainty.belowThresholds ?? null } : {}),
  };
}

function labelAgreement(data: ReliabilityData, reviewerIds: string[], resamples: number): Pick<AgreementMetrics, 'alphaNominal' | 'fleissKappa' | 'pairwise'> {
  const n = reviewerIds.length;
  const alpha = krippendorffAlphaNominal(data);
  const fleiss = fleissKappa(data);
  const alphaName = "Krippendorff's alpha (nominal) over passages (Krippendorff 2011)";
  const fleissName = "Fleiss' kappa over the passages every reviewer labelled (Fleiss 1971)";
  const alphaBoot = resamples > 0 ? bootstrapAlphaNominal(data, { resamples }) : { interval: null, belowThresholds: null, note: NOT_BOOTSTRAPPED };
  const fleissBoot = resamples > 0 ? bootstrapFleissKappa(data, { resamples }) : { interval: null, note: NOT_BOOTSTRAPPED };
  return {
    alphaNominal: figure({ key: 'alpha_nominal', name: alphaName, unit: 'passage', reviewers: alpha.coders, units: alpha.pairableUnits }, alpha, n, alphaBoot),
    fleissKappa: figure({ key: 'fleiss_kappa', name: fleissName, unit: 'passage', reviewers: n, units: fleiss.units }, fleiss, n, fleissBoot),
    pairwise: pairwiseAgreement(data, reviewerIds),
  };
}

function boundaryAgreement(textLength: number, reviewerIds: string[], spans: readonly ReviewerSpan[], resamples: number): Pick<AgreementMetrics, 'uAlpha' | 'cuAlpha' | 'alphaUByLabel'> {
  const n = reviewerIds.length;
  const units = { length: textLength, coderIds: reviewerIds };
  const labelled = spans.map((span) => ({ coderId: span.reviewerId, label: span.label, start: span.start, end: span.end }));
  const input = { ...units, spans: labelled, labels: [...LABELS] };
  const both = unitizingAlpha2016(input);
  const none = { interval: null, belowThresholds: null, note: NOT_BOOTSTRAPPED };
  const boot = resamples > 0 ? bootstrapUnitizingAlphas(input, { resamples }) : { uAlpha: none, cuAlpha: none };
  const head = (key: string, name: string): FigureHead => ({ key, name, unit: 'character', reviewers: n, units: textLength });
  const perLabel = (label: Label): Figure => {
    const result = alphaU1995({ ...units, spans: labelled.filter((span) => span.label === label) });
    const name = `alpha_u for “${label}” (Krippendorff 1995, as DKPro Agreement / INCEpTION report it)`;
    return figure(head(`alpha_u_${label}`, name), result, n, { interval: null, note: ALPHA_U_INTERVAL });
  };
  return {
    uAlpha: figure(head('u_alpha', 'u-alpha: agreement on where and what reviewers marked (Krippendorff et al. 2016)'), both.uAlpha, n, boot.uAlpha),
    // cu-alpha is defined over the characters where different reviewers' units intersect, not the whole text.
    cuAlpha: figure({ ...head('cu_alpha', 'cu-alpha: agreement on labels where reviewers marked text (Krippendorff et al. 2016)'), units: Math.round(both.cuAlpha.pairableLength) }, both.cuAlpha, n, boot.cuAlpha),
    alphaUByLabel: { claim: perLabel('claim'), opinion: perLabel('opinion'), unsupported: perLabel('unsupported') },
  };
}

/** Dawid–Skene over the passages, where the rule in dawid-skene-support.ts allows it. */
function reliabilityWeights(data: ReliabilityData, iterations: number | undefined): { fit: DawidSkeneFit | null; weighting: ConsensusResult['weighting'] } {
  const weighting = dawidSkeneSupport(data);
  return { fit: weighting.computed ? dawidSkene(data, { iterations: iterations ?? 50 }) : null, weighting };
}

function buildPassages(groups: readonly GroupedPassage[], fit: DawidSkeneFit | null, reviewers: number, quorum: number): Passage[] {
  return groups.map(({ id, start, end, exact, votes }, unit) => {
    const majority = majorityConsensus({ votes }, reviewers, quorum);
    const weighted = fit && fit.labels[unit]! >= 0 ? { label: LABELS[fit.labels[unit]!]!, probability: fit.probabilities[unit]! } : null;
    return { id, start, end, exact, votes, ...majority, displayState: majority.state, weighted, verdictId: null, finalLabel: majority.label };
  });
}

function reviewerReliability(reviewerIds: readonly string[], data: ReliabilityData, fit: DawidSkeneFit | null): ReviewerReliability[] {
  const labelled = new Array<number>(reviewerIds.length).fill(0);
  for (let i = 0; i < data.values.length; i++) if (data.values[i]! >= 0) labelled[i % data.coders]! += 1;
  return reviewerIds.map((reviewerId, c) => ({ reviewerId, reliability: fit?.reliability[c] ?? null, labelled: labelled[c]! }));
}

export function computeConsensus(input: ConsensusInput): ConsensusResult {
  const { text, options = {} } = input;
  const reviewerIds = [...new Set(input.reviewerIds)];
  const overlapRatio = resolveOverlapRatio(options.overlapRatio);
  const quorum = resolveQuorum(options.quorum, reviewerIds.length);
  const spans = countedSpans(input.spans, reviewerIds, text.length);

  const groups = groupPassages(text, spans, overlapRatio);
  const data = passageReliabilityData(groups, reviewerIds);
  const resamples = options.resamples ?? BOOTSTRAP_RESAMPLES;
  const metrics: AgreementMetrics = { ...labelAgreement(data, reviewerIds, resamples), ...boundaryAgreement(text.length, reviewerIds, spans, resamples) };
  const { fit, weighting } = reliabilityWeights(data, options.dawidSkeneIterations);
  const passages = matchVerdicts(buildPassages(groups, fit, reviewerIds.length, quorum), input.verdicts ?? [], overlapRatio);
  const summary = summariseReliability({ textLength: text.length, reviewers: reviewerIds.length, passages, alpha: metrics.alphaNominal.value, overlapRatio, quorum });
  return { metrics, passages, coverage: coverageSegments(spans), reliability: reviewerReliability(reviewerIds, data, fit), weighting, summary, quorum };
}
