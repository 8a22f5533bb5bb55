import 'server-only';
import { config } from '../../../config';
import type { ApiTokenList } from '../../../views/token-views';
import { db } from '../../db/client';
import type { Authorized } from '../../guards';
import { apiTokenSelect, toApiTokenView, tokenProjectNames } from './api-token-record';

/** Every token, live ones first, newest first, with the expiry term new tokens get by default. */
export async function listApiTokens(_actor: Authorized<'tokens:manage'>): Promise<ApiTokenList> {
  const rows = await db().apiToken.findMany({ orderBy: [{ revokedAt: { sort: 'desc', nulls: 'first' } }, { createdAt: 'desc' }], select: apiTokenSelect, take: 500 });
  const names = await tokenProjectNames(db(), rows);
  const now = new Date();
  return { tokens: rows.map((row) => toApiTokenView(row, names, now)), defaultExpiryDays: config().apiTokenDefaultExpiryDays };
}
