import 'server-only';
// When a dispute waits for an editor: every assigned reviewer has submitted
// (without assignments, at least two reviewers have), and the consensus of
// what they submitted has disputed passages without a verdict — the same
// count publishing waits for (lib/consensus/unadjudicated-disputes.ts).
import { countUnadjudicatedDisputes } from '../../../consensus/unadjudicated-disputes';
import type { ArticleStatus } from '../../../vocabulary';
import type { Prisma } from '../../db/client';
import { consensusOf, loadConsensusData } from '../consensus/load-consensus-data';

/** How many disputed passages wait for a verdict now that the reviews are in; 0 while reviews are still awaited. */
export async function disputesAwaitingEditor(tx: Prisma.TransactionClient, articleId: string): Promise<number> {
  const [assigned, submitted] = await Promise.all([
    tx.assignment.findMany({ where: { articleId }, select: { reviewerId: true } }),
    tx.reviewSubmission.findMany({ where: { articleId }, select: { reviewerId: true } }),
  ]);
  const done = new Set(submitted.map((row) => row.reviewerId));
  const complete = assigned.length > 0 ? assigned.every((row) => done.has(row.reviewerId)) : done.size >= 2;
  if (!complete) return 0;
  const article = await tx.article.findUniqueOrThrow({ where: { id: articleId }, select: { id: true, title: true, revision: true, text: true, status: true } });
  return countUnadjudicatedDisputes(consensusOf(await loadConsensusData(tx, { ...article, status: article.status as ArticleStatus })));
}
