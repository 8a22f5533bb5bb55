import 'server-only';
// Annotations for export, read in keyset-paginated batches with one joined
// query each, so a year of work streams through in constant memory. Batches
// go in article order, so each holds a few articles' annotations together
// (their texts are loaded once per batch, and offsets converted per article),
// and the rows are read with node-pg directly: Prisma's row mapping would cost
// more than the query.
import type { ExportAnnotation } from '../../../exports/export-types';
import type { TExportFilter } from '../../../validation/exports';
import type { Actor } from '../../actor';
import { Prisma, sqlPool } from '../../db/client';
import { authorize } from '../../guards';
import { ANNOTATION_JOIN_COLUMNS, type AnnotationJoinRow, toExportRecord } from './annotation-export-row';
import { articleConditions } from './export-where';

export const EXPORT_BATCH_SIZE = 2_000;

/** Live annotations of the filtered articles, in batches of EXPORT_BATCH_SIZE, ordered by article then id. */
export async function* streamExportAnnotations(actor: Actor, filter: TExportFilter, baseUrl: string): AsyncGenerator<ExportAnnotation[]> {
  authorize(actor, 'exports:read');
  const where = articleConditions(filter);
  const label = filter.label ? Prisma.sql`AND a.label = ${filter.label}::"Label"` : Prisma.empty;
  let after: { articleId: string; id: string } | null = null;
  for (;;) {
    const cursor: Prisma.Sql = after ? Prisma.sql`AND (a."articleId", a.id) > (${after.articleId}::uuid, ${after.id}::uuid)` : Prisma.empty;
    const query = Prisma.sql`
      SELECT ${ANNOTATION_JOIN_COLUMNS}
      FROM "Annotation" a JOIN "Article" ar ON ar.id = a."articleId" JOIN "User" u ON u.id = a."authorId"
      WHERE a."deletedAt" IS NULL AND ${where} ${label} ${cursor}
      ORDER BY a."articleId", a.id
      LIMIT ${EXPORT_BATCH_SIZE}`;
    const { rows } = await sqlPool().query<AnnotationJoinRow>(query.text, query.values);
    if (rows.length === 0) return;
    yield rows.map((row) => toExportRecord(row, baseUrl));
    if (rows.length < EXPORT_BATCH_SIZE) return;
    const last = rows[rows.length - 1]!;
    after = { articleId: last.articleId, id: last.id };
  }
}
