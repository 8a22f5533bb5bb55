import 'server-only';
import { db } from '../../db/client';
import type { Authorized } from '../../guards';
import type { SourceListItem } from '../../../views/source-views';
import { articlesWith } from '../projects/project-scope';

/**
 * Every source (outlets are desk-wide: a name and domains say nothing of any project's work), by name,
 * each with the number of its articles in the caller's projects only.
 */
export async function listSources(actor: Authorized<'articles:read'>): Promise<SourceListItem[]> {
  const rows = await db().source.findMany({
    orderBy: [{ name: 'asc' }, { id: 'asc' }],
    take: 1000,
    select: { id: true, name: true, domains: true, _count: { select: { articles: { where: articlesWith(actor, 'articles:read') } } } },
  });
  return rows.map(({ _count, ...row }) => ({ ...row, articles: _count.articles, reliability: null }));
}
