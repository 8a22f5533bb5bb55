import 'server-only';
import { AppError } from '../../../errors';
import { sqlPool } from '../../db/client';
import { isUuid } from '../../../validation/uuid';
import type { ArticleStatus } from '../../../vocabulary';

/**
 * The article's id, revision and status, or a 404 for unknown and malformed ids alike. One small
 * statement on the pool: the consensus page asks it twice, and its live panels once a read (issue 16).
 */
export async function requireArticle(articleId: string): Promise<{ id: string; revision: number; status: ArticleStatus }> {
  const article = isUuid(articleId)
    ? (await sqlPool().query<{ id: string; revision: number; status: ArticleStatus }>(`SELECT id, revision, status::text AS status FROM "Article" WHERE id = $1::uuid`, [articleId])).rows[0]
    : undefined;
  if (!article) throw new AppError('not_found', 'No article with that id.');
  return article;
}
