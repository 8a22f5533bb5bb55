import 'server-only';
// When a dispute waits for an editor: every assigned reviewer has submitted
// (without assignments, at least two reviewers have), and the consensus of
// what they submitted has disputed passages without a verdict — the same
// count publishing waits for (lib/consensus/unadjudicated-disputes.ts). Told
// once, by the submission that completes the set: a later reviewer's does not
// repeat it; a reopened review submitted again completes it anew, and does.
import { countUnadjudicatedDisputes } from '../../../consensus/unadjudicated-disputes';
import type { ArticleStatus } from '../../../vocabulary';
import type { Prisma } from '../../db/client';
import { consensusOf, loadConsensusData } from '../consensus/load-consensus-data';

/** How many disputed passages wait for a verdict, when `submitterId`'s submission (just recorded) completes the reviews; else 0. */
export async function disputesAwaitingEditor(tx: Prisma.TransactionClient, articleId: string, submitterId: string): Promise<number> {
  const [assigned, submitted] = await Promise.all([
    tx.assignment.findMany({ where: { articleId }, select: { reviewerId: true } }),
    tx.reviewSubmission.findMany({ where: { articleId }, select: { reviewerId: true } }),
  ]);
  const complete = (reviewers: ReadonlySet<string>) => (assigned.length > 0 ? assigned.every((row) => reviewers.has(row.reviewerId)) : reviewers.size >= 2);
  const done = new Set(submitted.map((row) => row.reviewerId));
  const before = new Set(done);
  before.delete(submitterId);
  if (!complete(done) || complete(before)) return 0;
  const article = await tx.article.findUniqueOrThrow({ where: { id: articleId }, select: { id: true, title: true, revision: true, text: true, status: true } });
  return countUnadjudicatedDisputes(consensusOf(await loadConsensusData(tx, { ...article, status: article.status as ArticleStatus })));
}
