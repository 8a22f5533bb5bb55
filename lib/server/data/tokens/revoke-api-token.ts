import 'server-only';
import { AppError } from '../../../errors';
import { isUuid } from '../../../validation/uuid';
import type { ApiTokenView } from '../../../views/token-views';
import { db } from '../../db/client';
import type { Authorized } from '../../guards';
import { apiTokenSelect, toApiTokenView, tokenProjectNames } from './api-token-record';

/** Revoking is final and idempotent; the token's call log stays. */
export async function revokeApiToken(actor: Authorized<'tokens:manage'>, tokenId: string): Promise<ApiTokenView> {
  if (!isUuid(tokenId)) throw new AppError('not_found', 'No API token with that id.');
  const existing = await db().apiToken.findUnique({ where: { id: tokenId }, select: { revokedAt: true } });
  if (!existing) throw new AppError('not_found', 'No API token with that id.');
  const row = existing.revokedAt
    ? await db().apiToken.findUniqueOrThrow({ where: { id: tokenId }, select: apiTokenSelect })
    : await db().apiToken.update({ where: { id: tokenId }, data: { revokedAt: new Date(), revokedReason: 'manual' }, select: apiTokenSelect });
  return toApiTokenView(row, await tokenProjectNames(db(), [row]));
}
