import 'server-only';
import type { ClaimSummary } from '../../../views/claim-views';
import { db } from '../../db/client';
import type { Authorized } from '../../guards';
import { claimSelect, toClaimSummary, visibleAppearances } from './claim-select';

/** The desk's claims, newest first, each with the number of its appearances the reader may see. */
export async function listClaims(actor: Authorized<'claims:read'>, limit = 200): Promise<ClaimSummary[]> {
  const rows = await db().claim.findMany({
    select: { ...claimSelect, _count: { select: { appearances: { where: visibleAppearances(actor) } } } },
    orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
    take: limit,
  });
  return rows.map((row) => toClaimSummary(row, row._count.appearances));
}
