// Reliability figures for a whole project: how well its reviewers agree over
// all its articles, and which reviewer an editor should calibrate.
//
// The data: each article's counted spans (computeConsensus's rule: submitted
// reviewers only, on the text) grouped into passages as computeConsensus
// groups them, and each article's reliability data built the same way
// (passageReliabilityData: one vote per reviewer per passage, a passage a
// reviewer did not mark is a missing value, not a category). The articles'
// passages are then pooled into one units × coders matrix: units = every
// passage of every article, coders = every reviewer who submitted anywhere.
// A reviewer has values only on articles they submitted; elsewhere missing.
// Articles are taken in articleId order and reviewers in id order, so the
// order of the input changes nothing, not even the seeded bootstrap.
//
// The figures:
// - the project alpha (nominal) with Krippendorff's bootstrap interval and q
//   (alpha-bootstrap.ts); with one article it is that article's alphaNominal;
// - per reviewer, "alpha if removed" (the reviewer's values taken out; a
//   reviewer whose removal raises alpha disagrees with the rest), and their
//   pairwise agreement with the others next to the others' among themselves,
//   each with a Wilson interval (the n is stated on ReviewerCalibration);
// - per reviewer, a calibration call (calibrationCall below) or, on too little
//   data, none and a note saying so.
// Nothing here is NaN: an undefined figure is null with a note.
import { bootstrapAlphaNominal } from './alpha-bootstrap';
import { BOOTSTRAP_RESAMPLES } from './bootstrap-interval';
import { countedSpans, passageReliabilityData } from './compute-consensus';
import { groupPassages, resolveOverlapRatio } from './group-passages';
import { krippendorffAlphaNominal, type AlphaResult } from './krippendorff-alpha';
import { LABELS, type CalibrationCall, type Figure, type ProjectAgreement, type ProjectAgreementOptions, type ProjectArticle, type ReliabilityData, type ReviewerCalibration } from './types';
import { wilsonInterval } from './wilson-interval';
import { FIGURE_NOTES } from './figure-notes';

/**
 * Passages a reviewer must share with others before any call is made: below
 * 10 a share's interval spans most of [0, 1] (Wilson at 5 of 10 runs 0.24–0.76)
 * and one passage moves the share by 10 points or more; the same floor as the
 * Cohen intervals (COHEN_INTERVAL_MIN_UNITS).
 */
export const CALIBRATION_MIN_PASSAGES = 10;

/**
 * How far alpha may rise when a reviewer is taken out before that alone calls
 * for calibration: 0.05, over a third of the distance between Krippendorff's
 * two minimums (0.667 and 0.800), so one reviewer who moves alpha by more is
 * enough to change what the project's data may be used for. Among reviewers
 * drawn alike (bench/project-agreement.ts with CARELESS_SWAPS = 0, 200
 * articles × 5 reviewers) removing any one moves alpha by under 0.01; on a few dozen passages by a few
 * hundredths, which is why nothing is called below CALIBRATION_MIN_PASSAGES.
 */
export const CALIBRATION_ALPHA_MARGIN = 0.05;

/**
 * How far a reviewer's agreement must fall below the others' among themselves,
 * besides its interval lying wholly below it: 5 percentage points, one
 * passage in twenty labelled where the group would not. The interval alone
 * says the gap is real, not that it matters: on a large project it shrinks
 * until any gap is "certain" (bench/project-agreement.ts with CARELESS_SWAPS = 0:
 * 1.7 points, wholly outside a 3,400-passage interval, between reviewers
 * drawn alike; its careless reviewer is 24 points below).
 */
export const CALIBRATION_AGREEMENT_GAP = 0.05;

const NOT_BOOTSTRAPPED = FIGURE_NOTES.notBootstrapped;

/** The pooled reliability data of a project, with who is behind it. */
export type ProjectReliabilityData = {
  data: ReliabilityData;
  /** The coders, in id order: column c of `data` is reviewerIds[c]. */
  reviewerIds: string[];
  /** Per coder, the articles they submitted. */
  articlesSubmitted: number[];
  /** Articles with at least one submitted reviewer. */
  articles: number;
};

