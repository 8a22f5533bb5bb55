import 'server-only';
// The editors' queue: articles ordered by what needs a desk decision —
// unadjudicated disputes first, then reviews waiting since the last ruling,
// then how long they have waited.
import { countUnadjudicatedDisputes } from '../../../consensus/unadjudicated-disputes';
import type { TReviewQueueFilter } from '../../../validation/verdicts';
import type { ReviewQueueItem } from '../../../views/consensus-views';
import type { AssignmentProgress } from '../../../views/assignment-views';
import { Prisma, db } from '../../db/client';
import type { Authorized } from '../../guards';
import { consensusOf, loadConsensusData } from './load-consensus-data';
import { searchArticleIds } from '../articles/search-articles';
import { articlesWith } from '../projects/project-scope';
import { readAssignmentProgress } from '../assignments/assignment-progress';

const QUEUE_SIZE = 100;

export async function listReviewQueue(actor: Authorized<'consensus:read'>, filter: TReviewQueueFilter = {}): Promise<ReviewQueueItem[]> {
  const client = db();
  // The dashboard's search (in each article's language, search-articles.ts), over the queue's own articles.
  const found = filter.q
    ? await searchArticleIds(actor, filter.q, { permission: 'consensus:read', limit: QUEUE_SIZE, ...(filter.status ? { status: filter.status } : { notStatus: 'published' }) })
    : undefined;
  const rows = await client.article.findMany({
    where: {
      ...articlesWith(actor, 'consensus:read'),
      status: filter.status ?? { not: 'published' },
      ...(found ? { id: { in: found } } : {}),
    },
    orderBy: [{ lastActivityAt: 'desc' }, { id: 'asc' }],
    take: QUEUE_SIZE,
    select: {
      id: true, title: true, publisher: true, status: true, revision: true, text: true, createdAt: true, lastActivityAt: true, verdictsPublishedAt: true,
      submissions: { select: { submittedAt: true }, orderBy: { submittedAt: 'asc' } },
      verdicts: { select: { updatedAt: true }, orderBy: { updatedAt: 'desc' }, take: 1 },
      _count: { select: { verdicts: true } },
    },
  });
  const progress = await assignmentProgressOf(client, rows.map((row) => row.id));
  const items: ReviewQueueItem[] = [];
  for (const row of rows) {
    // Consensus only exists once someone has submitted; the rest need reviewers, not editors.
    const result = row.submissions.length > 0 ? consensusOf(await loadConsensusData(client, row)) : null;
    const lastRuling = Math.max(row.verdicts[0]?.updatedAt.getTime() ?? 0, row.verdictsPublishedAt?.getTime() ?? 0);
    const waiting = row.submissions.filter((submission) => submission.submittedAt.getTime() > lastRuling);
    items.push({
      id: row.id,
      title: row.title,
      publisher: row.publisher,
      status: row.status,
      submittedReviews: row.submissions.length,
      reviewsWaiting: waiting.length,
      disputedPassages: result?.passages.filter((passage) => passage.state === 'disputed').length ?? 0,
      unadjudicatedDisputes: result ? countUnadjudicatedDisputes(result) : 0,
      verdicts: row._count.verdicts,
      oldestWaitingSince: waiting[0]?.submittedAt.toISOString() ?? null,
      lastActivityAt: row.lastActivityAt.toISOString(),
      createdAt: row.createdAt.toISOString(),
      assignments: progress.get(row.id) ?? { assigned: 0, submitted: 0, late: [] },
    });
  }
  return sortQueue(items.filter((item) => matchesNeed(item, filter.needs)), filter.sort ?? 'need');
}

/** Per article: its assignments, how many are submitted, and who is overdue (by name). */
async function assignmentProgressOf(client: Prisma.TransactionClient, articleIds: string[]): Promise<Map<string, AssignmentProgress>> {
  const byArticle = new Map<string, AssignmentProgress>();
  if (articleIds.length === 0) return byArticle;
  const rows = await readAssignmentProgress(client, Prisma.sql`a."articleId" = ANY(${articleIds}::uuid[])`);
  for (const row of rows.sort((a, b) => a.reviewerName.localeCompare(b.reviewerName))) {
    const entry = byArticle.get(row.articleId) ?? { assigned: 0, submitted: 0, late: [] };
    entry.assigned += 1;
    if (row.status === 'submitted') entry.submitted += 1;
    if (row.overdue) entry.late.push({ id: row.reviewerId, name: row.reviewerName });
    byArticle.set(row.articleId, entry);
  }
  return byArticle;
}

function matchesNeed(item: ReviewQueueItem, needs: TReviewQueueFilter['needs']): boolean {
  if (needs === 'reviews') return item.reviewsWaiting > 0;
  if (needs === 'disputes') return item.unadjudicatedDisputes > 0;
  return true;
}

function sortQueue(items: ReviewQueueItem[], sort: 'need' | 'age' | 'activity'): ReviewQueueItem[] {
  const waitingSince = (item: ReviewQueueItem) => (item.oldestWaitingSince ? Date.parse(item.oldestWaitingSince) : Number.POSITIVE_INFINITY);
  const byAge = (a: ReviewQueueItem, b: ReviewQueueItem) => waitingSince(a) - waitingSince(b) || Date.parse(a.createdAt) - Date.parse(b.createdAt);
  if (sort === 'activity') return items.sort((a, b) => Date.parse(b.lastActivityAt) - Date.parse(a.lastActivityAt));
  if (sort === 'age') return items.sort(byAge);
  return items.sort((a, b) => b.unadjudicatedDisputes - a.unadjudicatedDisputes || b.reviewsWaiting - a.reviewsWaiting || byAge(a, b));
}
