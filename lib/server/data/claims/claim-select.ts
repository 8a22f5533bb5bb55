import 'server-only';
// The one reading of a claim row and its appearances into views. Appearances are
// read only on articles of the projects where the reader holds claims:read
// (project scope; a reviewer there reads none, blind review).
import type { AppearanceSource, ClaimAppearanceView, ClaimSummary, ClaimVerdictView } from '../../../views/claim-views';
import type { Actor } from '../../actor';
import type { Prisma } from '../../db/client';
import { articlesWith } from '../projects/project-scope';

export const claimSelect = {
  id: true,
  text: true,
  createdAt: true,
  createdBy: { select: { id: true, name: true } },
  rating: true,
  ratingName: true,
  ratingValue: true,
  explanation: true,
  verdictAt: true,
  verdictBy: { select: { id: true, name: true } },
} as const satisfies Prisma.ClaimSelect;

export const appearanceSelect = {
  id: true,
  articleId: true,
  start: true,
  end: true,
  exact: true,
  prefix: true,
  suffix: true,
  revision: true,
  createdAt: true,
  article: { select: { title: true, sourceUrl: true, publisher: true, publishedAt: true, source: { select: { id: true, name: true } } } },
} as const satisfies Prisma.ClaimAppearanceSelect;

/** The appearances a reader may see: on articles of their desk projects. */
export function visibleAppearances(actor: Actor): Prisma.ClaimAppearanceWhereInput {
  return { article: articlesWith(actor, 'claims:read') };
}

type ClaimRow = Prisma.ClaimGetPayload<{ select: typeof claimSelect }>;
type AppearanceRow = Prisma.ClaimAppearanceGetPayload<{ select: typeof appearanceSelect }>;

/** The outlet of an appearance's article: its source; else the publisher the page named (no source record yet). */
function appearanceSource(article: AppearanceRow['article']): AppearanceSource | null {
  if (article.source) return article.source;
  return article.publisher ? { id: null, name: article.publisher } : null;
}

export function toAppearanceView(row: AppearanceRow): ClaimAppearanceView {
  return {
    id: row.id,
    articleId: row.articleId,
    articleTitle: row.article.title,
    articleUrl: row.article.sourceUrl,
    source: appearanceSource(row.article),
    publishedAt: row.article.publishedAt?.toISOString() ?? null,
    start: row.start,
    end: row.end,
    exact: row.exact,
    prefix: row.prefix,
    suffix: row.suffix,
    revision: row.revision,
    createdAt: row.createdAt.toISOString(),
  };
}

function verdictOf(row: ClaimRow): ClaimVerdictView | null {
  if (row.rating === null || !row.verdictBy || !row.verdictAt) return null;
  return { rating: row.rating, ratingName: row.ratingName, ratingValue: row.ratingValue, explanation: row.explanation, by: row.verdictBy, at: row.verdictAt.toISOString() };
}

export function toClaimSummary(row: ClaimRow, appearanceCount: number): ClaimSummary {
  return { id: row.id, text: row.text, createdAt: row.createdAt.toISOString(), createdBy: row.createdBy, verdict: verdictOf(row), appearanceCount };
}
