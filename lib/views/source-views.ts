// The shapes sources (outlets) leave the data layer in, with their reliability
// profile (issue 15). Figures come from published articles only, in the caller's
// projects; lib/consensus/source-reliability.ts defines them and says why the
// interval is an article-level bootstrap.
import type { AgreementSummary, LabelMix, SourceReliability, TrendPoint } from '../consensus/source-reliability';
import type { SignalScale } from '../vocabulary';
import type { ArticleStatus } from '../vocabulary';

export type { AgreementSummary, LabelMix, SourceReliability, TrendPoint };

/** How an article names its outlet in the API. */
export type SourceRef = { id: string; name: string };

export type SourceListItem = {
  id: string;
  name: string;
  domains: string[];
  /** Articles naming this source in the caller's projects, any status (others' are not counted). */
  articles: number;
  /**
   * From the published ones among them: the pooled unsupported share of claim-bearing text with its
   * 95 % article-bootstrap interval; share and interval null below `minimumArticles` articles with
   * claim-bearing text.
   */
  reliability: SourceReliability;
  /** Distinct claims linked to passages of those published articles (0 for a reader without claims:read). */
  claims: number;
};

/** One published article of the source, as snapshotted when its verdicts were published. */
export type SourceArticleFigures = {
  articleId: string;
  title: string;
  /** The article's own publication date. */
  publishedAt: string | null;
  /** When the desk published its verdicts. */
  verdictsPublishedAt: string | null;
  claimBearingChars: number;
  unsupportedChars: number;
  /** unsupported ÷ claim-bearing characters; null without claim-bearing text. */
  unsupportedShare: number | null;
  /** Krippendorff's alpha (nominal) of its passages, as its consensus page shows it; null when not defined. */
  alpha: number | null;
};

export type SourceClaimFigures = {
  claimId: string;
  text: string;
  /** The claim's verdict (rating on the desk's scale); null until an editor rules. */
  verdict: { rating: string; ratingName: string; ratingValue: number | null } | null;
  /** Its appearances in this source's published articles the reader may see. */
  appearances: number;
};

export type SourceSignalFigures = {
  key: string;
  question: string;
  scale: SignalScale;
  /** Published articles with at least one submitted answer. */
  articles: number;
  /** How many of them reached each consensus answer. */
  consensus: { value: string; label: string; count: number }[];
  noMajority: number;
};

export type SourceProfile = {
  labelMix: LabelMix;
  /** Newest first (by publication date, else verdicts date). */
  perArticle: SourceArticleFigures[];
  /** Month by month, oldest first; each month figured like the source (same minimum and interval). */
  trend: TrendPoint[];
  claims: SourceClaimFigures[];
  agreement: AgreementSummary;
  signals: SourceSignalFigures[];
};

export type SourceDetail = SourceListItem & {
  country: string | null;
  notes: string | null;
  /** The caller's articles from this source, newest publication first. */
  articleList: { id: string; title: string; byline: string | null; publishedAt: string | null; projectId: string; status: ArticleStatus }[];
  profile: SourceProfile;
};