/** Units = the passages of every article (in articleId order, each in text order), coders = every submitted reviewer (in id order). */
export function projectReliabilityData(articles: readonly ProjectArticle[], overlapRatio?: number): ProjectReliabilityData {
  const ratio = resolveOverlapRatio(overlapRatio);
  const ordered = [...articles].sort((a, b) => compareIds(a.articleId, b.articleId));
  ordered.forEach((article, index) => {
    if (index > 0 && ordered[index - 1]!.articleId === article.articleId) throw new RangeError(`article ${article.articleId} appears twice`);
  });
  const reviewing = ordered.filter((article) => article.reviewerIds.length > 0).map((article) => ({ article, submitted: [...new Set(article.reviewerIds)] }));
  const reviewerIds = [...new Set(reviewing.flatMap(({ submitted }) => submitted))].sort(compareIds);
  const coderOf = new Map(reviewerIds.map((id, coder) => [id, coder]));
  const articlesSubmitted = new Array<number>(reviewerIds.length).fill(0);
  for (const { submitted } of reviewing) for (const id of submitted) articlesSubmitted[coderOf.get(id)!]! += 1;

  const parts = reviewing.map(({ article, submitted }) => {
    const spans = countedSpans(article.spans, submitted, article.textLength ?? Number.POSITIVE_INFINITY);
    // The text only gives each passage its `exact`, which the figures do not read.
    return passageReliabilityData(groupPassages('', spans, ratio), reviewerIds).values;
  });
  const values = new Int32Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    values.set(part, offset);
    offset += part.length;
  }
  const units = reviewerIds.length === 0 ? 0 : values.length / reviewerIds.length;
  const data: ReliabilityData = { units, coders: reviewerIds.length, categories: LABELS.length, values };
  return { data, reviewerIds, articlesSubmitted, articles: reviewing.length };
}

/** Pair counts over pairable units: per coder with the others, in total, and units shared per pair of coders. */
type PairTally = {
  /** Per coder: pairable units they labelled, comparisons with others there, and those that agree. */
  passages: Int32Array;
  comparisons: Float64Array;
  agreeing: Float64Array;
  /** Per coder: pairable units where they are one of exactly two values (without them, not pairable). */
  onlyPairWith: Int32Array;
  pairableUnits: number;
  pairs: number;
  agreeingPairs: number;
  /** coders × coders: units both labelled. */
  shared: Int32Array;
  /** Per coder: the other coders they share a unit with. */
  partners: Int32Array;
};

function tallyPairs({ units, coders, categories, values }: ReliabilityData): PairTally {
  const tally: PairTally = {
    passages: new Int32Array(coders),
    comparisons: new Float64Array(coders),
    agreeing: new Float64Array(coders),
    onlyPairWith: new Int32Array(coders),
    pairableUnits: 0,
    pairs: 0,
    agreeingPairs: 0,
    shared: new Int32Array(coders * coders),
    partners: new Int32Array(coders),
  };
  const present = new Int32Array(coders);
  const counts = new Int32Array(categories);
  for (let unit = 0, row = 0; unit < units; unit++, row += coders) {
    let m = 0;
    counts.fill(0);
    for (let coder = 0; coder < coders; coder++) {
      const value = values[row + coder]!;
      if (value < 0) continue;
      present[m++] = coder;
      counts[value]!++;
    }
    if (m < 2) continue;
    tally.pairableUnits++;
    tally.pairs += (m * (m - 1)) / 2;
    for (let c = 0; c < categories; c++) tally.agreeingPairs += (counts[c]! * (counts[c]! - 1)) / 2;
    for (let i = 0; i < m; i++) {
      const coder = present[i]!;
      tally.passages[coder]!++;
      tally.comparisons[coder]! += m - 1;
      tally.agreeing[coder]! += counts[values[row + coder]!]! - 1;
      if (m === 2) tally.onlyPairWith[coder]!++;
      for (let j = 0; j < m; j++) if (j !== i) tally.shared[coder * coders + present[j]!]!++;
    }
  }
  for (let a = 0; a < coders; a++) tally.partners[a] = countWhere(coders, (b) => b !== a && tally.shared[a * coders + b]! > 0);
  return tally;
}

/** Alpha with one coder's values taken out; `scratch` is reused across coders. */
function alphaWithout(data: ReliabilityData, coder: number, scratch: Int32Array): AlphaResult {
  scratch.set(data.values);
  for (let index = coder; index < scratch.length; index += data.coders) scratch[index] = -1;
  return krippendorffAlphaNominal({ ...data, values: scratch });
}

