import 'server-only';
import { aggregateSignalConsensus } from '../../../consensus/signal-agreement';
import { agreementSummary, labelMix, reliabilityPeriod, reliabilityTrend, sourceReliability } from '../../../consensus/source-reliability';
import { AppError } from '../../../errors';
import { isUuid } from '../../../validation/uuid';
import type { SourceDetail, SourceProfile } from '../../../views/source-views';
import type { Actor } from '../../actor';
import { db } from '../../db/client';
import type { Authorized } from '../../guards';
import { articlesWith } from '../projects/project-scope';
import { loadSignals, toSignalDefinition } from '../signals/signal-record';
import { backfillReliabilitySnapshots } from './article-reliability';
import { sourceArticleRows, sourceClaims, sourceSignalAnswers, toArticleFigures } from './source-figures';

/** One source with its articles in the caller's projects (another project's articles are neither listed nor counted) and its reliability profile. */
export async function getSource(actor: Authorized<'articles:read'>, id: string): Promise<SourceDetail> {
  const scope = articlesWith(actor, 'articles:read');
  const row = isUuid(id)
    ? await db().source.findUnique({
        where: { id },
        select: {
          id: true,
          name: true,
          domains: true,
          country: true,
          notes: true,
          articles: {
            where: scope,
            orderBy: [{ publishedAt: { sort: 'desc', nulls: 'last' } }, { createdAt: 'desc' }, { id: 'asc' }],
            take: 500,
            select: { id: true, title: true, byline: true, publishedAt: true, projectId: true, status: true },
          },
          _count: { select: { articles: { where: scope } } },
        },
      })
    : null;
  if (!row) throw new AppError('not_found', 'No source with that id.');
  await backfillReliabilitySnapshots();
  const { _count, articles, ...source } = row;
  const { reliability, claims, profile } = await sourceProfile(actor, source.id);
  return {
    ...source,
    articles: _count.articles,
    reliability,
    claims,
    articleList: articles.map((article) => ({ ...article, publishedAt: article.publishedAt?.toISOString() ?? null })),
    profile,
  };
}

async function sourceProfile(actor: Actor, sourceId: string): Promise<Pick<SourceDetail, 'reliability' | 'claims' | 'profile'>> {
  const [rows, claims, signals, answers] = await Promise.all([sourceArticleRows(actor, sourceId), sourceClaims(actor, sourceId), loadSignals(db(), { activeOnly: true }), sourceSignalAnswers(actor, sourceId)]);
  const dated = rows.flatMap((article) => {
    const period = reliabilityPeriod(article.publishedAt, article.verdictsPublishedAt);
    return period === null ? [] : [{ ...article, period }];
  });
  const aggregates = aggregateSignalConsensus(signals.map(toSignalDefinition), answers);
  const profile: SourceProfile = {
    labelMix: labelMix(rows),
    perArticle: rows.map(toArticleFigures),
    trend: reliabilityTrend(dated),
    claims,
    agreement: agreementSummary(rows.map((article) => article.alpha)),
    signals: signals.map((signal, i) => ({ key: signal.key, question: signal.question, scale: signal.scale, articles: aggregates[i]!.articles, consensus: aggregates[i]!.consensus, noMajority: aggregates[i]!.noMajority })),
  };
  return { reliability: sourceReliability(rows), claims: claims.length, profile };
}
