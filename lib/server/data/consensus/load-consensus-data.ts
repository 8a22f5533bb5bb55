import 'server-only';
// Everything consensus is computed from, read in one place so the consensus
// view, adjudication and publishing all judge the same data: the current text,
// the reviewers who submitted, their live annotations anchored on the current
// revision (orphans wait for re-attaching and do not vote), and the verdicts.
import type { ConsensusInput, ConsensusResult } from '../../../consensus/types';
import { computedConsensus } from '../../consensus/computed-consensus';
import type { AnnotationView } from '../../../views/annotation-views';
import type { LockedArticle } from '../articles/lock-article';
import type { Prisma } from '../../db/client';
import { type SqlClient, runSql } from '../../db/sql-transaction';

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

// The four reads in SQL (issue 16: Prisma's model queries cost more CPU than these statements, and
// the consensus page, its live refresh and API ask them on every read). Through runSql they run on
// the pool outside a transaction and inside a Prisma transaction alike, so adjudication, publishing
// and exports judge exactly what the view shows. Timestamps are marked UTC (node-pg reads one
// without a zone in the process's zone); a verdict's claim date is a calendar day, read as text.
const SUBMITTED_REVIEWERS = `
  SELECT u.id, u.name, s."submittedAt" AT TIME ZONE 'UTC' AS "submittedAt"
  FROM "ReviewSubmission" s JOIN "User" u ON u.id = s."reviewerId"
  WHERE s."articleId" = $1::uuid
  ORDER BY s."submittedAt" ASC, u.id ASC`;

/** Live annotations anchored on the current revision, of reviewers who submitted: the votes. */
const VOTING_ANNOTATIONS = `
  SELECT a.id, a."authorId", a.label::text AS label, a.start, a."end", a.exact, a.rationale, a.evidence, a.confidence::text AS confidence
  FROM "Annotation" a
  WHERE a."articleId" = $1::uuid AND a."deletedAt" IS NULL AND a.revision = $2 AND a."anchorState" <> 'orphaned'
    AND EXISTS (SELECT 1 FROM "ReviewSubmission" s WHERE s."articleId" = a."articleId" AND s."reviewerId" = a."authorId")
  ORDER BY a.start ASC, a."end" DESC, a.id ASC`;

const VERDICTS = `
  SELECT v.id, v."passageKey", v.start, v."end", v.exact, v.revision, v.label::text AS label, v.rating, v."ratingName", v."ratingValue",
         v.explanation, v.claimant, v."appearanceUrl", to_char(v."claimDate", 'YYYY-MM-DD') AS "claimDate", v."acceptedConsensus", v.version,
         v."createdAt" AT TIME ZONE 'UTC' AS "createdAt", v."updatedAt" AT TIME ZONE 'UTC' AS "updatedAt", e.id AS "editorId", e.name AS "editorName"
  FROM "Verdict" v JOIN "User" e ON e.id = v."editorId"
  WHERE v."articleId" = $1::uuid AND v.revision = $2
  ORDER BY v.start ASC, v."end" ASC, v.id ASC`;

/** Who has live annotations on the article (any revision) but has not submitted: the pending reviewers. */
const PENDING_REVIEWERS = `
  SELECT DISTINCT u.id, u.name
  FROM "Annotation" a JOIN "User" u ON u.id = a."authorId"
  WHERE a."articleId" = $1::uuid AND a."deletedAt" IS NULL
    AND NOT EXISTS (SELECT 1 FROM "ReviewSubmission" s WHERE s."articleId" = a."articleId" AND s."reviewerId" = a."authorId")
  ORDER BY u.name ASC, u.id ASC`;

type VerdictSqlRow = Omit<VerdictRow, 'editor' | 'claimDate'> & { claimDate: string | null; editorId: string; editorName: string };

/** `client`: a transaction (Prisma's or a pool connection's), or the pool for a read on its own. */
export async function loadConsensusData(client: SqlClient, article: ConsensusData['article']): Promise<ConsensusData> {
  const [reviewers, annotations, verdicts, pendingReviewers] = await Promise.all([
    runSql<{ id: string; name: string; submittedAt: Date }>(client, SUBMITTED_REVIEWERS, [article.id]),
    runSql<ConsensusData['annotations'][number]>(client, VOTING_ANNOTATIONS, [article.id, article.revision]),
    runSql<VerdictSqlRow>(client, VERDICTS, [article.id, article.revision]),
    runSql<{ id: string; name: string }>(client, PENDING_REVIEWERS, [article.id]),
  ]);
  return {
    article,
    reviewers,
    pendingReviewers,
    annotations,
    verdicts: verdicts.map(({ editorId, editorName, claimDate, ...verdict }) => ({
      ...verdict,
      claimDate: claimDate === null ? null : new Date(`${claimDate}T00:00:00.000Z`),
      editor: { id: editorId, name: editorName },
    })),
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
