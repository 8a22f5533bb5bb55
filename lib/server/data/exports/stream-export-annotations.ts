import 'server-only';
// Annotations for export, read in keyset-paginated batches with one joined
// query each, so a year of work streams through in constant memory.
import { annotationIri, workbenchArticleUrl } from '../../../exports/export-records';
import type { ExportAnnotation } from '../../../exports/export-types';
import type { TExportFilter } from '../../../validation/exports';
import type { Evidence } from '../../../views/annotation-views';
import type { Actor } from '../../actor';
import { Prisma, db } from '../../db/client';
import { authorize } from '../../guards';
import { articleConditions } from './export-where';

export const EXPORT_BATCH_SIZE = 2_000;

type Row = Omit<ExportAnnotation, 'reviewer' | 'articleUrl' | 'iri' | 'createdAt' | 'updatedAt' | 'evidence'> & {
  reviewerId: string;
  reviewerName: string;
  sourceUrl: string | null;
  evidence: Evidence[];
  createdAt: Date;
  updatedAt: Date;
};

/** Live annotations of the filtered articles, in batches of EXPORT_BATCH_SIZE (id order). */
export async function* streamExportAnnotations(actor: Actor, filter: TExportFilter, baseUrl: string): AsyncGenerator<ExportAnnotation[]> {
  authorize(actor, 'exports:read');
  const where = articleConditions(filter);
  const label = filter.label ? Prisma.sql`AND a.label = ${filter.label}::"Label"` : Prisma.empty;
  let after: string | null = null;
  for (;;) {
    const cursor: Prisma.Sql = after ? Prisma.sql`AND a.id > ${after}::uuid` : Prisma.empty;
    const rows: Row[] = await db().$queryRaw<Row[]>`
      SELECT a.id, a."articleId", ar.title AS "articleTitle", ar."sourceUrl", u.id AS "reviewerId", u.name AS "reviewerName",
             a.label::text AS label, a.start, a."end", a.exact, a.prefix, a.suffix, a.revision, a.rationale, a.evidence,
             a.confidence::text AS confidence, a."anchorState"::text AS "anchorState", a."createdAt", a."updatedAt"
      FROM "Annotation" a JOIN "Article" ar ON ar.id = a."articleId" JOIN "User" u ON u.id = a."authorId"
      WHERE a."deletedAt" IS NULL AND ${where} ${label} ${cursor}
      ORDER BY a.id
      LIMIT ${EXPORT_BATCH_SIZE}`;
    if (rows.length === 0) return;
    yield rows.map((row) => toRecord(row, baseUrl));
    if (rows.length < EXPORT_BATCH_SIZE) return;
    after = rows[rows.length - 1]!.id;
  }
}

function toRecord(row: Row, baseUrl: string): ExportAnnotation {
  const { reviewerId, reviewerName, sourceUrl, createdAt, updatedAt, ...rest } = row;
  return {
    ...rest,
    articleUrl: sourceUrl ?? workbenchArticleUrl(baseUrl, row.articleId),
    reviewer: { id: reviewerId, name: reviewerName },
    createdAt: createdAt.toISOString(),
    updatedAt: updatedAt.toISOString(),
    iri: annotationIri(baseUrl, row.id),
  };
}
