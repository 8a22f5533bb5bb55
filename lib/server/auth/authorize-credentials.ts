import 'server-only';
// Email + password check with a rate limit on failures, per account and per
// client address. Messages are what the sign-in page shows verbatim.
import { verifyAgainstDummy, verifyPassword } from '../../security/password-hash';
import { countRecentFailures, findSignInAccount, recordSignInAttempt } from '../data/sign-in/sign-in-records';

export const SIGN_IN_WINDOW_MINUTES = 15;
export const MAX_FAILURES_PER_ACCOUNT = 5;
export const MAX_FAILURES_PER_ADDRESS = 50;

export const WRONG_CREDENTIALS = 'Wrong email or password.';

export type SignedInUser = { id: string; email: string; name: string; role: 'reviewer' | 'editor' | 'admin'; sessionVersion: number };

export class SignInRefused extends Error {}

export async function authorizeCredentials(input: { email: unknown; password: unknown; ip: string }): Promise<SignedInUser> {
  const email = typeof input.email === 'string' ? input.email.trim().toLowerCase().slice(0, 320) : '';
  const password = typeof input.password === 'string' ? input.password.slice(0, 256) : '';
  if (!email || !password) throw new SignInRefused('Enter your email and password.');

  const windowStart = new Date(Date.now() - SIGN_IN_WINDOW_MINUTES * 60_000);
  const failures = await countRecentFailures(windowStart, { email, ip: input.ip });
  if (failures.byEmail >= MAX_FAILURES_PER_ACCOUNT || failures.byIp >= MAX_FAILURES_PER_ADDRESS) {
    const unlocksAt = (failures.oldestByEmail?.getTime() ?? Date.now()) + SIGN_IN_WINDOW_MINUTES * 60_000;
    const minutes = Math.max(1, Math.ceil((unlocksAt - Date.now()) / 60_000));
    throw new SignInRefused(`Too many failed sign-in attempts. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}, or ask an admin to reset your password.`);
  }

  const account = await findSignInAccount(email);
  const valid = account?.passwordHash ? await verifyPassword(password, account.passwordHash) : await verifyAgainstDummy(password);
  await recordSignInAttempt({ email, ip: input.ip, succeeded: valid && !account?.disabled });
  if (!account || !valid) throw new SignInRefused(WRONG_CREDENTIALS);
  if (account.disabled) throw new SignInRefused('This account is disabled. Ask an admin.');
  return { id: account.id, email: account.email, name: account.name, role: account.role, sessionVersion: account.sessionVersion };
}
