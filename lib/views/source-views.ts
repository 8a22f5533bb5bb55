// The shapes sources (outlets) leave the data layer in.
import type { ArticleStatus } from '../vocabulary';

/** How an article names its outlet in the API. */
export type SourceRef = { id: string; name: string };

export type SourceListItem = {
  id: string;
  name: string;
  domains: string[];
  /** Articles naming this source in the caller's projects (others' are not counted). */
  articles: number;
  /** Reserved for the reliability profile (issue 15, later part); always null for now. */
  reliability: null;
};

export type SourceDetail = SourceListItem & {
  country: string | null;
  notes: string | null;
  /** The caller's articles from this source, newest publication first. */
  articleList: { id: string; title: string; byline: string | null; publishedAt: string | null; projectId: string; status: ArticleStatus }[];
};
