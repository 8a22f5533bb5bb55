import 'server-only';
// The texts the container's offsets refer to: an annotation's offsets are into
// the revision it was made on, the current text unless it is orphaned.
import { Prisma } from '../../db/client';

/** The texts of the (article, revision) pairs given, keyed `${articleId}:${revision}`. */
export async function loadRevisionTexts(client: Prisma.TransactionClient, pairs: readonly { articleId: string; revision: number }[]): Promise<Map<string, string>> {
  const keys = new Map(pairs.map((pair) => [`${pair.articleId}:${pair.revision}`, pair]));
  if (keys.size === 0) return new Map();
  const tuples = [...keys.values()].map((pair) => Prisma.sql`(${pair.articleId}::uuid, ${pair.revision}::int)`);
  const rows = await client.$queryRaw<{ articleId: string; revision: number; text: string }[]>`
    SELECT "articleId", revision, text FROM "ArticleRevision" WHERE ("articleId", revision) IN (${Prisma.join(tuples)})`;
  return new Map(rows.map((row) => [`${row.articleId}:${row.revision}`, row.text]));
}
