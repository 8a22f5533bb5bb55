import 'server-only';
import type { ClaimView } from '../../../views/claim-views';
import { AppError } from '../../../errors';
import type { TClaimVerdict } from '../../../validation/claims';
import { isUuid } from '../../../validation/uuid';
import { db } from '../../db/client';
import type { Authorized } from '../../guards';
import { getClaim } from './get-claim';

/**
 * The desk's ruling on a claim, on the desk's rating scale (a claim is desk-wide,
 * so not one project's scale); the rating's name and value are copied so later
 * scale edits do not rewrite it. It carries to every appearance of the claim.
 */
export async function setClaimVerdict(actor: Authorized<'claims:write'>, claimId: string, input: TClaimVerdict): Promise<ClaimView> {
  if (!isUuid(claimId)) throw new AppError('not_found', 'No claim with that id.');
  await db().$transaction(async (tx) => {
    const claim = await tx.claim.findUnique({ where: { id: claimId }, select: { id: true } });
    if (!claim) throw new AppError('not_found', 'No claim with that id.');
    const rating = await tx.ratingOption.findUnique({ where: { key: input.rating } });
    if (!rating) throw new AppError('bad_request', `Unknown rating "${input.rating}". Choose one of the desk's rating scale.`, { fields: [{ path: 'rating', message: 'Unknown rating' }] });
    await tx.claim.update({
      where: { id: claimId },
      data: { rating: rating.key, ratingName: rating.name, ratingValue: rating.value, explanation: input.explanation, verdictById: actor.id, verdictAt: new Date() },
    });
  });
  return getClaim(actor, claimId);
}
