import 'server-only';
// One view of the annotation container: how many annotations the actor may
// see in it, when the newest of them changed, and optionally one window of
// them (OFFSET/LIMIT in a stable order: createdAt, then id). Which rows are in
// view is decided by visibleAnnotationsWhere, the same condition the workbench
// lists and loads with, so the container can never show, count or date more
// than the workbench does. Count and window are read in one repeatable-read
// transaction so a page never disagrees with the total it reports.
import { Prisma, db } from '../../db/client';
import type { Authorized } from '../../guards';
import { visibleAnnotationsWhere } from '../annotations/visible-annotations-where';
import { loadRevisionTexts } from './load-revision-texts';
import { ANNOTATION_JOIN_COLUMNS, type AnnotationJoinRow, type WebAnnotationRecord, exportRecordsUnder } from './web-annotation-record';
import type { WebAnnotationScope } from './web-annotation-scope';

export type WebAnnotationCollection = { total: number; modified: string | null; records: WebAnnotationRecord[] };

export async function readWebAnnotationCollection(
  actor: Authorized<'articles:read'>,
  scope: WebAnnotationScope,
  options: { baseUrl: string; window?: { offset: number; limit: number } },
): Promise<WebAnnotationCollection> {
  const where: Prisma.AnnotationWhereInput = { AND: [scope.articleIds === null ? {} : { articleId: { in: scope.articleIds } }, visibleAnnotationsWhere(actor)] };
  return db().$transaction(
    async (tx) => {
      const summary = await tx.annotation.aggregate({ where, _count: { _all: true }, _max: { updatedAt: true } });
      const total = summary._count._all;
      const modified = summary._max.updatedAt?.toISOString() ?? null;
      const window = options.window;
      if (!window || window.offset >= total) return { total, modified, records: [] };
      const ids = await tx.annotation.findMany({ where, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }], skip: window.offset, take: window.limit, select: { id: true } });
      if (ids.length === 0) return { total, modified, records: [] };
      const rows = await tx.$queryRaw<AnnotationJoinRow[]>`
        SELECT ${ANNOTATION_JOIN_COLUMNS}
        FROM "Annotation" a JOIN "Article" ar ON ar.id = a."articleId" JOIN "User" u ON u.id = a."authorId"
        WHERE a.id IN (${Prisma.join(ids.map((row) => Prisma.sql`${row.id}::uuid`))})
        ORDER BY a."createdAt", a.id`;
      const texts = await loadRevisionTexts(tx, rows);
      const recordOf = exportRecordsUnder(options.baseUrl);
      const records = rows.map((row) => ({ annotation: recordOf(row), text: texts.get(`${row.articleId}:${row.revision}`) ?? '' }));
      return { total, modified, records };
    },
    { isolationLevel: Prisma.TransactionIsolationLevel.RepeatableRead },
  );
}
