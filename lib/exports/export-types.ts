// The plain records every export format is written from. They are flat and
// self-contained on purpose: the server reads them from the database in
// batches (articles one by one, annotations and passages page by page) and
// hands each batch straight to a serialiser, so nothing needs the whole
// export in memory and no serialiser needs to look anything up.
//
// Offsets (`start`, `end`) are UTF-16 code units into the canonical text of
// the article revision `revision`, as everywhere else in the system; only
// the W3C serialiser converts them (the Recommendation counts code points).
import type { PassageClaim } from '../consensus/passage-claims';
import type { AnnotationView, Evidence } from '../views/annotation-views';
import type { RatingOption, VerdictView } from '../views/consensus-views';
import type { AnnotationField, ArticleStatus, Label, PassageState, TextDirection, VerdictRulingField } from '../vocabulary';

export type { Evidence, Label, RatingOption };

export type ExportArticle = {
  id: string;
  title: string;
  /** The article's public (source) URL when it has one, else its workbench URL. */
  url: string;
  publisher: string | null;
  /** The outlet as the desk records it (GET /api/sources/<id>); null when not known. */
  source: { id: string; name: string } | null;
  byline: string | null;
  /** When the article itself was published (not when verdicts were). */
  publishedAt: string | null;
  status: ArticleStatus;
  /** The current revision; `textHash` is the SHA-256 (hex) of its canonical text. */
  revision: number;
  textHash: string;
  /** BCP 47 tag of the article's language, and the direction its text runs: how to show its quotes. */
  language: string;
  direction: TextDirection;
};

/** An annotation as exports carry it: its own fields (ANNOTATION_FIELDS) beside its article and reviewer. */
export type ExportAnnotation = Pick<AnnotationView, 'id' | 'articleId' | AnnotationField | 'createdAt' | 'updatedAt'> & {
  articleTitle: string;
  articleUrl: string;
  reviewer: { id: string; name: string };
  /** The annotation's IRI: `<base>/annotations/<id>` (see annotationIri). */
  iri: string;
};

/** A verdict as exports carry it: the editor by name only. */
export type ExportVerdict = Pick<VerdictView, 'label' | VerdictRulingField | 'updatedAt'> & {
  editorName: string;
};

export type ExportPassage = {
  articleId: string;
  articleTitle: string;
  /** The passage key, `${start}-${end}`. */
  id: string;
  start: number;
  end: number;
  exact: string;
  /** The consensus (majority) label; null when labels tie for the most votes (no majority). */
  label: Label | null;
  /** The most votes any label has (those who chose `label`), out of `reviewers` who submitted. */
  support: number;
  reviewers: number;
  state: PassageState;
  verdict: ExportVerdict | null;
  /** The desk claims the passage is an appearance of, with each claim's verdict (it carries to the passage; lib/consensus/passage-claims.ts). */
  claims: PassageClaim[];
};

/** A comment of the article's discussion as exports carry it; the passage fields are null for a comment on the whole article. */
export type ExportComment = {
  id: string;
  /** The thread's first comment, for a reply. */
  parentId: string | null;
  author: { id: string; name: string };
  body: string;
  /** Ids of the project members the body @mentions. */
  mentions: string[];
  start: number | null;
  end: number | null;
  exact: string | null;
  prefix: string | null;
  suffix: string | null;
  revision: number | null;
  resolvedAt: string | null;
  resolvedBy: { id: string; name: string } | null;
  createdAt: string;
  updatedAt: string;
};

/** One article with everything the JSON export nests under it. */
export type ExportArticleEntry = {
  article: ExportArticle;
  annotations: readonly ExportAnnotation[];
  passages: readonly ExportPassage[];
  /** The discussion, oldest first; only the JSON export carries it (left out: none). */
  comments?: readonly ExportComment[];
  /** Credibility signals by key, over submitted reviewers only; only the JSON export carries them (left out: none). */
  signals?: Readonly<Record<string, ExportSignal>>;
};

/** One credibility signal on one article: the submitted reviewers' answers and their consensus (lib/consensus/signal-agreement.ts). */
export type ExportSignal = {
  question: string;
  scale: import('../vocabulary').SignalScale;
  answers: number;
  distribution: { value: string; label: string; count: number }[];
  consensus: string | null;
  median?: string | null;
};
