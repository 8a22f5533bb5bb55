// The shape annotations leave the data layer in: W3C-style selectors plus the
// reviewer's content. `mine` lets the UI offer edit controls without a second lookup.
export type Label = 'claim' | 'opinion' | 'unsupported';
export type Confidence = 'low' | 'medium' | 'high';
export type AnchorState = 'anchored' | 'reanchored' | 'orphaned';
export type EvidenceType = 'primary_source' | 'official_data' | 'expert' | 'news_report' | 'prior_fact_check';
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
  /** The article revision the offsets refer to. */
  revision: number;
  selectors: {
    position: { type: 'TextPositionSelector'; start: number; end: number };
    quote: { type: 'TextQuoteSelector'; exact: string; prefix: string; suffix: string };
  };
  rationale: string;
  evidence: Evidence[];
  confidence: Confidence | null;
  anchorState: AnchorState;
  canonical: AnnotationIdentity['canonical'];
  via: AnnotationIdentity['via'];
  version: number;
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
};

export type AnnotationHistoryEntry = {
  id: string;
  action: 'create' | 'update' | 'delete' | 'restore' | 'reanchor' | 'reattach';
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
