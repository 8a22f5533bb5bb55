import 'server-only';
import { AppError } from '../../../errors';
import { isUuid } from '../../../validation/uuid';
import type { SourceDetail } from '../../../views/source-views';
import { db } from '../../db/client';
import type { Authorized } from '../../guards';
import { articlesWith } from '../projects/project-scope';

/** One source with its articles in the caller's projects (another project's articles are neither listed nor counted). */
export async function getSource(actor: Authorized<'articles:read'>, id: string): Promise<SourceDetail> {
  const scope = articlesWith(actor, 'articles:read');
  const row = isUuid(id)
    ? await db().source.findUnique({
        where: { id },
        select: {
          id: true,
          name: true,
          domains: true,
          country: true,
          notes: true,
          articles: {
            where: scope,
            orderBy: [{ publishedAt: { sort: 'desc', nulls: 'last' } }, { createdAt: 'desc' }, { id: 'asc' }],
            take: 500,
            select: { id: true, title: true, byline: true, publishedAt: true, projectId: true, status: true },
          },
          _count: { select: { articles: { where: scope } } },
        },
      })
    : null;
  if (!row) throw new AppError('not_found', 'No source with that id.');
  const { _count, articles, ...source } = row;
  return {
    ...source,
    articles: _count.articles,
    reliability: null,
    articleList: articles.map((article) => ({ ...article, publishedAt: article.publishedAt?.toISOString() ?? null })),
  };
}
