import 'server-only';
import type { Prisma } from '../../db/client';
import { lockArticle } from '../articles/lock-article';
import type { ConsensusData } from './load-consensus-data';

/**
 * Locks the article row for writing — the lock annotation saves take, so no
 * save can slip between reading consensus and acting on it.
 */
export async function lockArticleForConsensus(tx: Prisma.TransactionClient, articleId: string): Promise<ConsensusData['article']> {
  const { id, title, revision, text, status } = await lockArticle(tx, articleId, 'write');
  return { id, title, revision, text, status };
}
