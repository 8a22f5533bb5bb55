import 'server-only';
// The editor's consensus view of one article, computed on read: consensus is
// cheap enough (bench/consensus.ts) to recompute from the stored annotations on
// every request, so what an editor sees is never stale, not even by one save.
import { type ArticleClaimAppearance, claimsOfSpan } from '../../../consensus/passage-claims';
import type { ConsensusResult } from '../../../consensus/types';
import { countUnadjudicatedDisputes } from '../../../consensus/unadjudicated-disputes';
import type { ConsensusPassageView, ConsensusView, PassageAnnotation } from '../../../views/consensus-views';
import { db } from '../../db/client';
import type { Authorized } from '../../guards';
import { loadArticleClaims } from '../claims/load-article-claims';
import { requireArticle } from '../articles/require-article';
import { listProjectRatingOptions } from '../ratings/list-rating-options';
import { loadSignalConsensus } from '../signals/load-signal-consensus';
import { toVerdictView } from '../verdicts/verdict-record';
import { type ConsensusData, consensusOf, loadConsensusData } from './load-consensus-data';

export async function getConsensus(actor: Authorized<'consensus:read'>, articleId: string): Promise<ConsensusView> {
  const { id } = await requireArticle(articleId);
  const client = db();
  const row = await client.article.findUniqueOrThrow({
    where: { id },
    select: { id: true, projectId: true, title: true, status: true, revision: true, text: true, language: true, direction: true, verdictsPublishedAt: true, verdictsPublishedBy: { select: { id: true, name: true } } },
  });
  const [data, ratingScale, events, signals, claimAppearances] = await Promise.all([
    loadConsensusData(client, row),
    listProjectRatingOptions(client, row.projectId),
    client.publicationEvent.findMany({ where: { articleId: id }, orderBy: { createdAt: 'desc' }, take: 50, select: { action: true, reason: true, createdAt: true, actor: { select: { id: true, name: true } } } }),
    loadSignalConsensus(client, row),
    loadArticleClaims(client, row),
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
