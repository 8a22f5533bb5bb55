import 'server-only';
// Email + password check behind the sign-in rate limit (rules in
// lib/security/sign-in-limits.ts, counts in lib/server/data/sign-in). A
// refusal carries a code from lib/security/sign-in-messages.ts, never prose:
// next-auth puts it in the sign-in page's URL, and the page shows its own
// sentence for it.
import { verifyAgainstDummy, verifyPassword } from '../../security/password-hash';
import type { SignInCode } from '../../security/sign-in-messages';
import { attemptSignIn, findSignInAccount, previewSignInAttempt } from '../data/sign-in/sign-in-records';
import type { Role } from '../../vocabulary';
import { UNKNOWN_ADDRESS } from '../http/client-address';

export type SignedInUser = { id: string; email: string; name: string; role: Role; sessionVersion: number };

export class SignInRefused extends Error {
  constructor(
    readonly code: SignInCode,
    /** For throttled / locked: how long until an attempt would be checked again. */
    readonly retryAfterMs?: number,
  ) {
    super(code);
    this.name = 'SignInRefused';
  }
}

export function normaliseEmail(email: unknown): string {
  return typeof email === 'string' ? email.trim().toLowerCase().slice(0, 320) : '';
}

/**
 * Checks `password` for the account with `email` from `ip`, counting the
 * attempt. Resolves with the account when the password is right (a disabled
 * account is refused after the check, so its refusal says nothing to a guesser).
 */
export async function checkPassword(input: { email: string; password: string; ip: string }) {
  const account = await findSignInAccount({ email: input.email });
  let valid = false;
  const outcome = await attemptSignIn({ email: input.email, ip: input.ip, addressKnown: input.ip !== UNKNOWN_ADDRESS, passwordChangedAt: account?.passwordChangedAt ?? null }, async () => {
    valid = account?.passwordHash ? await verifyPassword(input.password, account.passwordHash) : await verifyAgainstDummy(input.password);
    // A disabled account's right password counts as a failure too: the refusal below says nothing more to a guesser.
    return valid && account !== null && !account.disabled;
  });
  if (!outcome.allowed) throw new SignInRefused(outcome.code, outcome.retryAfterMs);
  if (!account || !valid) throw new SignInRefused('wrong_credentials');
  if (account.disabled) throw new SignInRefused('disabled');
  return account;
}

export async function authorizeCredentials(input: { email: unknown; password: unknown; ip: string }): Promise<SignedInUser> {
  const email = normaliseEmail(input.email);
  const password = typeof input.password === 'string' ? input.password.slice(0, 256) : '';
  if (!email || !password) throw new SignInRefused('missing');
  const account = await checkPassword({ email, password, ip: input.ip });
  return { id: account.id, email: account.email, name: account.name, role: account.role, sessionVersion: account.sessionVersion };
}

/** How long the person at `ip` must wait before an attempt for `email` is checked (0: not at all), read from the database. */
export async function signInWait(input: { email: unknown; ip: string }): Promise<{ code: 'throttled' | 'locked' | null; retryAfterSeconds: number }> {
  const email = normaliseEmail(input.email);
  if (!email) return { code: null, retryAfterSeconds: 0 };
  const account = await findSignInAccount({ email });
  const decision = await previewSignInAttempt({ email, ip: input.ip, addressKnown: input.ip !== UNKNOWN_ADDRESS, passwordChangedAt: account?.passwordChangedAt ?? null });
  return decision.allowed ? { code: null, retryAfterSeconds: 0 } : { code: decision.code, retryAfterSeconds: Math.ceil(decision.retryAfterMs / 1000) };
}
