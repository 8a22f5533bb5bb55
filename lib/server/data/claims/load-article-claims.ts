import 'server-only';
// The claim appearances on one article, each with its claim and the claim's
// verdict, placed on the current text (lib/consensus/passage-claims.ts). Read by the
// consensus view and the exports, which are the desk's (consensus:read,
// exports:read): a reviewer never reaches this, so claims stay the desk's.
// Only this article's appearances are read, never the claim's other ones, so
// nothing of another project leaks through a desk-wide claim.
import { type ArticleClaimAppearance, placedAppearances } from '../../../consensus/passage-claims';
import { type SqlClient, runSql } from '../../db/sql-transaction';

/** Appearances are linked one passage at a time by hand; an article carries a few dozen at most. */
const MAX_APPEARANCES = 500;

type AppearanceRow = {
  start: number;
  end: number;
  exact: string;
  revision: number;
  claimId: string;
  text: string;
  rating: string | null;
  ratingName: string;
  ratingValue: number | null;
  explanation: string;
  verdictAt: Date | null;
};

/**
 * One statement through runSql: on the pool for the consensus view (every page and live refresh
 * asks it; issue 16), in the export's transaction for an export. The verdict time is stored
 * without a time zone, in UTC as Prisma writes it, so it is marked UTC for node-pg.
 */
export async function loadArticleClaims(client: SqlClient, article: { id: string; text: string; revision: number }): Promise<ArticleClaimAppearance[]> {
  const rows = await runSql<AppearanceRow>(
    client,
    `SELECT ca.start, ca."end", ca.exact, ca.revision, c.id AS "claimId", c.text, c.rating, c."ratingName", c."ratingValue", c.explanation,
            c."verdictAt" AT TIME ZONE 'UTC' AS "verdictAt"
     FROM "ClaimAppearance" ca JOIN "Claim" c ON c.id = ca."claimId"
     WHERE ca."articleId" = $1::uuid
     ORDER BY ca.start, ca."createdAt", ca.id
     LIMIT ${MAX_APPEARANCES}`,
    [article.id],
  );
  const appearances = rows.map(({ start, end, exact, revision, claimId, text, rating, ratingName, ratingValue, explanation, verdictAt }) => ({
    start,
    end,
    exact,
    revision,
    claim: {
      id: claimId,
      text,
      verdict: rating !== null && verdictAt ? { rating, ratingName, ratingValue, explanation, at: verdictAt.toISOString() } : null,
    },
  }));
  return placedAppearances(appearances, article);
}
