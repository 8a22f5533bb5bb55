import 'server-only';
// A bulk annotation export as batches of keys: each batch is the annotations
// after one boundary key up to the next, the boundary being the
// exportBatchSize()-th key after the last (a short index scan), so batches
// are known before they are read, can be written in parallel
// (lib/server/exports/export-workers.ts) and put back in order. The batches
// together never hold more rows than the total counted at the start, so an
// export never contradicts the total it announces, even while reviewers add
// annotations.
import type { TExportFilter } from '../../../validation/exports';
import { Prisma, db } from '../../db/client';
import type { Authorized } from '../../guards';
import { ANNOTATION_JOIN_COLUMNS } from './annotation-export-row';
import type { SqlStatement } from './read-export-batch';
import { config } from '../../../config';
import { articleConditions } from './export-where';

/**
 * Annotations per batch: 2,000 (larger gave no gain in bench/exports.ts).
 * EXPORT_BATCH_SIZE overrides it; the end-to-end tests use a tiny one so that
 * a handful of annotations already spans several batches and workers.
 */
function exportBatchSize(): number {
  return config().exportBatchSize;
}

type Key = { articleId: string; id: string };

function filterConditions(filter: TExportFilter): Prisma.Sql {
  const label = filter.label ? Prisma.sql`AND a.label = ${filter.label}::"Label"` : Prisma.empty;
  return Prisma.sql`a."deletedAt" IS NULL AND ${articleConditions(filter)} ${label}`;
}

/** Keys after `after` (all keys for null). */
function keysAfter(after: Key | null): Prisma.Sql {
  return after ? Prisma.sql`AND (a."articleId", a.id) > (${after.articleId}::uuid, ${after.id}::uuid)` : Prisma.empty;
}

function batchStatement(filter: TExportFilter, after: Key | null, through: Key | null, rows: number): SqlStatement {
  const to = through ? Prisma.sql`AND (a."articleId", a.id) <= (${through.articleId}::uuid, ${through.id}::uuid)` : Prisma.empty;
  const query = Prisma.sql`
    SELECT ${ANNOTATION_JOIN_COLUMNS}
    FROM "Annotation" a JOIN "Article" ar ON ar.id = a."articleId" JOIN "User" u ON u.id = a."authorId"
    WHERE ${filterConditions(filter)} ${keysAfter(after)} ${to}
    ORDER BY a."articleId", a.id
    LIMIT ${rows}`;
  return { text: query.text, values: query.values };
}

/**
 * Statements selecting the filtered annotations batch by batch, ordered by
 * article then id, `total` rows at most (the count the export announced;
 * without one, all there are).
 */
export async function* planExportBatches(actor: Authorized<'exports:read'>, filter: TExportFilter, total = Number.POSITIVE_INFINITY): AsyncGenerator<SqlStatement> {
  const size = exportBatchSize();
  let after: Key | null = null;
  for (let planned = 0; planned < total; planned += size) {
    const rows = Math.min(size, total - planned);
    const [boundary]: (Key | undefined)[] =
      rows < size
        ? []
        : await db().$queryRaw<Key[]>`
            SELECT a."articleId", a.id FROM "Annotation" a JOIN "Article" ar ON ar.id = a."articleId"
            WHERE ${filterConditions(filter)} ${keysAfter(after)}
            ORDER BY a."articleId", a.id OFFSET ${size - 1} LIMIT 1`;
    // The last batch (or one after rows were deleted meanwhile) runs to the end of the keys.
    yield batchStatement(filter, after, boundary ?? null, rows);
    if (!boundary) return;
    after = { articleId: boundary.articleId, id: boundary.id };
  }
}
