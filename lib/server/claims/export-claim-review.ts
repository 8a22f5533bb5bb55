import 'server-only';
// A claim's ClaimReview: the claim read for the actor (only appearances in their
// projects go out), its article addresses resolved, the document built by lib/exports.
import type { ClaimReview, WithContext } from 'schema-dts';
import { claimReviewOfClaim } from '../../exports/claim-review-of-claim';
import { workbenchArticleUrl } from '../../exports/export-records';
import { AppError } from '../../errors';
import { readClaimExport } from '../data/claims/read-claim-export';
import { newsroomFromEnv } from '../exports/newsroom-config';
import type { Authorized } from '../guards';

/** `checkQuery` runs once the claim is found (so an unknown claim is a 404 and a stopped database a 503 first). */
export async function exportClaimReview(actor: Authorized<'claims:read'>, claimId: string, baseUrl: string, checkQuery: () => void): Promise<WithContext<ClaimReview>> {
  const { claim, ratingScale } = await readClaimExport(actor, claimId);
  checkQuery();
  const { verdict } = claim;
  if (!verdict) throw new AppError('conflict', 'The claim has no verdict yet: rule on it before exporting its ClaimReview.');
  const { newsroom } = newsroomFromEnv(baseUrl);
  return claimReviewOfClaim({
    claim: { id: claim.id, text: claim.text, verdict },
    appearances: claim.appearances.map((appearance) => ({ ...appearance, url: appearance.articleUrl ?? workbenchArticleUrl(baseUrl, appearance.articleId) })),
    newsroom,
    ratingScale,
    url: new URL(`claims/${encodeURIComponent(claim.id)}`, baseUrl).href,
  });
}
