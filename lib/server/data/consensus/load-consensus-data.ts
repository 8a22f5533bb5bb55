import 'server-only';
// Everything consensus is computed from, read in one place so the consensus
// view, adjudication and publishing all judge the same data: the current text,
// the reviewers who submitted, their live annotations anchored on the current
// revision (orphans wait for re-attaching and do not vote), and the verdicts.
import type { ConsensusInput, ConsensusResult } from '../../../consensus/types';
import { computedConsensus } from '../../consensus/computed-consensus';
import type { AnnotationView, Evidence } from '../../../views/annotation-views';
import type { LockedArticle } from '../articles/lock-article';
import type { Prisma } from '../../db/client';

export type ConsensusData = {
  article: LockedArticle;
  reviewers: { id: string; name: string; submittedAt: Date }[];
  pendingReviewers: { id: string; name: string }[];
  annotations: (Pick<AnnotationView, 'id' | 'label' | 'start' | 'end' | 'exact' | 'rationale' | 'evidence' | 'confidence'> & { authorId: string })[];
  verdicts: VerdictRow[];
};

export const verdictSelect = {
  id: true,
  passageKey: true,
  start: true,
  end: true,
  exact: true,
  revision: true,
  label: true,
  rating: true,
  ratingName: true,
  ratingValue: true,
  explanation: true,
  claimant: true,
  appearanceUrl: true,
  claimDate: true,
  acceptedConsensus: true,
  version: true,
  createdAt: true,
  updatedAt: true,
  editor: { select: { id: true, name: true } },
} satisfies Prisma.VerdictSelect;

export type VerdictRow = Prisma.VerdictGetPayload<{ select: typeof verdictSelect }>;

export async function loadConsensusData(client: Prisma.TransactionClient, article: ConsensusData['article']): Promise<ConsensusData> {
  const [submissions, annotations, verdicts, authors] = await Promise.all([
    client.reviewSubmission.findMany({
      where: { articleId: article.id },
      orderBy: { submittedAt: 'asc' },
      select: { submittedAt: true, reviewer: { select: { id: true, name: true } } },
    }),
    client.annotation.findMany({
      where: { articleId: article.id, deletedAt: null, revision: article.revision, anchorState: { not: 'orphaned' }, author: { submissions: { some: { articleId: article.id } } } },
      orderBy: [{ start: 'asc' }, { end: 'desc' }, { id: 'asc' }],
      select: { id: true, authorId: true, label: true, start: true, end: true, exact: true, rationale: true, evidence: true, confidence: true },
    }),
    client.verdict.findMany({ where: { articleId: article.id, revision: article.revision }, select: verdictSelect, orderBy: { start: 'asc' } }),
    client.annotation.findMany({
      where: { articleId: article.id, deletedAt: null, author: { submissions: { none: { articleId: article.id } } } },
      distinct: ['authorId'],
      select: { author: { select: { id: true, name: true } } },
    }),
  ]);
  return {
    article,
    reviewers: submissions.map((submission) => ({ ...submission.reviewer, submittedAt: submission.submittedAt })),
    pendingReviewers: authors.map((row) => row.author),
    annotations: annotations.map((row) => ({ ...row, evidence: row.evidence as Evidence[] })),
    verdicts,
  };
}

function toConsensusInput(data: ConsensusData): ConsensusInput {
  return {
    text: data.article.text,
    reviewerIds: data.reviewers.map((reviewer) => reviewer.id),
    spans: data.annotations.map((annotation) => ({ id: annotation.id, reviewerId: annotation.authorId, label: annotation.label, start: annotation.start, end: annotation.end })),
    verdicts: data.verdicts.map((verdict) => ({ id: verdict.id, passageKey: verdict.passageKey, start: verdict.start, end: verdict.end, label: verdict.label })),
  };
}

/**
 * The consensus of what loadConsensusData read. The figures' bootstrap
 * intervals (about 10 ms of CPU for 50 reviewers) are computed only for the
 * consensus view that shows them, not for the queue, verdicts, publishing or exports. The result
 * is kept per process for the same data (computed-consensus.ts), frozen.
 */
export function consensusOf(data: ConsensusData, { intervals = false }: { intervals?: boolean } = {}): ConsensusResult {
  return computedConsensus({ ...toConsensusInput(data), options: intervals ? {} : { resamples: 0 } });
}
