// The sign-in rate limit's rules, as one pure decision over the recent
// attempts the data layer reads (lib/server/data/sign-in). Three rules, so
// that guessing stays slow without letting a stranger lock the owner out:
//
// 1. Per account and address: PAIR_FAILURES failures for one account from one
//    address within the window lock that pair only (until the oldest of them
//    leaves the window). The owner elsewhere is not affected.
// 2. Per account, across addresses: after n failures in a row (since the last
//    success, within the window) every further attempt for the account waits
//    min(BACKOFF_CAP, BACKOFF_BASE · 2^(n−1)) after the latest failure, and is
//    refused unchecked before then. Spread over any number of addresses,
//    guessing runs at about one password a minute; the owner waits at most a
//    minute. An address the account signed in from successfully within
//    KNOWN_ADDRESS_DAYS skips this rule (rule 1 still holds there), so a
//    stranger who keeps failing cannot keep the owner out from where they
//    usually sign in.
// 3. Per address, across accounts: ADDRESS_FAILURES failures from one address
//    within the window lock that address (password spraying).
//
// A password change or reset forgets the failures before it. When the
// client's address is unknown (the app not served by scripts/server.ts),
// rules 1 and 3 are skipped: they would put every client in one bucket.

export const SIGN_IN_WINDOW_MS = 15 * 60_000;
export const PAIR_FAILURES = 5;
export const ADDRESS_FAILURES = 50;
export const BACKOFF_BASE_MS = 1_000;
export const BACKOFF_CAP_MS = 60_000;
export const KNOWN_ADDRESS_DAYS = 30;

/** Failures in a row after which the delay is at its cap; reading more rows than this changes nothing. */
export const ACCOUNT_FAILURES_NEEDED = Math.ceil(Math.log2(BACKOFF_CAP_MS / BACKOFF_BASE_MS)) + 1;

/** The recent attempts a decision needs, newest first, each list already cut at its limit by the query. */
export type SignInHistory = {
  /** Whether the client's address is known (false: the app cannot tell clients apart). */
  addressKnown: boolean;
  /** Failures for this account from this address since the window start, the last success there and the last password change. */
  pairFailures: Date[];
  /** Failures for this account from anywhere since the window start, its last success and the last password change. */
  accountFailures: Date[];
  /** Failures from this address for any account since the window start. */
  addressFailures: Date[];
  /** The account signed in from this address within KNOWN_ADDRESS_DAYS, after its last password change. */
  knownAddress: boolean;
};

export type SignInDecision = { allowed: true } | { allowed: false; code: 'locked' | 'throttled'; retryAfterMs: number };

/** The delay the account-wide rule imposes after `failures` failures in a row. */
export function backoffMs(failures: number): number {
  if (failures <= 0) return 0;
  return Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** Math.min(failures - 1, 30));
}

/** The earliest time the history counts from: the window start or the last password change, whichever is later. */
export function countingSince(now: Date, passwordChangedAt: Date | null): Date {
  const windowStart = now.getTime() - SIGN_IN_WINDOW_MS;
  return new Date(Math.max(windowStart, passwordChangedAt?.getTime() ?? 0));
}

function inWindow(times: Date[], now: Date): Date[] {
  return times.filter((time) => time.getTime() > now.getTime() - SIGN_IN_WINDOW_MS);
}

/** Until when `limit` failures (newest first) keep the lock: the limit-th newest leaves the window then. */
function lockedFor(failures: Date[], limit: number, now: Date): number {
  const recent = inWindow(failures, now);
  if (recent.length < limit) return 0;
  return recent[limit - 1]!.getTime() + SIGN_IN_WINDOW_MS - now.getTime();
}

export function decideSignIn(history: SignInHistory, now: Date): SignInDecision {
  if (history.addressKnown) {
    const lock = Math.max(lockedFor(history.pairFailures, PAIR_FAILURES, now), lockedFor(history.addressFailures, ADDRESS_FAILURES, now));
    if (lock > 0) return { allowed: false, code: 'locked', retryAfterMs: lock };
    if (history.knownAddress) return { allowed: true };
  }
  const streak = inWindow(history.accountFailures, now);
  const latest = streak[0];
  if (latest) {
    const wait = latest.getTime() + backoffMs(streak.length) - now.getTime();
    if (wait > 0) return { allowed: false, code: 'throttled', retryAfterMs: wait };
  }
  return { allowed: true };
}
