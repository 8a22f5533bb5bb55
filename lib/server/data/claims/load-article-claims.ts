import 'server-only';
// The claim appearances on one article, each with its claim and the claim's
// verdict, placed on the current text (lib/consensus/passage-claims.ts). Read by the
// consensus view and the exports, which are the desk's (consensus:read,
// exports:read): a reviewer never reaches this, so claims stay the desk's.
// Only this article's appearances are read, never the claim's other ones, so
// nothing of another project leaks through a desk-wide claim.
import { type ArticleClaimAppearance, placedAppearances } from '../../../consensus/passage-claims';
import type { Prisma } from '../../db/client';

/** Appearances are linked one passage at a time by hand; an article carries a few dozen at most. */
const MAX_APPEARANCES = 500;

export async function loadArticleClaims(client: Prisma.TransactionClient, article: { id: string; text: string; revision: number }): Promise<ArticleClaimAppearance[]> {
  const rows = await client.claimAppearance.findMany({
    where: { articleId: article.id },
    select: {
      start: true,
      end: true,
      exact: true,
      revision: true,
      claim: { select: { id: true, text: true, rating: true, ratingName: true, ratingValue: true, explanation: true, verdictAt: true } },
    },
    orderBy: [{ start: 'asc' }, { createdAt: 'asc' }, { id: 'asc' }],
    take: MAX_APPEARANCES,
  });
  const appearances = rows.map(({ claim, ...span }) => ({
    ...span,
    claim: {
      id: claim.id,
      text: claim.text,
      verdict:
        claim.rating !== null && claim.verdictAt
          ? { rating: claim.rating, ratingName: claim.ratingName, ratingValue: claim.ratingValue, explanation: claim.explanation, at: claim.verdictAt.toISOString() }
          : null,
    },
  }));
  return placedAppearances(appearances, article);
}
