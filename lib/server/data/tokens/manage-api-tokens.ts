import 'server-only';
// Admins create, list and revoke API tokens. The secret is returned once, at
// creation, and only its digest is stored.
import { AppError } from '../../../errors';
import { generateTokenSecret, hashTokenSecret, visibleTokenPrefix } from '../../../security/api-token-secret';
import type { TCreateApiToken } from '../../../validation/tokens';
import type { ApiTokenView } from '../../../views/token-views';
import type { Actor } from '../../actor';
import { db } from '../../db/client';
import { authorize } from '../../guards';
import { apiTokenSelect, toApiTokenView } from './api-token-record';
import { isUuid } from '../../../validation/uuid';

export async function createApiToken(actor: Actor, input: TCreateApiToken): Promise<{ token: ApiTokenView; secret: string }> {
  authorize(actor, 'tokens:manage');
  const userId = input.userId ?? actor.id;
  const user = await db().user.findUnique({ where: { id: userId }, select: { disabledAt: true } });
  if (!user) throw new AppError('bad_request', 'Unknown user: the token must act as an existing account.', { fields: [{ path: 'userId', message: 'Unknown user' }] });
  if (user.disabledAt) throw new AppError('bad_request', 'That account is disabled; a token for it would not work.', { fields: [{ path: 'userId', message: 'Disabled account' }] });
  const secret = generateTokenSecret();
  const row = await db().apiToken.create({
    data: { name: input.name, scopes: input.scopes, userId, createdById: actor.id, tokenHash: hashTokenSecret(secret), prefix: visibleTokenPrefix(secret) },
    select: apiTokenSelect,
  });
  return { token: toApiTokenView(row), secret };
}

export async function listApiTokens(actor: Actor): Promise<ApiTokenView[]> {
  authorize(actor, 'tokens:manage');
  const rows = await db().apiToken.findMany({ orderBy: [{ revokedAt: { sort: 'desc', nulls: 'first' } }, { createdAt: 'desc' }], select: apiTokenSelect, take: 500 });
  return rows.map(toApiTokenView);
}

/** Revoking is final and idempotent; the token's call log stays. */
export async function revokeApiToken(actor: Actor, tokenId: string): Promise<ApiTokenView> {
  authorize(actor, 'tokens:manage');
  if (!isUuid(tokenId)) throw new AppError('not_found', 'No API token with that id.');
  const existing = await db().apiToken.findUnique({ where: { id: tokenId }, select: { revokedAt: true } });
  if (!existing) throw new AppError('not_found', 'No API token with that id.');
  const row = existing.revokedAt
    ? await db().apiToken.findUniqueOrThrow({ where: { id: tokenId }, select: apiTokenSelect })
    : await db().apiToken.update({ where: { id: tokenId }, data: { revokedAt: new Date() }, select: apiTokenSelect });
  return toApiTokenView(row);
}
