import 'server-only';
// What the annotation container serves, and the revision texts its offsets
// refer to. Which annotations are in view is visibleAnnotationsWhere's
// decision (lib/server/data/annotations), as in the workbench.
import type { ExportAnnotation } from '../../../exports/export-types';
import { Prisma } from '../../db/client';

export { ANNOTATION_JOIN_COLUMNS, type AnnotationJoinRow, exportRecordsUnder } from '../exports/annotation-export-row';

/** An annotation as the protocol serves it, with the canonical text its offsets refer to. */
export type WebAnnotationRecord = { annotation: ExportAnnotation; text: string };

/** The texts of the (article, revision) pairs given, keyed `${articleId}:${revision}`. */
export async function loadRevisionTexts(client: Prisma.TransactionClient, pairs: readonly { articleId: string; revision: number }[]): Promise<Map<string, string>> {
  const keys = new Map(pairs.map((pair) => [`${pair.articleId}:${pair.revision}`, pair]));
  if (keys.size === 0) return new Map();
  const tuples = [...keys.values()].map((pair) => Prisma.sql`(${pair.articleId}::uuid, ${pair.revision}::int)`);
  const rows = await client.$queryRaw<{ articleId: string; revision: number; text: string }[]>`
    SELECT "articleId", revision, text FROM "ArticleRevision" WHERE ("articleId", revision) IN (${Prisma.join(tuples)})`;
  return new Map(rows.map((row) => [`${row.articleId}:${row.revision}`, row.text]));
}
