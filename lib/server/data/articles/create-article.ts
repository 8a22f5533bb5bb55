import 'server-only';
import type { PreparedArticle } from '../../../articles/prepare-article';
import { db } from '../../db/client';
import type { Authorized } from '../../guards';
import type { ArticleDetail } from '../../../views/article-views';
import { linkArticleAuthors } from '../authors/link-article-authors';
import { getArticle } from './get-article';
import type { TextDirection } from '../../../vocabulary';

export type NewArticle = Pick<PreparedArticle, 'title' | 'html' | 'text' | 'textHash'> & {
  byline?: string | null;
  publisher?: string | null;
  sourceUrl?: string | null;
  publishedAt?: Date | null;
  modifiedAt?: Date | null;
  canonicalUrl?: string | null;
  sourceId?: string | null;
  language?: string;
  direction?: TextDirection;
};

/**
 * Stores an article, its first revision and the authors its byline names
 * (Author rows of its source, found or created) together: all rows or none.
 * The actor is narrowed to the article's project.
 */
export async function createArticle(actor: Authorized<'articles:import'>, projectId: string, article: NewArticle): Promise<ArticleDetail> {
  const project = await db().project.findUniqueOrThrow({ where: { id: projectId }, select: { assignedOnlyDefault: true } });
  const created = await db().$transaction(async (tx) => {
    const row = await tx.article.create({
      data: {
        ...article,
        projectId,
        // The project's default; the desk toggles it per article afterwards.
        assignedOnly: project.assignedOnlyDefault,
        importedById: actor.id,
        revisions: { create: { revision: 1, title: article.title, html: article.html, text: article.text, textHash: article.textHash, authorId: actor.id } },
      },
      select: { id: true },
    });
    await linkArticleAuthors(tx, row.id);
    return row;
  });
  return getArticle(actor, created.id);
}
