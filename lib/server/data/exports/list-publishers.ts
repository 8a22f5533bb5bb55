import 'server-only';
import type { Actor } from '../../actor';
import { db } from '../../db/client';
import { authorize } from '../../guards';

/** Publishers of stored articles, for the exports page's filter. */
export async function listPublishers(actor: Actor): Promise<string[]> {
  authorize(actor, 'exports:read');
  const rows = await db().article.findMany({ where: { publisher: { not: null } }, distinct: ['publisher'], select: { publisher: true }, orderBy: { publisher: 'asc' }, take: 500 });
  return rows.flatMap((row) => (row.publisher ? [row.publisher] : []));
}
