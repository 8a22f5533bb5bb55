import 'server-only';
// Revokes every live API token that acts as a user, inside the caller's
// transaction: when the account is disabled or its password is reset by an
// admin. Revocation is for good; re-enabling the account does not bring them back.
// The reason is recorded on each token and shown in the admin's token list.
import type { TokenRevokedReason } from '../../../vocabulary';
import type { Prisma } from '../../db/client';

export async function revokeUserTokens(
  tx: Prisma.TransactionClient,
  userId: string,
  at = new Date(),
  reason: Exclude<TokenRevokedReason, 'manual'> = 'account_disabled',
): Promise<number> {
  const { count } = await tx.apiToken.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: at, revokedReason: reason } });
  return count;
}
