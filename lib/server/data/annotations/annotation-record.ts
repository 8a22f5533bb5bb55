import 'server-only';
// How an annotation row is read and turned into what leaves the data layer,
// and the snapshot its history entries keep.
import type { AnnotationView, Evidence } from '../../../views/annotation-views';
import { ANNOTATION_FIELDS, pickFields } from '../../../vocabulary';
import type { Actor } from '../../actor';
import type { Prisma } from '../../db/client';

export const annotationSelect = {
  id: true,
  articleId: true,
  authorId: true,
  author: { select: { id: true, name: true } },
  label: true,
  start: true,
  end: true,
  exact: true,
  prefix: true,
  suffix: true,
  revision: true,
  rationale: true,
  evidence: true,
  confidence: true,
  anchorState: true,
  canonical: true,
  via: true,
  version: true,
  createdAt: true,
  updatedAt: true,
  deletedAt: true,
} satisfies Prisma.AnnotationSelect;

export type AnnotationRow = Prisma.AnnotationGetPayload<{ select: typeof annotationSelect }>;

export function toAnnotationView(row: AnnotationRow, actor: Actor): AnnotationView {
  return {
    id: row.id,
    articleId: row.articleId,
    author: row.author,
    mine: row.authorId === actor.id,
    label: row.label,
    start: row.start,
    end: row.end,
    exact: row.exact,
    prefix: row.prefix,
    suffix: row.suffix,
    revision: row.revision,
    selectors: {
      position: { type: 'TextPositionSelector', start: row.start, end: row.end },
      quote: { type: 'TextQuoteSelector', exact: row.exact, prefix: row.prefix, suffix: row.suffix },
    },
    rationale: row.rationale,
    evidence: row.evidence as Evidence[],
    confidence: row.confidence,
    anchorState: row.anchorState,
    canonical: row.canonical,
    via: row.via,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    deletedAt: row.deletedAt?.toISOString() ?? null,
  };
}

/** What a history entry records of an annotation before and after a change. */
export function historySnapshot(row: Omit<AnnotationRow, 'author' | 'id' | 'articleId' | 'authorId' | 'createdAt' | 'updatedAt'>): Prisma.InputJsonObject {
  return {
    ...pickFields(row, ANNOTATION_FIELDS),
    evidence: row.evidence as Prisma.InputJsonValue,
    version: row.version,
    deletedAt: row.deletedAt?.toISOString() ?? null,
  };
}
