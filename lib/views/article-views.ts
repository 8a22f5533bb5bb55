// The shapes articles leave the data layer in. Kept explicit so columns added
// later (or internal ones) never leak to pages or the API by accident.
import type { ArticleStatus, TextDirection } from '../vocabulary';
import type { SourceRef } from './source-views';

export type { ArticleStatus };

export type ArticleListItem = {
  id: string;
  title: string;
  /** The name as the page stated it (or the importer typed it). */
  publisher: string | null;
  /** The outlet, once known (desk-wide; GET /api/sources/<id>). */
  source: SourceRef | null;
  byline: string | null;
  /** The article's own publication date as the page states it (ISO 8601). */
  publishedAt: string | null;
  status: ArticleStatus;
  revision: number;
  submittedReviews: number;
  lastActivityAt: string;
  /** The project the article belongs to, and its name. */
  projectId: string;
  projectName: string;
};

export type ArticleDetail = ArticleListItem & {
  /** The people the byline names, as Author records of the article's source, in the byline's order (empty when it names none). */
  authors: { id: string; name: string }[];
  /** The address the article was fetched from. */
  sourceUrl: string | null;
  /** The page's canonical address, as it states it or an editor corrected it. */
  canonicalUrl: string | null;
  modifiedAt: string | null;
  /** BCP 47 tag of the article's language (detected on import, editable): the body's lang, and the word rules selections snap to. */
  language: string;
  /** The direction the article's text runs: the body's dir. */
  direction: TextDirection;
  html: string;
  text: string;
  textHash: string;
  createdAt: string;
  importedBy: string | null;
};
