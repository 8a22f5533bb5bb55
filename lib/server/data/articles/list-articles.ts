import 'server-only';
import type { TArticleFilter } from '../../../validation/articles';
import { db } from '../../db/client';
import type { Authorized } from '../../guards';
import type { ArticleListItem } from '../../../views/article-views';
import { articlesWith } from '../projects/project-scope';
import { searchArticleIds } from './search-articles';

const PAGE_SIZE = 200;

/** Articles the actor may see, newest activity first, matching a search (in the article's language: search-articles.ts) and a status. */
export async function listArticles(actor: Authorized<'articles:read'>, filter: TArticleFilter = {}): Promise<ArticleListItem[]> {
  const found = filter.q ? await searchArticleIds(actor, filter.q, { status: filter.status, limit: PAGE_SIZE }) : undefined;
  const rows = await db().article.findMany({
    where: {
      ...articlesWith(actor, 'articles:read'),
      status: filter.status,
      ...(found ? { id: { in: found } } : {}),
    },
    orderBy: [{ lastActivityAt: 'desc' }, { id: 'asc' }],
    take: PAGE_SIZE,
    select: { id: true, title: true, publisher: true, source: { select: { id: true, name: true } }, byline: true, publishedAt: true, status: true, revision: true, lastActivityAt: true, projectId: true, project: { select: { name: true } }, _count: { select: { submissions: true } } },
  });
  return rows.map(({ _count, lastActivityAt, project, publishedAt, ...row }) => ({ ...row, publishedAt: publishedAt?.toISOString() ?? null, projectName: project.name, submittedReviews: _count.submissions, lastActivityAt: lastActivityAt.toISOString() }));
}
