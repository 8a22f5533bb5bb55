// What the sign-in page may say. next-auth hands a refusal to the page as
// `?error=<text>` in the URL, and anyone can write a URL, so the page shows only
// its own sentences (the auth.refusal catalogue), chosen by a code: the credentials check throws one of
// SIGN_IN_CODES, next-auth's own codes are mapped onto them, and anything else
// gets the generic sentence. Numbers in a message (how long to wait) come
// from the server's own reading of the database, never from the URL.

export const SIGN_IN_CODES = ['wrong_credentials', 'throttled', 'locked', 'disabled', 'unavailable', 'missing', 'no_account', 'sso_failed'] as const;

export type SignInCode = (typeof SIGN_IN_CODES)[number];

/** The refusals that ask the person to wait (the wait is computed from the database). */
export type WaitCode = Extract<SignInCode, 'throttled' | 'locked'>;

/** next-auth's own error codes (https://next-auth.js.org/configuration/pages#sign-in-page), as ours. */
const NEXT_AUTH_CODES: Record<string, SignInCode> = {
  CredentialsSignin: 'wrong_credentials',
  OAuthSignin: 'sso_failed',
  OAuthCallback: 'sso_failed',
  OAuthCreateAccount: 'sso_failed',
  OAuthAccountNotLinked: 'sso_failed',
  Callback: 'sso_failed',
  AccessDenied: 'no_account',
};

/** The code a `?error=` value stands for, or null for anything this app did not send. */
export function signInCode(raw: unknown): SignInCode | null {
  if (typeof raw !== 'string') return null;
  if ((SIGN_IN_CODES as readonly string[]).includes(raw)) return raw as SignInCode;
  return Object.hasOwn(NEXT_AUTH_CODES, raw) ? NEXT_AUTH_CODES[raw]! : null;
}

/** How long the page tells a refused person to wait: a number of seconds or minutes, or "a few minutes" when not known. */
export type SignInWait = { unit: 'second' | 'minute'; count: number } | { unit: 'unknown' };

/** What the page says about a refusal: the code (`generic` for anything this app did not send) and, for a wait code, the wait. */
export type SignInRefusal = { code: Exclude<SignInCode, WaitCode> | 'generic' } | { code: WaitCode; wait: SignInWait };

/**
 * The refusal to word (the interface words it from the `auth.refusal`
 * catalogue). `waitSeconds` is the server's figure for a wait code
 * (undefined when it is not known, e.g. on a page opened from a link).
 */
export function signInRefusal(raw: unknown, waitSeconds?: number): SignInRefusal {
  const code = signInCode(raw);
  if (code === null) return { code: 'generic' };
  if (code !== 'throttled' && code !== 'locked') return { code };
  return { code, wait: waitSeconds !== undefined && Number.isFinite(waitSeconds) && waitSeconds > 0 ? signInWait(Math.ceil(waitSeconds)) : { unit: 'unknown' } };
}

function signInWait(seconds: number): SignInWait {
  return seconds < 60 ? { unit: 'second', count: seconds } : { unit: 'minute', count: Math.ceil(seconds / 60) };
}
