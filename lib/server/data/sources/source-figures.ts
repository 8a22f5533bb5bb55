import 'server-only';
// The reads behind sources' reliability figures: published articles only (their
// snapshots, ArticleReliability), in the caller's projects. Drafts, submissions
// and verdicts of unpublished articles are never read here, so nothing of a
// review in progress reaches a figure (blind review). Claims are read only where
// the caller holds claims:read, as everywhere else.
import { articleUnsupportedShare, claimBearingChars, type ArticleReliabilityFigures } from '../../../consensus/source-reliability';
import type { SourceArticleFigures, SourceClaimFigures } from '../../../views/source-views';
import type { Actor } from '../../actor';
import { db, Prisma } from '../../db/client';
import { articlesWithSql } from '../projects/project-scope';

export type SourceArticleRow = ArticleReliabilityFigures & { title: string; publishedAt: Date | null; verdictsPublishedAt: Date | null };

/** Per source, its published articles' characters by label (one grouped query; arrays keep it to a row per source). */
export async function charsBySource(actor: Actor): Promise<Map<string, Pick<ArticleReliabilityFigures, 'articleId' | 'charsByLabel'>[]>> {
  const rows = await db().$queryRaw<{ sourceId: string; ids: string[]; claim: number[]; opinion: number[]; unsupported: number[] }[]>`
    SELECT ar."sourceId"::text AS "sourceId", array_agg(r."articleId"::text) AS ids,
           array_agg(r."claimChars") AS claim, array_agg(r."opinionChars") AS opinion, array_agg(r."unsupportedChars") AS unsupported
    FROM "ArticleReliability" r JOIN "Article" ar ON ar.id = r."articleId"
    WHERE ar.status = 'published' AND ar."sourceId" IS NOT NULL AND ${articlesWithSql(actor, 'articles:read', 'ar')}
    GROUP BY ar."sourceId"`;
  return new Map(
    rows.map((row) => [row.sourceId, row.ids.map((articleId, i) => ({ articleId, charsByLabel: { claim: row.claim[i]!, opinion: row.opinion[i]!, unsupported: row.unsupported[i]! } }))]),
  );
}

/** Per source, the distinct claims linked to its published articles the caller may see. */
export async function claimCountsBySource(actor: Actor): Promise<Map<string, number>> {
  const rows = await db().$queryRaw<{ sourceId: string; claims: number }[]>`
    SELECT ar."sourceId"::text AS "sourceId", count(DISTINCT ca."claimId")::int AS claims
    FROM "ClaimAppearance" ca JOIN "Article" ar ON ar.id = ca."articleId"
    WHERE ar.status = 'published' AND ar."sourceId" IS NOT NULL AND ${articlesWithSql(actor, 'claims:read', 'ar')}
    GROUP BY ar."sourceId"`;
  return new Map(rows.map((row) => [row.sourceId, row.claims]));
}

/** One source's published articles with their snapshots, newest first. */
export async function sourceArticleRows(actor: Actor, sourceId: string): Promise<SourceArticleRow[]> {
  const rows = await db().$queryRaw<
    { articleId: string; title: string; publishedAt: Date | null; verdictsPublishedAt: Date | null; claimChars: number; opinionChars: number; unsupportedChars: number; claimPassages: number; opinionPassages: number; unsupportedPassages: number; alpha: number | null }[]
  >`
    SELECT r."articleId"::text AS "articleId", ar.title, ar."publishedAt", ar."verdictsPublishedAt",
           r."claimChars", r."opinionChars", r."unsupportedChars", r."claimPassages", r."opinionPassages", r."unsupportedPassages", r.alpha
    FROM "ArticleReliability" r JOIN "Article" ar ON ar.id = r."articleId"
    WHERE ar.status = 'published' AND ar."sourceId" = ${sourceId}::uuid AND ${articlesWithSql(actor, 'articles:read', 'ar')}
    ORDER BY COALESCE(ar."publishedAt", ar."verdictsPublishedAt") DESC NULLS LAST, ar.id
    LIMIT 10000`;
  return rows.map((row) => ({
    articleId: row.articleId,
    title: row.title,
    publishedAt: row.publishedAt,
    verdictsPublishedAt: row.verdictsPublishedAt,
    charsByLabel: { claim: row.claimChars, opinion: row.opinionChars, unsupported: row.unsupportedChars },
    passagesByLabel: { claim: row.claimPassages, opinion: row.opinionPassages, unsupported: row.unsupportedPassages },
    alpha: row.alpha,
  }));
}

export function toArticleFigures(row: SourceArticleRow): SourceArticleFigures {
  return {
    articleId: row.articleId,
    title: row.title,
    publishedAt: row.publishedAt?.toISOString() ?? null,
    verdictsPublishedAt: row.verdictsPublishedAt?.toISOString() ?? null,
    claimBearingChars: claimBearingChars(row.charsByLabel),
    unsupportedChars: row.charsByLabel.unsupported,
    unsupportedShare: articleUnsupportedShare(row.charsByLabel),
    alpha: row.alpha,
  };
}

/** Claims linked to the source's published articles the caller may see, most appearances first. */
export async function sourceClaims(actor: Actor, sourceId: string): Promise<SourceClaimFigures[]> {
  const rows = await db().$queryRaw<{ claimId: string; text: string; rating: string | null; ratingName: string; ratingValue: number | null; appearances: number }[]>`
    SELECT c.id::text AS "claimId", c.text, c.rating, c."ratingName", c."ratingValue", count(*)::int AS appearances
    FROM "ClaimAppearance" ca JOIN "Article" ar ON ar.id = ca."articleId" JOIN "Claim" c ON c.id = ca."claimId"
    WHERE ar.status = 'published' AND ar."sourceId" = ${sourceId}::uuid AND ${articlesWithSql(actor, 'claims:read', 'ar')}
    GROUP BY c.id
    ORDER BY appearances DESC, c."createdAt" DESC, c.id
    LIMIT 500`;
  return rows.map(({ rating, ratingName, ratingValue, ...row }) => ({ ...row, verdict: rating === null ? null : { rating, ratingName, ratingValue } }));
}

/** Submitted reviewers' signal answers on the source's published articles (the join to ReviewSubmission keeps drafts out). */
export async function sourceSignalAnswers(actor: Actor, sourceId: string): Promise<{ articleId: string; reviewerId: string; signalKey: string; value: string }[]> {
  return db().$queryRaw(Prisma.sql`
    SELECT a."articleId"::text AS "articleId", a."reviewerId"::text AS "reviewerId", a."signalKey", a.value
    FROM "SignalAnswer" a
    JOIN "ReviewSubmission" s ON s."articleId" = a."articleId" AND s."reviewerId" = a."reviewerId"
    JOIN "Article" ar ON ar.id = a."articleId"
    WHERE ar.status = 'published' AND ar."sourceId" = ${sourceId}::uuid AND ${articlesWithSql(actor, 'articles:read', 'ar')}`);
}
