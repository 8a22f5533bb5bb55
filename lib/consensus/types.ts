// The contract of lib/consensus: what goes in (reviewers' spans on one text)
// and what comes out (agreement figures, passages, coverage, summary). Pure
// data; the server fills the input from the database and ships the output.

import type { Label, PassageState } from '../vocabulary';

export { LABELS, PASSAGE_STATES, type Label, type PassageState } from '../vocabulary';

/** One reviewer's annotated span: UTF-16 offsets into the current canonical text, start < end. */
export type ReviewerSpan = { id: string; reviewerId: string; label: Label; start: number; end: number };

/**
 * How an interval was made:
 * - 'kalpha-bootstrap': Krippendorff's algorithm as in Hayes's KALPHA macro
 *   (Hayes & Krippendorff 2007): pairs of pairable values drawn from the
 *   coincidence matrix, expected disagreement held fixed (alpha-bootstrap.ts);
 * - 'stretch-bootstrap': the unitizing alphas recomputed on stretches of text
 *   drawn with replacement (u-alpha-bootstrap.ts);
 * - 'unit-bootstrap': the coefficient recomputed on units drawn with replacement;
 * - 'article-bootstrap': a source's pooled share recomputed on its articles drawn
 *   with replacement (source-reliability.ts);
 * - 'analytic': a large-sample standard error, ± 1.96 SE (no resamples);
 * - 'wilson-score': Wilson's (1927) score interval for a share (no resamples;
 *   wilson-interval.ts says which n it is given).
 * Every bootstrap is seeded from the data it resamples: the same data give the same interval.
 */
export type IntervalMethod = 'kalpha-bootstrap' | 'stretch-bootstrap' | 'unit-bootstrap' | 'article-bootstrap' | 'analytic' | 'wilson-score';

/** A 95 % interval for a figure, percentile for the bootstraps, clipped to [-1, 1]. */
export type FigureInterval = {
  low: number;
  high: number;
  level: 0.95;
  /** Resampled values the percentiles were read from (0 for 'analytic'). */
  resamples: number;
  method: IntervalMethod;
};

/** q: the share of resampled alphas below each of Krippendorff's minimums (0.667 tentative, 0.800 reliable). */
export type ThresholdRisk = { '0.667': number; '0.8': number };

/**
 * One agreement figure. `value` is null when the data cannot define it (one
 * reviewer, no pairable units, no variation) and `note` then says why; never NaN.
 * `interval` is its uncertainty: absent where none is computed for that
 * coefficient, null where the data cannot carry one (`intervalNote` says why).
 * `belowThresholds` only for the alphas whose bootstrap gives a distribution.
 */
export type Figure = {
  /** Stable machine name, e.g. "alpha_nominal". */
  key: string;
  /** What it is, as shown to an editor, e.g. "Krippendorff's alpha (nominal) over passages". */
  name: string;
  value: number | null;
  /** Reviewers whose data entered the figure. */
  reviewers: number;
  /** Units behind it (passages, or characters for the unitizing figures). */
  units: number;
  /** What the unit is: 'passage' | 'character'. */
  unit: 'passage' | 'character';
  note?: string;
  interval?: FigureInterval | null;
  intervalNote?: string;
  belowThresholds?: ThresholdRisk | null;
};

/**
 * Reliability data for the label-agreement coefficients: a units × coders
 * matrix, unit-major (values[u * coders + c]), category index 0..categories-1
 * or -1 where coder c did not label unit u (missing).
 */
export type ReliabilityData = { units: number; coders: number; categories: number; values: Int32Array };

export type PairwiseMatrix = {
  /** Reviewer ids, the order of rows and columns. */
  reviewers: string[];
  /** Cohen's kappa per pair on the units both labelled; null where not defined (diagonal included). */
  cohenKappa: (number | null)[][];
  /** Its 95 % interval, analytic (Fleiss, Cohen & Everitt 1969 large-sample SE); null where kappa is not defined, the pair shares fewer than 10 units, or the SE is 0. */
  cohenKappaInterval: (FigureInterval | null)[][];
  /** Share of those shared units with the same label; null when they share none. */
  observedAgreement: (number | null)[][];
  /** How many units each pair both labelled. */
  sharedUnits: number[][];
};

