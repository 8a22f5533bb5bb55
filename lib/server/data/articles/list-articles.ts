import 'server-only';
import type { TArticleFilter } from '../../../validation/articles';
import { db } from '../../db/client';
import type { Authorized } from '../../guards';
import type { ArticleListItem } from '../../../views/article-views';
import { articlesWith } from '../projects/project-scope';
import { titleOrPublisherContains } from './title-search';

const PAGE_SIZE = 200;

/** Articles the actor may see, newest activity first, matching a title/publisher search and a status. */
export async function listArticles(actor: Authorized<'articles:read'>, filter: TArticleFilter = {}): Promise<ArticleListItem[]> {
  const rows = await db().article.findMany({
    where: {
      ...articlesWith(actor, 'articles:read'),
      status: filter.status,
      ...(filter.q
        ? titleOrPublisherContains(filter.q)
        : {}),
    },
    orderBy: [{ lastActivityAt: 'desc' }, { id: 'asc' }],
    take: PAGE_SIZE,
    select: { id: true, title: true, publisher: true, source: { select: { id: true, name: true } }, byline: true, publishedAt: true, status: true, revision: true, lastActivityAt: true, projectId: true, project: { select: { name: true } }, _count: { select: { submissions: true } } },
  });
  return rows.map(({ _count, lastActivityAt, project, publishedAt, ...row }) => ({ ...row, publishedAt: publishedAt?.toISOString() ?? null, projectName: project.name, submittedReviews: _count.submissions, lastActivityAt: lastActivityAt.toISOString() }));
}
