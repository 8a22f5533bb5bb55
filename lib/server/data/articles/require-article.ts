import 'server-only';
import { AppError } from '../../../errors';
import { db } from '../../db/client';
import { isUuid } from '../../../validation/uuid';
import type { ArticleStatus } from '../../../vocabulary';

/** The article's id, revision and text, or a 404 for unknown and malformed ids alike. */
export async function requireArticle(articleId: string): Promise<{ id: string; revision: number; text: string; status: ArticleStatus }> {
  const article = isUuid(articleId)
    ? await db().article.findUnique({ where: { id: articleId }, select: { id: true, revision: true, text: true, status: true } })
    : null;
  if (!article) throw new AppError('not_found', 'No article with that id.');
  return article;
}
