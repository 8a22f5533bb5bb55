import 'server-only';
// An admin's password reset: to the password they give (held to the policy
// for that account) or to a generated one they are shown once. Every session
// of the account ends (sessionVersion) and every API token acting as it is
// revoked, in the same transaction as the new hash and the record of who did
// it, so a reset after a suspected compromise leaves nothing of the old access.
import { AppError } from '../../../errors';
import { hashPassword } from '../../../security/password-hash';
import { passwordProblem } from '../../../security/password-policy';
import { generateTemporaryPassword } from '../../../security/temporary-password';
import type { TResetPassword } from '../../../validation/users';
import { isUuid } from '../../../validation/uuid';
import type { UserListItem } from '../../../views/user-views';
import { db } from '../../db/client';
import type { Authorized } from '../../guards';
import { log } from '../../log';
import { revokeUserTokens } from '../tokens/revoke-user-tokens';

export type PasswordReset = { user: UserListItem; temporaryPassword: string | null; revokedTokens: number };

export async function resetUserPassword(actor: Authorized<'users:manage'>, userId: string, input: TResetPassword): Promise<PasswordReset> {
  const user = isUuid(userId) ? await db().user.findUnique({ where: { id: userId }, select: { email: true, name: true } }) : null;
  if (!user) throw new AppError('not_found', 'No user with that id.');
  let password = input.password;
  if (password !== undefined) {
    const problem = passwordProblem(password, user);
    if (problem) throw new AppError('bad_request', `password: ${problem}`, { fields: [{ path: 'password', message: problem }] });
  } else {
    // A generated password is random; the loop only guards against the astronomically unlikely weak draw.
    do password = generateTemporaryPassword();
    while (passwordProblem(password, user) !== null);
  }
  const passwordHash = await hashPassword(password);
  const at = new Date();
  return db().$transaction(async (tx) => {
    const updated = await tx.user.update({
      where: { id: userId },
      data: { passwordHash, passwordChangedAt: at, sessionVersion: { increment: 1 } },
      select: { id: true, email: true, name: true, role: true, disabledAt: true, createdAt: true },
    });
    const revokedTokens = await revokeUserTokens(tx, userId, at);
    const kind = input.password === undefined ? 'admin_generated' : 'admin_set';
    await tx.passwordChange.create({ data: { userId, actorId: actor.id, kind, createdAt: at } });
    log('info', 'Password reset by an admin', { userId, adminId: actor.id, kind, revokedTokens });
    const { disabledAt, createdAt, ...rest } = updated;
    return {
      user: { ...rest, disabled: disabledAt !== null, createdAt: createdAt.toISOString() },
      temporaryPassword: input.password === undefined ? password : null,
      revokedTokens,
    };
  });
}
