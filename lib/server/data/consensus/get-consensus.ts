import 'server-only';
// The editor's consensus view of one article, computed on read: consensus is
// cheap enough (bench/consensus.ts) to recompute from the stored annotations on
// every request, so what an editor sees is never stale, not even by one save.
import { type ArticleClaimAppearance, claimsOfSpan } from '../../../consensus/passage-claims';
import type { ConsensusResult } from '../../../consensus/types';
import { countUnadjudicatedDisputes } from '../../../consensus/unadjudicated-disputes';
import type { ConsensusPassageView, ConsensusView, PassageAnnotation } from '../../../views/consensus-views';
import { AppError } from '../../../errors';
import { isUuid } from '../../../validation/uuid';
import type { ArticleStatus, PublicationAction, TextDirection } from '../../../vocabulary';
import { sqlPool } from '../../db/client';
import type { Authorized } from '../../guards';
import { loadArticleClaims } from '../claims/load-article-claims';
import { loadRevisionTextFromPool, revisionText } from '../articles/revision-text';
import { listProjectRatingOptions } from '../ratings/list-rating-options';
import { loadSignalConsensus } from '../signals/load-signal-consensus';
import { toVerdictView } from '../verdicts/verdict-record';
import { type ConsensusData, consensusOf, loadConsensusData } from './load-consensus-data';

export async function getConsensus(actor: Authorized<'consensus:read'>, articleId: string): Promise<ConsensusView> {
  const row = await readConsensusArticle(articleId);
  const { id } = row;
  const pool = sqlPool();
  const [data, ratingScale, events, signals, claimAppearances] = await Promise.all([
    loadConsensusData(pool, row),
    listProjectRatingOptions(pool, row.projectId),
    readPublicationHistory(id),
    loadSignalConsensus(pool, row),
    loadArticleClaims(pool, row),
  ]);
  const result = consensusOf(data, { intervals: true });
  return {
    article: { id: row.id, title: row.title, status: row.status, revision: row.revision, text: row.text, language: row.language, direction: row.direction },
    reviewers: data.reviewers.map(({ id: reviewerId, name }) => ({ id: reviewerId, name })),
    pendingReviewers: data.pendingReviewers,
    metrics: result.metrics,
    passages: passageViews(result, data, claimAppearances),
    claimAppearances,
    coverage: result.coverage,
    reliability: result.reliability,
    weighting: result.weighting,
    summary: result.summary,
    quorum: result.quorum,
    ratingScale,
    unadjudicatedDisputes: countUnadjudicatedDisputes(result),
    signals,
    publication: {
      publishedAt: row.verdictsPublishedAt?.toISOString() ?? null,
      publishedBy: row.status === 'published' ? row.verdictsPublishedBy : null,
      history: events.map((event) => ({ action: event.action, actor: event.actor, at: event.createdAt.toISOString(), reason: event.reason })),
    },
    computedAt: new Date().toISOString(),
  };
}

function passageViews(result: ConsensusResult, data: ConsensusData, claimAppearances: readonly ArticleClaimAppearance[]): ConsensusPassageView[] {
  const names = new Map(data.reviewers.map((reviewer) => [reviewer.id, reviewer.name]));
  const annotations = new Map(data.annotations.map((annotation) => [annotation.id, annotation]));
  const verdicts = new Map(data.verdicts.map((verdict) => [verdict.id, toVerdictView(verdict)]));
  return result.passages.map((passage) => ({
    ...passage,
    verdict: passage.verdictId ? (verdicts.get(passage.verdictId) ?? null) : null,
    claims: claimsOfSpan(passage, claimAppearances),
    annotations: passage.votes.flatMap((vote) =>
      vote.annotationIds.flatMap((annotationId): PassageAnnotation[] => {
        const annotation = annotations.get(annotationId);
        if (!annotation) return [];
        const { authorId, ...content } = annotation;
        return [{ ...content, reviewer: { id: authorId, name: names.get(authorId) ?? 'Unknown reviewer' } }];
      }),
    ),
  }));
}

type ConsensusArticle = {
  id: string;
  projectId: string;
  title: string;
  status: ArticleStatus;
  revision: number;
  text: string;
  language: string;
  direction: TextDirection;
  verdictsPublishedAt: Date | null;
  verdictsPublishedBy: { id: string; name: string } | null;
};

/**
 * The article as the consensus view shows it, or a 404 for unknown and malformed ids alike: one
 * statement on the pool with its text from the process's cache of revisions (revision-text.ts), where
 * Prisma read the row (text included) after a second read to check it exists (issue 16: every
 * consensus page and live refresh asks it). node-pg reads a timestamp without time zone in the
 * process's zone, so it is marked UTC, as Prisma stores them.
 */
async function readConsensusArticle(articleId: string): Promise<ConsensusArticle> {
  const [row] = isUuid(articleId)
    ? (
        await sqlPool().query<Omit<ConsensusArticle, 'text' | 'verdictsPublishedBy'> & { textHash: string; publisherId: string | null; publisherName: string | null }>(
          `SELECT a.id, a."projectId", a.title, a.status::text AS status, a.revision, a."textHash", a.language, a.direction::text AS direction,
             a."verdictsPublishedAt" AT TIME ZONE 'UTC' AS "verdictsPublishedAt", u.id AS "publisherId", u.name AS "publisherName"
           FROM "Article" a LEFT JOIN "User" u ON u.id = a."verdictsPublishedById"
           WHERE a.id = $1::uuid`,
          [articleId],
        )
      ).rows
    : [];
  if (!row) throw new AppError('not_found', 'No article with that id.');
  const { textHash, publisherId, publisherName, ...article } = row;
  const at = { articleId: row.id, revision: row.revision, textHash };
  const content = await revisionText(at, loadRevisionTextFromPool(at));
  if (!content) throw new AppError('not_found', 'No article with that id.');
  return { ...article, text: content.text, verdictsPublishedBy: publisherId !== null && publisherName !== null ? { id: publisherId, name: publisherName } : null };
}

/** The article's last 50 publication events, newest first, with who acted: on the pool, as the article above. */
async function readPublicationHistory(articleId: string): Promise<{ action: PublicationAction; reason: string; createdAt: Date; actor: { id: string; name: string } }[]> {
  const { rows } = await sqlPool().query<{ action: PublicationAction; reason: string; createdAt: Date; actorId: string; actorName: string }>(
    `SELECT e.action::text AS action, e.reason, e."createdAt" AT TIME ZONE 'UTC' AS "createdAt", u.id AS "actorId", u.name AS "actorName"
     FROM "PublicationEvent" e JOIN "User" u ON u.id = e."actorId"
     WHERE e."articleId" = $1::uuid
     ORDER BY e."createdAt" DESC, e.id DESC
     LIMIT 50`,
    [articleId],
  );
  return rows.map(({ actorId, actorName, ...event }) => ({ ...event, actor: { id: actorId, name: actorName } }));
}
