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

/**
 * An annotation row `c` and its author `u` as annotationSelect reads them (the author's name as
 * authorName). node-pg reads a timestamp without time zone in the process's zone, so each is
 * marked UTC, as Prisma stores them.
 */
export const ANNOTATION_COLUMNS = `c.id, c."articleId", c."authorId", u.name AS "authorName", c.label::text AS label, c.start, c."end", c.exact, c.prefix, c.suffix,
  c.revision, c.rationale, c.evidence, c.confidence::text AS confidence, c."anchorState"::text AS "anchorState", c.canonical, c.via,
  c.version, c."createdAt" AT TIME ZONE 'UTC' AS "createdAt", c."updatedAt" AT TIME ZONE 'UTC' AS "updatedAt", c."deletedAt" AT TIME ZONE 'UTC' AS "deletedAt"`;

/**
 * Inserts an annotation ($1 id … $15 via) and its 'create' history entry ($16 its snapshot) in one
 * statement, and reads it back (ANNOTATION_COLUMNS). Timestamps are UTC, as Prisma writes them.
 */
export const INSERT_ANNOTATION = `
  WITH created AS (
    INSERT INTO "Annotation" (id, "articleId", "authorId", label, start, "end", exact, prefix, suffix, revision, rationale, evidence, confidence, canonical, via, "createdAt", "updatedAt")
    VALUES ($1::uuid, $2::uuid, $3::uuid, $4::"Label", $5, $6, $7, $8, $9, $10, $11, $12::jsonb, $13::"Confidence", $14, $15::text[], now() AT TIME ZONE 'UTC', now() AT TIME ZONE 'UTC')
    RETURNING *
  ), history AS (
    INSERT INTO "AnnotationEvent" ("annotationId", "actorId", action, after, "createdAt")
    SELECT id, "authorId", 'create', $16::jsonb, "createdAt" FROM created
  )
  SELECT ${ANNOTATION_COLUMNS}
  FROM created c JOIN "User" u ON u.id = c."authorId"`;

/**
 * Writes the content of an annotation ($1 id; $2 label, $3 rationale, $4 evidence, $5 confidence,
 * $6 canonical, $7 via), one version on, and its 'update' history entry ($8 actor, $9 before and
 * $10 after: the snapshots, both known before the statement under the row lock) in one statement;
 * reads it back as ANNOTATION_COLUMNS.
 */
export const UPDATE_ANNOTATION = `
  WITH updated AS (
    UPDATE "Annotation" SET label = $2::"Label", rationale = $3, evidence = $4::jsonb, confidence = $5::"Confidence", canonical = $6, via = $7::text[],
                            version = version + 1, "updatedAt" = now() AT TIME ZONE 'UTC'
    WHERE id = $1::uuid
    RETURNING *
  ), history AS (
    INSERT INTO "AnnotationEvent" ("annotationId", "actorId", action, before, after, "createdAt")
    SELECT id, $8::uuid, 'update', $9::jsonb, $10::jsonb, "updatedAt" FROM updated
  )
  SELECT ${ANNOTATION_COLUMNS}
  FROM updated c JOIN "User" u ON u.id = c."authorId"`;

export type AnnotationSqlRow = Omit<AnnotationRow, 'author'> & { authorName: string };

/** A row of ANNOTATION_COLUMNS as annotationSelect reads it. */
export function fromSqlRow({ authorName, ...row }: AnnotationSqlRow): AnnotationRow {
  return { ...row, author: { id: row.authorId, name: authorName } };
}

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