export type AgreementMetrics = {
  /** Krippendorff's alpha, nominal, over passages; unmarked = missing. */
  alphaNominal: Figure;
  /** Fleiss' kappa over the passages every submitted reviewer labelled. */
  fleissKappa: Figure;
  /** Krippendorff et al. (2016) / Krippendorff (2019) u-alpha over character offsets. */
  uAlpha: Figure;
  /** Krippendorff et al. (2016) cu-alpha: label agreement given the boundaries. */
  cuAlpha: Figure;
  /** Krippendorff (1995/2004) alpha_u per label, as DKPro Agreement / INCEpTION report it. */
  alphaUByLabel: Record<Label, Figure>;
  pairwise: PairwiseMatrix;
};

export type PassageVote = { reviewerId: string; label: Label; annotationIds: string[] };

/** What an editor sees: a passage with an editor's verdict shows as adjudicated, whatever the votes were. */
export type PassageDisplayState = PassageState | 'adjudicated';

export type Passage = {
  /** Deterministic from the span: `${start}-${end}`. */
  id: string;
  start: number;
  end: number;
  exact: string;
  /** One vote per reviewer who marked the passage. */
  votes: PassageVote[];
  labelCounts: Record<Label, number>;
  /** The label with more votes than every other; null when labels tie for the most votes ("no majority"). */
  label: Label | null;
  /** The most votes any label has: the reviewers who chose `label`, or each tied label's count. */
  support: number;
  /** Submitted reviewers (n in "k of n"). */
  reviewers: number;
  /** support / votes.length. */
  confidence: number;
  /** From the votes alone; the figures count this. */
  state: PassageState;
  /** `state`, or 'adjudicated' once an editor's verdict is matched to the passage. */
  displayState: PassageDisplayState;
  /** Reliability-weighted (Dawid–Skene) label and its posterior probability; null when not computed (see ConsensusResult.weighting). */
  weighted: { label: Label; probability: number } | null;
  /** Id of the editor verdict matched to this passage, if any. */
  verdictId: string | null;
  /** The verdict's label when there is one, else `label` (null: a tie nobody has settled). */
  finalLabel: Label | null;
};

/** A maximal stretch of text over which the set of covering spans is constant. */
export type CoverageSegment = { start: number; end: number; counts: Record<Label, number>; reviewers: number };

export type ReviewerReliability = {
  reviewerId: string;
  /** Dawid–Skene estimate: probability the reviewer's label equals the true one; null if they labelled nothing or the data cannot carry the estimate (ConsensusResult.weighting). */
  reliability: number | null;
  /** Passages they labelled. */
  labelled: number;
};

export type ReliabilitySummary = {
  textLength: number;
  reviewers: number;
  passages: number;
  passagesByLabel: Record<Label, number>;
  /** Passages whose votes tie and that no verdict has settled: counted under no label, their characters neither. */
  passagesWithoutMajority: number;
  passagesByState: Record<PassageState, number>;
  /** Characters covered by passages of each final label (a character counts once, under its passage; a passage without a final label adds to none). */
  charsByLabel: Record<Label, number>;
  /** charsByLabel / textLength. */
  shareByLabel: Record<Label, number>;
  /** unsupported / (claim + unsupported) characters; null when there is no claim-bearing text. */
  unsupportedShareOfClaims: number | null;
  /** alphaNominal's value. */
  alpha: number | null;
  /** The formulas, in words, for display next to the figures. */
  formula: string;
};

/** An editor's verdict as consensus sees it: matched to the passage it was set on. */
export type VerdictSpan = { id: string; passageKey: string; start: number; end: number; label: Label };

export type ConsensusOptions = {
  /** Votes needed for "agreed"; default max(2, floor(n / 2) + 1) for n submitted reviewers. */
  quorum?: number;
  /** Spans belong to one passage when they overlap by at least this share of the shorter; default 0.5. */
  overlapRatio?: number;
  /** Dawid–Skene EM iteration cap; default 50. */
  dawidSkeneIterations?: number;
  /** Bootstrap resamples per interval; default 1,000; 0 computes no intervals (each figure then says so). */
  resamples?: number;
};

