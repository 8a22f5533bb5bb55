// What the credibility-signal operations return (issue 15).
import type { SignalAlpha, SignalConsensus } from '../consensus/signal-agreement';
import type { SignalScale } from '../vocabulary';

export type SignalOption = { value: string; label: string };

export type SignalView = { key: string; question: string; helpText: string; scale: SignalScale; options: SignalOption[]; position: number; active: boolean };

/** One reviewer's answers, by signal key. */
export type SignalAnswers = Record<string, string>;

/**
 * GET /api/articles/<id>/signals: the active questionnaire, the caller's own
 * answers and — only for the desk, or a reviewer who has submitted (blind
 * review) — everyone's; `others` is null while the caller may not see them.
 */
export type ArticleSignalsView = {
  signals: SignalView[];
  answers: SignalAnswers;
  others: { reviewer: { id: string; name: string }; submitted: boolean; answers: SignalAnswers }[] | null;
};

/** One signal on the consensus page and in the JSON export: submitted reviewers only. */
export type SignalConsensusView = SignalConsensus & {
  question: string;
  scale: SignalScale;
  /** Krippendorff's alpha of this signal over the project's articles (one article is one unit, so alpha is pooled). */
  alpha: SignalAlpha & { scope: 'project'; articles: number };
  /** The interval of alpha, repeated at the top level for the shape. */
  interval: SignalAlpha['interval'];
};
