import 'server-only';
import { AppError } from '../../../errors';
import type { ClaimView } from '../../../views/claim-views';
import { isUuid } from '../../../validation/uuid';
import { db } from '../../db/client';
import type { Authorized } from '../../guards';
import { appearanceSelect, claimSelect, toAppearanceView, toClaimSummary, visibleAppearances } from './claim-select';

/** A claim with the appearances the reader may see, in the order they were linked. */
export async function getClaim(actor: Authorized<'claims:read'>, claimId: string): Promise<ClaimView> {
  if (!isUuid(claimId)) throw new AppError('not_found', 'No claim with that id.');
  const row = await db().claim.findUnique({
    where: { id: claimId },
    select: { ...claimSelect, appearances: { where: visibleAppearances(actor), select: appearanceSelect, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] } },
  });
  if (!row) throw new AppError('not_found', 'No claim with that id.');
  const { appearanceCount, ...summary } = toClaimSummary(row, row.appearances.length);
  void appearanceCount;
  return { ...summary, appearances: row.appearances.map(toAppearanceView) };
}
