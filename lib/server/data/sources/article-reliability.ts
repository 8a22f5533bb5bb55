import 'server-only';
// The per-article reliability snapshot a source's profile aggregates
// (ArticleReliability): written with the publication, deleted on reopening, so
// a row exists exactly while the article is published and says what was published.
import type { ConsensusResult } from '../../../consensus/types';
import { db, type Prisma } from '../../db/client';
import { lockArticle } from '../articles/lock-article';
import { consensusOf, loadConsensusData } from '../consensus/load-consensus-data';

export async function writeReliabilitySnapshot(tx: Prisma.TransactionClient, articleId: string, consensus: ConsensusResult): Promise<void> {
  const { charsByLabel, passagesByLabel, passagesWithoutMajority, reviewers, alpha } = consensus.summary;
  const figures = {
    claimChars: charsByLabel.claim,
    opinionChars: charsByLabel.opinion,
    unsupportedChars: charsByLabel.unsupported,
    claimPassages: passagesByLabel.claim,
    opinionPassages: passagesByLabel.opinion,
    unsupportedPassages: passagesByLabel.unsupported,
    passagesWithoutMajority,
    reviewers,
    alpha: alpha !== null && Number.isFinite(alpha) ? alpha : null,
    computedAt: new Date(),
  };
  await tx.articleReliability.upsert({ where: { articleId }, create: { articleId, ...figures }, update: figures });
}

export async function deleteReliabilitySnapshot(tx: Prisma.TransactionClient, articleId: string): Promise<void> {
  await tx.articleReliability.deleteMany({ where: { articleId } });
}

/** At most this many snapshots are computed per request (each is one article's consensus). */
const BACKFILL_PER_REQUEST = 25;

/**
 * Articles published before snapshots existed (or restored from a backup without them) get theirs
 * here, a few per request: consensus is computed in TypeScript, so the migration could not. A
 * published article is frozen, so its consensus now is its consensus at publication. Returns how
 * many were written.
 */
export async function backfillReliabilitySnapshots(limit = BACKFILL_PER_REQUEST): Promise<number> {
  const missing = await db().$queryRaw<{ id: string }[]>`
    SELECT ar.id FROM "Article" ar
    WHERE ar.status = 'published' AND NOT EXISTS (SELECT 1 FROM "ArticleReliability" r WHERE r."articleId" = ar.id)
    ORDER BY ar.id LIMIT ${limit}`;
  let written = 0;
  for (const { id } of missing) {
    written += await db().$transaction(async (tx) => {
      const article = await lockArticle(tx, id, 'share');
      // Reopened (or snapshotted by another request) since the look-up: nothing to do.
      if (article.status !== 'published' || (await tx.articleReliability.findUnique({ where: { articleId: id }, select: { articleId: true } }))) return 0;
      await writeReliabilitySnapshot(tx, id, consensusOf(await loadConsensusData(tx, article)));
      return 1;
    });
  }
  return written;
}
