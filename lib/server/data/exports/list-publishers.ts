import 'server-only';
import { db } from '../../db/client';
import type { Authorized } from '../../guards';
import { articlesWith } from '../projects/project-scope';

/** Publishers of stored articles, for the exports page's filter. */
export async function listPublishers(actor: Authorized<'exports:read'>): Promise<string[]> {
  const rows = await db().article.findMany({ where: { ...articlesWith(actor, 'exports:read'), publisher: { not: null } }, distinct: ['publisher'], select: { publisher: true }, orderBy: { publisher: 'asc' }, take: 500 });
  return rows.flatMap((row) => (row.publisher ? [row.publisher] : []));
}
