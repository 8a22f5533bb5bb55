import 'server-only';
// Annotations for export, read in keyset-paginated batches with one joined
// query each, so a year of work streams through in constant memory.
import type { ExportAnnotation } from '../../../exports/export-types';
import type { TExportFilter } from '../../../validation/exports';
import type { Actor } from '../../actor';
import { Prisma, db } from '../../db/client';
import { authorize } from '../../guards';
import { ANNOTATION_JOIN_COLUMNS, type AnnotationJoinRow, toExportRecord } from './annotation-export-row';
import { articleConditions } from './export-where';

export const EXPORT_BATCH_SIZE = 2_000;

/** Live annotations of the filtered articles, in batches of EXPORT_BATCH_SIZE (id order). */
export async function* streamExportAnnotations(actor: Actor, filter: TExportFilter, baseUrl: string): AsyncGenerator<ExportAnnotation[]> {
  authorize(actor, 'exports:read');
  const where = articleConditions(filter);
  const label = filter.label ? Prisma.sql`AND a.label = ${filter.label}::"Label"` : Prisma.empty;
  let after: string | null = null;
  for (;;) {
    const cursor: Prisma.Sql = after ? Prisma.sql`AND a.id > ${after}::uuid` : Prisma.empty;
    const rows: AnnotationJoinRow[] = await db().$queryRaw<AnnotationJoinRow[]>`
      SELECT ${ANNOTATION_JOIN_COLUMNS}
      FROM "Annotation" a JOIN "Article" ar ON ar.id = a."articleId" JOIN "User" u ON u.id = a."authorId"
      WHERE a."deletedAt" IS NULL AND ${where} ${label} ${cursor}
      ORDER BY a.id
      LIMIT ${EXPORT_BATCH_SIZE}`;
    if (rows.length === 0) return;
    yield rows.map((row) => toExportRecord(row, baseUrl));
    if (rows.length < EXPORT_BATCH_SIZE) return;
    after = rows[rows.length - 1]!.id;
  }
}
