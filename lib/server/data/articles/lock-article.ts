import 'server-only';
// Row locks that keep annotation writes and text revisions from interleaving:
// an annotation is validated against the very text that is current when it is
// stored, and a revision re-anchors every annotation that exists when it commits.
import { AppError } from '../../../errors';
import type { Prisma } from '../../db/client';
import { isUuid } from '../../../validation/uuid';
import type { ArticleStatus } from '../../../vocabulary';

export type LockedArticle = { id: string; title: string; revision: number; text: string; status: ArticleStatus };

/**
 * - 'share': read the text and keep it from being revised until commit.
 * - 'write': the same, for a transaction that will also update the article row
 *   (its activity time). Taking the row lock up front matters: two transactions
 *   holding FOR SHARE that both then UPDATE the row deadlock.
 *   Verdicts and publishing take it too, so no annotation save slips between
 *   reading the consensus and acting on it.
 * - 'revise': exclusive, for replacing the text.
 */
export async function lockArticle(tx: Prisma.TransactionClient, articleId: string, mode: 'share' | 'write' | 'revise'): Promise<LockedArticle> {
  if (!isUuid(articleId)) throw new AppError('not_found', 'No article with that id.');
  const rows =
    mode === 'revise'
      ? await tx.$queryRaw<LockedArticle[]>`SELECT id, title, revision, text, status::text AS status FROM "Article" WHERE id = ${articleId}::uuid FOR UPDATE`
      : mode === 'write'
        ? await tx.$queryRaw<LockedArticle[]>`SELECT id, title, revision, text, status::text AS status FROM "Article" WHERE id = ${articleId}::uuid FOR NO KEY UPDATE`
        : await tx.$queryRaw<LockedArticle[]>`SELECT id, title, revision, text, status::text AS status FROM "Article" WHERE id = ${articleId}::uuid FOR SHARE`;
  const article = rows[0];
  if (!article) throw new AppError('not_found', 'No article with that id.');
  return article;
}
