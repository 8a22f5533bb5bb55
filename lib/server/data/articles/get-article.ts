import 'server-only';
import { AppError } from '../../../errors';
import { db } from '../../db/client';
import type { Authorized } from '../../guards';
import type { ArticleDetail } from '../../../views/article-views';
import { articleAuthorsSelect } from '../authors/link-article-authors';
import { isUuid } from '../../../validation/uuid';

export async function getArticle(actor: Authorized<'articles:read'>, id: string): Promise<ArticleDetail> {
  const row = isUuid(id)
    ? await db().article.findUnique({
        where: { id },
        include: { importedBy: { select: { name: true } }, source: { select: { id: true, name: true } }, project: { select: { name: true } }, _count: { select: { submissions: true } }, authors: articleAuthorsSelect() },
      })
    : null;
  if (!row) throw new AppError('not_found', 'No article with that id.');
  return {
    id: row.id,
    title: row.title,
    publisher: row.publisher,
    status: row.status,
    revision: row.revision,
    submittedReviews: row._count.submissions,
    lastActivityAt: row.lastActivityAt.toISOString(),
    projectId: row.projectId,
    projectName: row.project.name,
    source: row.source,
    byline: row.byline,
    authors: row.authors.map(({ author }) => author),
    sourceUrl: row.sourceUrl,
    canonicalUrl: row.canonicalUrl,
    publishedAt: row.publishedAt?.toISOString() ?? null,
    modifiedAt: row.modifiedAt?.toISOString() ?? null,
    language: row.language,
    direction: row.direction,
    html: row.html,
    text: row.text,
    textHash: row.textHash,
    createdAt: row.createdAt.toISOString(),
    importedBy: row.importedBy?.name ?? null,
  };
}
