import 'server-only';
// An admin creates an API token. The secret is returned once, at creation,
// and only its digest is stored. A token expires after the term its creator
// chose (the configured default unless they chose another, or never).
import { config } from '../../../config';
import { AppError } from '../../../errors';
import { generateTokenSecret, hashTokenSecret, visibleTokenPrefix } from '../../../security/api-token-secret';
import type { TCreateApiToken } from '../../../validation/tokens';
import type { ApiTokenView } from '../../../views/token-views';
import { db } from '../../db/client';
import type { Authorized } from '../../guards';
import { apiTokenSelect, toApiTokenView } from './api-token-record';

const DAY_MS = 24 * 60 * 60 * 1000;

export type CreatedApiToken = { token: ApiTokenView; secret: string; defaultExpiryDays: number };

export async function createApiToken(actor: Authorized<'tokens:manage'>, input: TCreateApiToken): Promise<CreatedApiToken> {
  const userId = input.userId ?? actor.id;
  const secret = generateTokenSecret();
  const now = new Date();
  const defaultExpiryDays = config().apiTokenDefaultExpiryDays;
  const days = input.expiresInDays === undefined ? defaultExpiryDays : input.expiresInDays;
  const expiresAt = days === null ? null : new Date(now.getTime() + days * DAY_MS);
  const row = await db().$transaction(async (tx) => {
    // FOR SHARE: an admin disabling the account at this moment waits for this token and then revokes it (updateUser).
    const [user] = await tx.$queryRaw<{ disabledAt: Date | null }[]>`SELECT "disabledAt" FROM "User" WHERE id = ${userId}::uuid FOR SHARE`;
    if (!user) throw new AppError('bad_request', 'Unknown user: the token must act as an existing account.', { fields: [{ path: 'userId', message: 'Unknown user' }] });
    if (user.disabledAt) throw new AppError('bad_request', 'That account is disabled; a token for it would not work.', { fields: [{ path: 'userId', message: 'Disabled account' }] });
    return tx.apiToken.create({
      data: { name: input.name, scopes: input.scopes, userId, createdById: actor.id, tokenHash: hashTokenSecret(secret), prefix: visibleTokenPrefix(secret), createdAt: now, expiresAt },
      select: apiTokenSelect,
    });
  });
  return { token: toApiTokenView(row, now), secret, defaultExpiryDays };
}