export type ConsensusInput = {
  text: string;
  /** Reviewers who submitted their review; only their spans count. */
  reviewerIds: string[];
  spans: ReviewerSpan[];
  verdicts?: VerdictSpan[];
  options?: ConsensusOptions;
};

/** Whether the data carry Dawid–Skene results (dawid-skene-support.ts), and on how much they rest. */
export type DawidSkeneSupport = {
  computed: boolean;
  /** Passages with votes from two or more reviewers: what the estimates rest on. */
  passages: number;
  /** Reviewers who voted on those passages. */
  reviewers: number;
  minPassages: number;
  minReviewers: number;
  /** Why it was not computed. */
  note?: string;
};

export type ConsensusResult = {
  metrics: AgreementMetrics;
  passages: Passage[];
  coverage: CoverageSegment[];
  reliability: ReviewerReliability[];
  /** The rule for reliability weighting and the data it rests on; `weighted` and `reliability` are null unless computed. */
  weighting: DawidSkeneSupport;
  summary: ReliabilitySummary;
  quorum: number;
};

/** One article of a project as the project figures see it. */
export type ProjectArticle = {
  articleId: string;
  /** Reviewers who submitted a review of the article; only their spans count (duplicates ignored). */
  reviewerIds: string[];
  /** Those reviewers' spans on the article's current text. */
  spans: ReviewerSpan[];
  /** Length of the current text, when known: spans past it are dropped, as computeConsensus drops them. */
  textLength?: number;
};

export type ProjectAgreementOptions = {
  /** As ConsensusOptions.overlapRatio, applied to every article. */
  overlapRatio?: number;
  /** Bootstrap resamples for the project alpha; default 1,000; 0 computes no interval (the figure says so). */
  resamples?: number;
};

/**
 * Whether a reviewer's labels call for calibration (project-agreement.ts has
 * the rule and its numbers): true or false with the reason in words, or null
 * with a note when the data cannot support a call either way. The words are
 * English (the API's language); `grounds` and `lacking` say the same as data,
 * so the interface can word the call in its own language from the reviewer's figures.
 */
export type CalibrationCall =
  | { needed: true; reason: string; grounds: CalibrationGrounds }
  | { needed: false; reason: string; grounds: CalibrationGrounds }
  | { needed: null; note: string; lacking: 'passages' | 'comparison' };

/** Which of the two rules hold: agreement clearly below the others', alpha rising by more than the margin without them. */
export type CalibrationGrounds = { below: boolean; raises: boolean };

export type ReviewerCalibration = {
  reviewerId: string;
  /** Articles whose review they submitted. */
  articles: number;
  /** Passages they labelled that at least one other reviewer labelled too: their pairable units. */
  passages: number;
  /**
   * Krippendorff's alpha (nominal) over all the project's passages with this
   * reviewer's values taken out ("alpha if removed"). No interval: the
   * bootstrap of this figure would not be the uncertainty of its change from
   * the project alpha, which is what it is read for.
   */
  alphaIfRemoved: Figure;
  /** alphaIfRemoved − the project alpha: above 0, the project agrees better without them; null where either is not defined. */
  alphaChange: number | null;
  /**
   * Share of their pairwise comparisons with the other reviewers, on the
   * passages both labelled, that give the same label. Its interval is
   * Wilson's score interval with n = `passages`, not the comparisons: the
   * comparisons on one passage all carry the reviewer's one label, so they are
   * not independent trials, and counting each would narrow the interval by up
   * to √(reviewers on the passage − 1).
   */
  agreement: Figure;
  /** The same share among the other reviewers only (every pair without this one, all articles), interval likewise with n = passages with two or more of their labels. */
  othersAgreement: Figure;
  calibration: CalibrationCall;
};

export type ProjectAgreement = {
  /** Krippendorff's alpha (nominal) over the passages of all the project's articles, pooled into one reliability data set. */
  alpha: Figure;
  /** Every reviewer who submitted a review of any article, by id. */
  reviewers: ReviewerCalibration[];
  /** Articles with at least one submitted review. */
  articles: number;
  /** Passages over all articles, including those only one reviewer marked (alpha.units counts the pairable ones). */
  passages: number;
  /** Why there is nothing to show, when there is nothing. */
  note?: string;
};
