import 'server-only';
// What the project's figures are computed from: for each of its articles with
// a submitted review, the reviewers who submitted and their live annotations
// anchored on the current revision — the same rule as one article's consensus
// (load-consensus-data.ts), so a project of one article gives that article's alpha.
import type { ProjectArticle } from '../../../consensus/types';
import type { Label } from '../../../vocabulary';
import { db } from '../../db/client';
import type { Authorized } from '../../guards';

/** The most recently active articles a project's figures take in; bounds the work per request (about 35 ms of CPU per 200 articles). */
export const PROJECT_AGREEMENT_ARTICLES = 1_000;

export type ProjectAgreementData = {
  articles: ProjectArticle[];
  reviewers: { id: string; name: string }[];
  /** Articles with a submitted review that were left out (beyond PROJECT_AGREEMENT_ARTICLES). */
  omitted: number;
};

export async function loadProjectAgreementData(_actor: Authorized<'consensus:read'>, projectId: string): Promise<ProjectAgreementData> {
  const client = db();
  const reviewed = await client.article.findMany({
    where: { projectId, submissions: { some: {} } },
    orderBy: [{ lastActivityAt: 'desc' }, { id: 'asc' }],
    take: PROJECT_AGREEMENT_ARTICLES + 1,
    select: { id: true, submissions: { select: { reviewerId: true } } },
  });
  const kept = reviewed.slice(0, PROJECT_AGREEMENT_ARTICLES);
  const omitted = reviewed.length > kept.length ? (await client.article.count({ where: { projectId, submissions: { some: {} } } })) - kept.length : 0;
  const ids = kept.map((article) => article.id);
  const spans = ids.length === 0 ? [] : await client.$queryRaw<{ id: string; articleId: string; authorId: string; label: Label; start: number; end: number }[]>`
    SELECT a.id, a."articleId", a."authorId", a.label::text AS label, a.start, a."end"
    FROM "Annotation" a JOIN "Article" ar ON ar.id = a."articleId"
    WHERE a."articleId" = ANY(${ids}::uuid[]) AND a."deletedAt" IS NULL AND a.revision = ar.revision AND a."anchorState" <> 'orphaned'
      AND EXISTS (SELECT 1 FROM "ReviewSubmission" rs WHERE rs."articleId" = a."articleId" AND rs."reviewerId" = a."authorId")`;
  const byArticle = new Map<string, ProjectArticle>(kept.map((article) => [article.id, { articleId: article.id, reviewerIds: article.submissions.map((row) => row.reviewerId), spans: [] }]));
  for (const span of spans) byArticle.get(span.articleId)?.spans.push({ id: span.id, reviewerId: span.authorId, label: span.label, start: span.start, end: span.end });
  const reviewerIds = [...new Set(kept.flatMap((article) => article.submissions.map((row) => row.reviewerId)))];
  const reviewers = await client.user.findMany({ where: { id: { in: reviewerIds } }, select: { id: true, name: true }, orderBy: { name: 'asc' } });
  return { articles: [...byArticle.values()], reviewers, omitted };
}
