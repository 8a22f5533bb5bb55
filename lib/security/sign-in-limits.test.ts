import { describe, expect, it } from 'vitest';
import {
  ACCOUNT_FAILURES_NEEDED,
  ADDRESS_FAILURES,
  BACKOFF_CAP_MS,
  PAIR_FAILURES,
  SIGN_IN_WINDOW_MS,
  type SignInHistory,
  backoffMs,
  countingSince,
  decideSignIn,
} from './sign-in-limits';

const now = new Date('2026-03-01T12:00:00Z');
const ago = (ms: number) => new Date(now.getTime() - ms);
/** `count` failure times, newest first, one `spacing` apart, the newest `newest` ago. */
const failures = (count: number, newest: number, spacing = 1_000) => Array.from({ length: count }, (_, index) => ago(newest + index * spacing));

const clean: SignInHistory = { addressKnown: true, pairFailures: [], accountFailures: [], addressFailures: [], knownAddress: false };

describe('the account-wide delay', () => {
  it('doubles from one second and stops at the cap', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 7, 50].map(backoffMs)).toEqual([0, 1_000, 2_000, 4_000, 8_000, 16_000, 32_000, 60_000, 60_000]);
    expect(backoffMs(ACCOUNT_FAILURES_NEEDED)).toBe(BACKOFF_CAP_MS);
    expect(backoffMs(ACCOUNT_FAILURES_NEEDED - 1)).toBeLessThan(BACKOFF_CAP_MS);
  });

  it('refuses an attempt inside the delay with the time left, and allows it after', () => {
    const history = { ...clean, accountFailures: failures(3, 1_500) };
    expect(decideSignIn(history, now)).toEqual({ allowed: false, code: 'throttled', retryAfterMs: 2_500 });
    expect(decideSignIn({ ...history, accountFailures: failures(3, 4_000) }, now)).toEqual({ allowed: true });
  });

  it('never holds the account for more than the cap after the latest failure', () => {
    expect(decideSignIn({ ...clean, accountFailures: failures(40, BACKOFF_CAP_MS - 1) }, now)).toMatchObject({ allowed: false, retryAfterMs: 1 });
    expect(decideSignIn({ ...clean, accountFailures: failures(40, BACKOFF_CAP_MS) }, now)).toEqual({ allowed: true });
  });

  it('applies from every address, except one the account signed in from before', () => {
    const history = { ...clean, accountFailures: failures(10, 5_000) };
    expect(decideSignIn(history, now)).toMatchObject({ allowed: false, code: 'throttled' });
    expect(decideSignIn({ ...history, knownAddress: true }, now)).toEqual({ allowed: true });
  });

  it('forgets failures older than the window', () => {
    expect(decideSignIn({ ...clean, accountFailures: failures(10, SIGN_IN_WINDOW_MS + 1) }, now)).toEqual({ allowed: true });
  });
});

describe('the per account and address lock', () => {
  it(`locks the pair at ${PAIR_FAILURES} failures until the oldest of them leaves the window`, () => {
    expect(decideSignIn({ ...clean, pairFailures: failures(PAIR_FAILURES - 1, 120_000) }, now)).toEqual({ allowed: true });
    const locked = decideSignIn({ ...clean, pairFailures: failures(PAIR_FAILURES, 120_000, 60_000) }, now);
    expect(locked).toEqual({ allowed: false, code: 'locked', retryAfterMs: SIGN_IN_WINDOW_MS - 120_000 - (PAIR_FAILURES - 1) * 60_000 });
  });

  it('holds even at an address the account knows', () => {
    expect(decideSignIn({ ...clean, knownAddress: true, pairFailures: failures(PAIR_FAILURES, 120_000) }, now)).toMatchObject({ allowed: false, code: 'locked' });
  });

  it('lifts once the failures leave the window', () => {
    expect(decideSignIn({ ...clean, pairFailures: failures(PAIR_FAILURES, SIGN_IN_WINDOW_MS) }, now)).toEqual({ allowed: true });
  });
});

describe('the per address lock', () => {
  it(`locks an address after ${ADDRESS_FAILURES} failures for any accounts`, () => {
    expect(decideSignIn({ ...clean, addressFailures: failures(ADDRESS_FAILURES - 1, 120_000) }, now)).toEqual({ allowed: true });
    expect(decideSignIn({ ...clean, knownAddress: true, addressFailures: failures(ADDRESS_FAILURES, 120_000) }, now)).toMatchObject({ allowed: false, code: 'locked' });
  });
});

describe('an unknown address', () => {
  it('is never locked as a bucket (every client would share it); the account-wide delay still applies', () => {
    const history = { ...clean, addressKnown: false, pairFailures: failures(PAIR_FAILURES, 120_000), addressFailures: failures(ADDRESS_FAILURES, 120_000) };
    expect(decideSignIn(history, now)).toEqual({ allowed: true });
    expect(decideSignIn({ ...history, accountFailures: failures(2, 500) }, now)).toMatchObject({ allowed: false, code: 'throttled' });
    expect(decideSignIn({ ...history, knownAddress: true, accountFailures: failures(2, 500) }, now)).toMatchObject({ allowed: false, code: 'throttled' });
  });
});

describe('countingSince', () => {
  it('is the window start, or a later password change', () => {
    expect(countingSince(now, null)).toEqual(ago(SIGN_IN_WINDOW_MS));
    expect(countingSince(now, ago(60_000))).toEqual(ago(60_000));
    expect(countingSince(now, ago(SIGN_IN_WINDOW_MS * 2))).toEqual(ago(SIGN_IN_WINDOW_MS));
  });
});
