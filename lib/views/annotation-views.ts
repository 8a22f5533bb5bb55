// The shape annotations leave the data layer in: W3C-style selectors plus the
// reviewer's content. `mine` lets the UI offer edit controls without a second lookup.
import type { AnchorState, AnnotationAction, AnnotationField, Confidence, EvidenceType, Label } from '../vocabulary';

export type { AnchorState, Confidence, EvidenceType, Label };
export type Evidence = { url: string; title?: string; type?: EvidenceType };
/** W3C identity a Web Annotation Protocol client gave the annotation (Data Model §3.3.6). */
export type AnnotationIdentity = { canonical: string | null; via: string[] };

export type AnnotationView = {
  id: string;
  articleId: string;
  author: { id: string; name: string };
  mine: boolean;
  label: Label;
  start: number;
  end: number;
  exact: string;
  prefix: string;
  suffix: string;
  /** The article revision the offsets refer to (older than the article's for an orphan). */
  revision: number;
  selectors: {
    position: { type: 'TextPositionSelector'; start: number; end: number };
    quote: { type: 'TextQuoteSelector'; exact: string; prefix: string; suffix: string };
  };
  rationale: string;
  evidence: Evidence[];
  confidence: Confidence | null;
  anchorState: AnchorState;
  /** The IRI a Web Annotation client gave it to track it across copies (W3C `canonical`), or null. */
  canonical: AnnotationIdentity['canonical'];
  /** IRIs of the copies it came from (W3C `via`), in the order they were given. */
  via: AnnotationIdentity['via'];
  version: number;
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
};

/**
 * What the annotation workspace shows and edits of an annotation. The article page sends its
 * annotations in this shape: without the selectors, the quote's context and the W3C identity,
 * which the workspace never reads, 500 highlights weigh less than half as much in the page.
 * An AnnotationView is one (the API's answers go into the workspace as they are).
 */
export type WorkspaceAnnotation = Pick<AnnotationView, 'id' | 'author' | 'mine' | 'label' | 'start' | 'end' | 'exact' | 'rationale' | 'evidence' | 'confidence' | 'anchorState' | 'version'>;

export function toWorkspaceAnnotation(view: AnnotationView): WorkspaceAnnotation {
  const { id, author, mine, label, start, end, exact, rationale, evidence, confidence, anchorState, version } = view;
  return { id, author, mine, label, start, end, exact, rationale, evidence, confidence, anchorState, version };
}

/** What an annotation says and where it stands (ANNOTATION_FIELDS), with their types. */
export type AnnotationFields = Pick<AnnotationView, AnnotationField>;

export type AnnotationHistoryEntry = {
  id: string;
  action: AnnotationAction;
  actor: { id: string; name: string };
  before: unknown;
  after: unknown;
  createdAt: string;
};

export type ReanchorReport = {
  revision: number;
  kept: string[];
  moved: { id: string; start: number; end: number }[];
  orphaned: string[];
};