/** An editor's reason for a null alpha, from what the data lack (krippendorffAlphaNominal's three cases). */
function alphaNote(result: AlphaResult, reviewers: number, who: 'submitted' | 'others'): string {
  if (reviewers < 2) return who === 'submitted' ? FIGURE_NOTES.projectNeedsTwoSubmitted : FIGURE_NOTES.projectNeedsTwoOthers;
  if (result.pairableUnits === 0) return who === 'submitted' ? FIGURE_NOTES.projectNoPassageSubmitted : FIGURE_NOTES.projectNoPassageOthers;
  return FIGURE_NOTES.projectNoVariation;
}

function projectAlpha(pooled: ProjectReliabilityData, resamples: number): Figure {
  const { data, reviewerIds } = pooled;
  const result = krippendorffAlphaNominal(data);
  const head: Figure = {
    key: 'project_alpha_nominal',
    name: "Krippendorff's alpha (nominal) over all passages of the project's articles (Krippendorff 2011)",
    value: result.value,
    reviewers: result.coders,
    units: result.pairableUnits,
    unit: 'passage',
  };
  if (result.value === null) {
    return { ...head, note: alphaNote(result, reviewerIds.length, 'submitted'), interval: null, intervalNote: FIGURE_NOTES.noIntervalUndefinedFigure, belowThresholds: null };
  }
  const boot = resamples > 0 ? bootstrapAlphaNominal(data, { resamples }) : { interval: null, belowThresholds: null, note: NOT_BOOTSTRAPPED };
  return { ...head, interval: boot.interval, ...(boot.interval === null ? { intervalNote: boot.note ?? FIGURE_NOTES.noIntervalForReviews } : {}), belowThresholds: boot.belowThresholds };
}

/** A share of agreeing comparisons as a Figure, with its Wilson interval over `passages` trials. */
function shareFigure(head: Pick<Figure, 'key' | 'name' | 'reviewers'>, agreeing: number, comparisons: number, passages: number, emptyNote: string): Figure {
  const base = { ...head, units: passages, unit: 'passage' as const };
  if (comparisons <= 0 || passages <= 0) return { ...base, value: null, note: emptyNote, interval: null, intervalNote: FIGURE_NOTES.noIntervalUndefinedFigure };
  const value = agreeing / comparisons;
  return { ...base, value, interval: wilsonInterval(value, passages) };
}

const percent = (share: number) => `${(share * 100).toFixed(1)}%`;
const signed = (change: number) => `${change >= 0 ? '+' : '−'}${Math.abs(change).toFixed(3)}`;

/**
 * The rule: with at least CALIBRATION_MIN_PASSAGES shared passages, a reviewer
 * needs calibration when their agreement's 95 % interval lies wholly below the
 * others' agreement among themselves and the share itself is at least
 * CALIBRATION_AGREEMENT_GAP below it, or when alpha without them is more than
 * CALIBRATION_ALPHA_MARGIN above the project alpha; either is enough.
 */
export function calibrationCall(reviewer: Pick<ReviewerCalibration, 'passages' | 'agreement' | 'othersAgreement' | 'alphaIfRemoved' | 'alphaChange'>): CalibrationCall {
  const { passages, agreement, othersAgreement: others, alphaIfRemoved, alphaChange } = reviewer;
  if (passages < CALIBRATION_MIN_PASSAGES) {
    return { needed: null, lacking: 'passages', note: `Not enough data: ${passages} passage${passages === 1 ? '' : 's'} labelled together with other reviewers; a call needs at least ${CALIBRATION_MIN_PASSAGES}.` };
  }
  if (others.value === null && alphaChange === null) {
    return { needed: null, lacking: 'comparison', note: 'Nothing to compare with: neither the other reviewers’ agreement among themselves nor alpha without this reviewer is defined (it takes at least three reviewers).' };
  }
  const interval = agreement.interval!;
  const own = `Agrees with the other reviewers on ${percent(agreement.value!)} of comparisons over ${passages} passages (95% CI ${percent(interval.low)}–${percent(interval.high)})`;
  const below = others.value !== null && interval.high < others.value && agreement.value! <= others.value - CALIBRATION_AGREEMENT_GAP;
  const raises = alphaChange !== null && alphaChange > CALIBRATION_ALPHA_MARGIN;
  const versus = others.value === null ? 'the others’ agreement among themselves is not defined' : `the others agree among themselves on ${percent(others.value)} (gap needed: ${percent(CALIBRATION_AGREEMENT_GAP)})`;
  const removal =
    alphaChange === null
      ? 'alpha without them is not defined'
      : `without their labels alpha goes from ${(alphaIfRemoved.value! - alphaChange).toFixed(3)} to ${alphaIfRemoved.value!.toFixed(3)} (${signed(alphaChange)}, margin ${CALIBRATION_ALPHA_MARGIN})`;
  if (below || raises) {
    const why = [below ? `${own}, wholly and clearly below: ${versus}` : null, raises ? `${removal.charAt(0).toUpperCase()}${removal.slice(1)}` : null].filter(Boolean);
    return { needed: true, reason: `${why.join('. ')}.`, grounds: { below, raises } };
  }
  return { needed: false, reason: `${own}; ${versus}; ${removal}.`, grounds: { below, raises } };
}

