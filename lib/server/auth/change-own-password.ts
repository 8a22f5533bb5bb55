import 'server-only';
// The signed-in person changing their own password: the current password is
// checked behind the same rate limit as sign-in (a wrong one counts as a
// failed sign-in, so a borrowed session cannot be used to guess it faster),
// the new one is held to the policy, and then it is stored.
import { AppError } from '../../errors';
import { hashPassword } from '../../security/password-hash';
import { passwordProblem } from '../../security/password-policy';
import type { TChangePassword } from '../../validation/users';
import { setOwnPassword } from '../data/users/set-own-password';
import type { Authorized } from '../guards';
import { SignInRefused, checkPassword } from './authorize-credentials';

function newPasswordRefused(problem: string): AppError {
  return new AppError('bad_request', `newPassword: ${problem}`, { fields: [{ path: 'newPassword', message: problem }] });
}

export async function changeOwnPassword(actor: Authorized<'account:password'>, input: TChangePassword, ip: string): Promise<{ sessionVersion: number }> {
  try {
    const account = await checkPassword({ email: actor.email, password: input.currentPassword, ip });
    if (account.id !== actor.id) throw new AppError('forbidden', 'Your current password is not correct.');
  } catch (error) {
    if (!(error instanceof SignInRefused)) throw error;
    if (error.code === 'throttled' || error.code === 'locked') {
      const seconds = Math.max(1, Math.ceil((error.retryAfterMs ?? 0) / 1000));
      throw new AppError('rate_limited', `Too many wrong passwords for this account. Try again in ${seconds} second${seconds === 1 ? '' : 's'}.`, { retryAfterSeconds: seconds });
    }
    throw new AppError('forbidden', 'Your current password is not correct.');
  }
  const problem = passwordProblem(input.newPassword, { email: actor.email, name: actor.name });
  if (problem) throw newPasswordRefused(problem);
  if (input.newPassword === input.currentPassword) throw newPasswordRefused('The new password must be different from the current one');
  return setOwnPassword(actor, await hashPassword(input.newPassword));
}
