// What the sign-in page may say. next-auth hands a refusal to the page as
// `?error=<text>` in the URL, and anyone can write a URL, so the page shows only
// its own sentences, chosen by a code: the credentials check throws one of
// SIGN_IN_CODES, next-auth's own codes are mapped onto them, and anything else
// gets the generic sentence. Numbers in a message (how long to wait) come
// from the server's own reading of the database, never from the URL.

export const SIGN_IN_CODES = ['wrong_credentials', 'throttled', 'locked', 'disabled', 'unavailable', 'missing', 'no_account', 'sso_failed'] as const;

export type SignInCode = (typeof SIGN_IN_CODES)[number];

/** The refusals that ask the person to wait (the wait is computed from the database). */
export type WaitCode = Extract<SignInCode, 'throttled' | 'locked'>;

export const GENERIC_SIGN_IN_MESSAGE = 'Sign-in did not work. Check your email and password and try again.';

const HELP = 'Forgot your password? Ask an admin to reset it. Think someone else is trying it? Once signed in, change it on your Account page.';

const MESSAGES: Record<Exclude<SignInCode, WaitCode>, string> = {
  wrong_credentials: 'Wrong email or password.',
  disabled: 'This account is disabled. Ask an admin.',
  unavailable: 'Sign-in is unavailable right now. Try again in a minute.',
  missing: 'Enter your email and password.',
  no_account: 'No Corroborate account uses that email. Ask an admin to create one.',
  sso_failed: 'Single sign-on did not complete. Try again, or sign in with your email and password.',
};

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

function duration(seconds: number): string {
  if (seconds < 60) return `${seconds} second${seconds === 1 ? '' : 's'}`;
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} minute${minutes === 1 ? '' : 's'}`;
}

/**
 * The sentence for a refusal. `waitSeconds` is the server's figure for a wait
 * code (undefined when it is not known, e.g. on a page opened from a link).
 */
export function signInMessage(raw: unknown, waitSeconds?: number): string {
  const code = signInCode(raw);
  if (code === null) return GENERIC_SIGN_IN_MESSAGE;
  const wait = waitSeconds !== undefined && Number.isFinite(waitSeconds) && waitSeconds > 0 ? `in ${duration(Math.ceil(waitSeconds))}` : 'in a few minutes';
  if (code === 'throttled') return `Too many failed sign-in attempts for this account. Try again ${wait}. ${HELP}`;
  if (code === 'locked') return `Too many failed sign-in attempts from your network. Try again ${wait}, or from another network. ${HELP}`;
  return MESSAGES[code];
}
