import 'server-only';
// Current texts of a handful of articles, for serialisers that must convert
// offsets against the text (W3C positions count code points).
import { db } from '../../db/client';

export async function loadArticleTexts(articleIds: readonly string[]): Promise<Map<string, string>> {
  if (articleIds.length === 0) return new Map();
  const rows = await db().article.findMany({ where: { id: { in: [...articleIds] } }, select: { id: true, text: true } });
  return new Map(rows.map((row) => [row.id, row.text]));
}
