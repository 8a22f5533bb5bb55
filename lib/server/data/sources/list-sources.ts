import 'server-only';
import { sourceReliability } from '../../../consensus/source-reliability';
import { db } from '../../db/client';
import type { Authorized } from '../../guards';
import type { SourceListItem } from '../../../views/source-views';
import { articlesWith } from '../projects/project-scope';
import { backfillReliabilitySnapshots } from './article-reliability';
import { charsBySource, claimCountsBySource } from './source-figures';

/**
 * Every source (outlets are desk-wide: a name and domains say nothing of any project's work), by name,
 * each with the number of its articles in the caller's projects only, and its reliability figures
 * from the published ones among them (three queries, whatever the number of sources).
 */
export async function listSources(actor: Authorized<'articles:read'>): Promise<SourceListItem[]> {
  await backfillReliabilitySnapshots();
  const [rows, chars, claims] = await Promise.all([
    db().source.findMany({
      orderBy: [{ name: 'asc' }, { id: 'asc' }],
      take: 1000,
      select: { id: true, name: true, domains: true, _count: { select: { articles: { where: articlesWith(actor, 'articles:read') } } } },
    }),
    charsBySource(actor),
    claimCountsBySource(actor),
  ]);
  return rows.map(({ _count, ...row }) => ({ ...row, articles: _count.articles, reliability: sourceReliability(chars.get(row.id) ?? []), claims: claims.get(row.id) ?? 0 }));
}