function reviewerCalibration(pooled: ProjectReliabilityData, coder: number, tally: PairTally, alpha: Figure, scratch: Int32Array): ReviewerCalibration {
  const { data, reviewerIds, articlesSubmitted } = pooled;
  const coders = reviewerIds.length;
  const removed = alphaWithout(data, coder, scratch);
  const alphaIfRemoved: Figure = {
    key: 'project_alpha_if_removed',
    name: "Krippendorff's alpha (nominal) over all passages of the project's articles, without this reviewer's labels",
    value: removed.value,
    reviewers: removed.coders,
    units: removed.pairableUnits,
    unit: 'passage',
    ...(removed.value === null ? { note: alphaNote(removed, coders - 1, 'others') } : {}),
  };
  const alphaChange = removed.value !== null && alpha.value !== null ? removed.value - alpha.value : null;
  const passages = tally.passages[coder]!;
  const partners = tally.partners[coder]!;
  // Another reviewer enters the others' figure when they share a passage with a third, not only with this one.
  const others = countWhere(coders, (c) => c !== coder && tally.partners[c]! - (tally.shared[c * coders + coder]! > 0 ? 1 : 0) > 0);
  const agreement = shareFigure(
    { key: 'reviewer_pairwise_agreement', name: "Share of this reviewer's labels matching another reviewer's on the same passage (pairwise, all articles)", reviewers: passages > 0 ? partners + 1 : 0 },
    tally.agreeing[coder]!,
    tally.comparisons[coder]!,
    passages,
    FIGURE_NOTES.reviewerNoPartner,
  );
  const othersAgreement = shareFigure(
    { key: 'others_pairwise_agreement', name: "Share of the other reviewers' labels matching each other's on the same passage (pairwise, all articles)", reviewers: others },
    tally.agreeingPairs - tally.agreeing[coder]!,
    tally.pairs - tally.comparisons[coder]!,
    tally.pairableUnits - tally.onlyPairWith[coder]!,
    FIGURE_NOTES.othersNoCommon,
  );
  const figures = { passages, agreement, othersAgreement, alphaIfRemoved, alphaChange };
  return { reviewerId: reviewerIds[coder]!, articles: articlesSubmitted[coder]!, ...figures, calibration: calibrationCall(figures) };
}

export function computeProjectAgreement(articles: readonly ProjectArticle[], options: ProjectAgreementOptions = {}): ProjectAgreement {
  const pooled = projectReliabilityData(articles, options.overlapRatio);
  const alpha = projectAlpha(pooled, options.resamples ?? BOOTSTRAP_RESAMPLES);
  const tally = tallyPairs(pooled.data);
  const scratch = new Int32Array(pooled.data.values.length);
  const reviewers = pooled.reviewerIds.map((_, coder) => reviewerCalibration(pooled, coder, tally, alpha, scratch));
  const passages = pooled.data.units;
  const note = pooled.articles === 0 ? 'No article of the project has a submitted review yet.' : passages === 0 ? 'The submitted reviews mark no passage.' : undefined;
  return { alpha, reviewers, articles: pooled.articles, passages, ...(note ? { note } : {}) };
}

function countWhere(count: number, predicate: (index: number) => boolean): number {
  let matching = 0;
  for (let index = 0; index < count; index++) if (predicate(index)) matching++;
  return matching;
}

/** Code-unit order, the same on every machine and locale. */
function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
