import 'server-only';
import { AppError } from '../../../errors';
import type { TUpdateUser } from '../../../validation/users';
import { db } from '../../db/client';
import type { Authorized } from '../../guards';
import type { UserListItem } from '../../../views/user-views';
import { isUuid } from '../../../validation/uuid';
import { revokeUserTokens } from '../tokens/revoke-user-tokens';

/**
 * Changes a user's role or disables them. Either ends their current sessions
 * (sessionVersion bump), and the last active admin can never be removed.
 * Disabling also revokes the account's API tokens for good, in the same transaction.
 */
export async function updateUser(actor: Authorized<'users:manage'>, userId: string, change: TUpdateUser): Promise<UserListItem> {
  return db().$transaction(async (tx) => {
    const user = isUuid(userId) ? await tx.user.findUnique({ where: { id: userId } }) : null;
    if (!user) throw new AppError('not_found', 'No user with that id.');
    const losesAdmin = user.role === 'admin' && !user.disabledAt && ((change.role && change.role !== 'admin') || change.disabled === true);
    if (losesAdmin) {
      // Lock the admin rows so two admins demoting each other cannot both succeed.
      const admins = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "User" WHERE role = 'admin' AND "disabledAt" IS NULL FOR UPDATE`;
      if (admins.length <= 1) throw new AppError('conflict', 'This is the last admin. Make someone else an admin first.');
    }
    const now = new Date();
    const updated = await tx.user.update({
      where: { id: userId },
      data: {
        role: change.role,
        disabledAt: change.disabled === undefined ? undefined : change.disabled ? now : null,
        sessionVersion: { increment: 1 },
      },
      select: { id: true, email: true, name: true, role: true, disabledAt: true, createdAt: true },
    });
    // After the update, which holds the user row: a token created for this account at the same
    // moment (createApiToken holds the row FOR SHARE) has committed and is revoked here, or waits and sees it disabled.
    if (change.disabled === true) await revokeUserTokens(tx, userId, now);
    const { disabledAt, createdAt, ...rest } = updated;
    return { ...rest, disabled: disabledAt !== null, createdAt: createdAt.toISOString() };
  });
}
