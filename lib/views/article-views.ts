// The shapes articles leave the data layer in. Kept explicit so columns added
// later (or internal ones) never leak to pages or the API by accident.
import type { ArticleStatus } from '../vocabulary';

export type { ArticleStatus };

export type ArticleListItem = {
  id: string;
  title: string;
  publisher: string | null;
  status: ArticleStatus;
  revision: number;
  submittedReviews: number;
  lastActivityAt: string;
  /** The project the article belongs to, and its name. */
  projectId: string;
  projectName: string;
};

export type ArticleDetail = ArticleListItem & {
  byline: string | null;
  sourceUrl: string | null;
  publishedAt: string | null;
  html: string;
  text: string;
  textHash: string;
  createdAt: string;
  importedBy: string | null;
};
