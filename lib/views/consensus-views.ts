// The shapes the consensus view, adjudication and review queue leave the data
// layer in. The computed parts come straight from lib/consensus.
import type { ArticleClaimAppearance, PassageClaim } from '../consensus/passage-claims';
import type { AgreementMetrics, CoverageSegment, DawidSkeneSupport, Label, Passage, ReliabilitySummary, ReviewerReliability } from '../consensus/types';
import type { ArticleStatus } from './article-views';
import type { PublicationAction, TextDirection } from '../vocabulary';
import type { AnnotationView } from './annotation-views';

/** One step of the newsroom's rating scale; `value` orders it (higher = more true). */
export type RatingOption = { key: string; name: string; value: number };

export type VerdictView = {
  id: string;
  passageKey: string;
  start: number;
  end: number;
  exact: string;
  label: Label;
  rating: string;
  ratingName: string;
  ratingValue: number | null;
  explanation: string;
  claimant: string | null;
  appearanceUrl: string | null;
  /** When the claim was made (YYYY-MM-DD), if the editor recorded it. */
  claimDate: string | null;
  /** Whether the editor accepted the computed consensus as it was. */
  acceptedConsensus: boolean;
  editor: { id: string; name: string };
  version: number;
  createdAt: string;
  updatedAt: string;
};

/** A reviewer's annotation inside a passage, for the side-by-side comparison. */
export type PassageAnnotation = Pick<AnnotationView, 'id' | 'label' | 'start' | 'end' | 'exact' | 'rationale' | 'evidence' | 'confidence'> & {
  reviewer: { id: string; name: string };
};

/** `claims`: the desk claims the passage is an appearance of, with the claim's verdict (it carries to the passage). */
export type ConsensusPassageView = Passage & { verdict: VerdictView | null; annotations: PassageAnnotation[]; claims: PassageClaim[] };

export type PublicationEvent = { action: PublicationAction; actor: { id: string; name: string }; at: string; reason: string };

export type ConsensusView = {
  /** language (BCP 47) and direction: the text's lang and dir where it is shown. */
  article: { id: string; title: string; status: ArticleStatus; revision: number; text: string; language: string; direction: TextDirection };
  /** Reviewers who submitted, in the order of the pairwise matrix. */
  reviewers: { id: string; name: string }[];
  /** Reviewers with annotations on the article who have not submitted yet (their work does not count). */
  pendingReviewers: { id: string; name: string }[];
  metrics: AgreementMetrics;
  passages: ConsensusPassageView[];
  /** Every claim appearance placed on the current text, whether or not a passage covers it. */
  claimAppearances: ArticleClaimAppearance[];
  coverage: CoverageSegment[];
  reliability: ReviewerReliability[];
  /** Whether reliability weighting was computed, and on how many passages and reviewers it rests. */
  weighting: DawidSkeneSupport;
  summary: ReliabilitySummary;
  quorum: number;
  ratingScale: RatingOption[];
  /** Disputed passages still without a verdict; publishing waits for them. */
  unadjudicatedDisputes: number;
  /** Article credibility signals by key, over submitted reviewers only (issue 15). */
  signals: Record<string, import('./signal-views').SignalConsensusView>;
  publication: { publishedAt: string | null; publishedBy: { id: string; name: string } | null; history: PublicationEvent[] };
  computedAt: string;
};

export type ReviewQueueItem = {
  id: string;
  title: string;
  publisher: string | null;
  status: ArticleStatus;
  submittedReviews: number;
  /** Submissions since the last verdict or publication. */
  reviewsWaiting: number;
  disputedPassages: number;
  unadjudicatedDisputes: number;
  verdicts: number;
  oldestWaitingSince: string | null;
  lastActivityAt: string;
  createdAt: string;
  /** The article's assignments: how many of them are submitted, and who is past their due date. */
  assignments: import('./assignment-views').AssignmentProgress;
};
