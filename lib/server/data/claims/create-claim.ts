import 'server-only';
import { normalizeClaimText } from '../../../articles/claim-text';
import type { ClaimView } from '../../../views/claim-views';
import type { TCreateClaim } from '../../../validation/claims';
import { db } from '../../db/client';
import type { Authorized } from '../../guards';
import { claimSelect, toClaimSummary } from './claim-select';

export async function createClaim(actor: Authorized<'claims:write'>, input: TCreateClaim): Promise<ClaimView> {
  const row = await db().claim.create({ data: { text: input.text, normalizedText: normalizeClaimText(input.text), createdById: actor.id }, select: claimSelect });
  const { appearanceCount, ...summary } = toClaimSummary(row, 0);
  void appearanceCount;
  return { ...summary, appearances: [] };
}
