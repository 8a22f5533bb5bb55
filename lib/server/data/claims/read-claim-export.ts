import 'server-only';
import type { ClaimView } from '../../../views/claim-views';
import type { RatingOption } from '../../../exports/export-types';
import { db } from '../../db/client';
import type { Authorized } from '../../guards';
import { listRatingOptions } from '../ratings/list-rating-options';
import { getClaim } from './get-claim';

/** What a claim's ClaimReview is built from: the claim as the reader sees it, and the desk's scale its verdict was given on. */
export async function readClaimExport(actor: Authorized<'claims:read'>, claimId: string): Promise<{ claim: ClaimView; ratingScale: RatingOption[] }> {
  const claim = await getClaim(actor, claimId);
  return { claim, ratingScale: await listRatingOptions(db()) };
}
