import 'server-only';
// One view of the annotation container: how many annotations the actor may
// see in it, when the newest of them changed, and optionally one window of
// them (OFFSET/LIMIT in a stable order: createdAt, then id). Count and window
// are read in one repeatable-read transaction so a page never disagrees with
// the total it reports.
import type { Actor } from '../../actor';
import { Prisma, db } from '../../db/client';
import { authorize } from '../../guards';
import { ANNOTATION_JOIN_COLUMNS, type AnnotationJoinRow, type WebAnnotationRecord, loadRevisionTexts, exportRecordsUnder, visibleAnnotationConditions } from './web-annotation-record';
import type { WebAnnotationScope } from './web-annotation-scope';

export type WebAnnotationCollection = { total: number; modified: string | null; records: WebAnnotationRecord[] };

export async function readWebAnnotationCollection(
  actor: Actor,
  scope: WebAnnotationScope,
  options: { baseUrl: string; window?: { offset: number; limit: number } },
): Promise<WebAnnotationCollection> {
  authorize(actor, 'articles:read');
  const where = visibleAnnotationConditions(actor, scope);
  return db().$transaction(
    async (tx) => {
      const [summary] = await tx.$queryRaw<{ n: bigint; modified: Date | null }[]>`
        SELECT count(*) AS n, max(a."updatedAt") AS modified FROM "Annotation" a WHERE ${where}`;
      const total = Number(summary?.n ?? 0);
      const modified = summary?.modified?.toISOString() ?? null;
      const window = options.window;
      if (!window || window.offset >= total) return { total, modified, records: [] };
      const rows = await tx.$queryRaw<AnnotationJoinRow[]>`
        SELECT ${ANNOTATION_JOIN_COLUMNS}
        FROM "Annotation" a JOIN "Article" ar ON ar.id = a."articleId" JOIN "User" u ON u.id = a."authorId"
        WHERE ${where}
        ORDER BY a."createdAt", a.id
        OFFSET ${window.offset} LIMIT ${window.limit}`;
      const texts = await loadRevisionTexts(tx, rows);
      const recordOf = exportRecordsUnder(options.baseUrl);
      const records = rows.map((row) => ({ annotation: recordOf(row), text: texts.get(`${row.articleId}:${row.revision}`) ?? '' }));
      return { total, modified, records };
    },
    { isolationLevel: Prisma.TransactionIsolationLevel.RepeatableRead },
  );
}
