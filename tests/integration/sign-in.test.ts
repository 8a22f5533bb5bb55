// Email + password sign-in against real rows: argon2id verification, the
// rate-limit rules (lib/security/sign-in-limits.ts) counted in PostgreSQL, the
// client address taken from the peer header (never X-Forwarded-For unless
// proxies are trusted), refusals as codes, and disabled accounts.
// Time is moved by ageing the stored attempts, never by sleeping, so every
// expectation is exact.
import { randomBytes } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SignInRefused, authorizeCredentials, signInWait } from '@/lib/server/auth/authorize-credentials';
import { authOptions } from '@/lib/server/auth/auth-options';
import { createUser } from '@/lib/server/data/users/create-user';
import { authorize } from '@/lib/server/guards';
import { PEER_HEADER, PEER_SERVER_MARK, UNKNOWN_ADDRESS } from '@/lib/server/http/client-address';
import { ADDRESS_FAILURES, BACKOFF_CAP_MS, PAIR_FAILURES, SIGN_IN_WINDOW_MS } from '@/lib/security/sign-in-limits';
import { DEMO_PASSWORD, withSeededDatabase } from '../support/seeded-database';

const database = withSeededDatabase();

type Outcome = 'ok' | SignInRefused['code'];

async function attempt(email: string, password: string, ip: string): Promise<Outcome> {
  try {
    await authorizeCredentials({ email, password, ip });
    return 'ok';
  } catch (error) {
    if (error instanceof SignInRefused) return error.code;
    throw error;
  }
}

/** A new account of its own for each test, so no test's attempts count in another's. */
async function freshAccount(): Promise<{ email: string; password: string }> {
  const email = `signin-${randomBytes(4).toString('hex')}@example.org`;
  const password = `Tahini-${randomBytes(6).toString('base64url')}-lantern`;
  await createUser(authorize(database.actors.admin, 'users:manage'), { email, name: 'Sign-in Tester', role: 'reviewer', password });
  return { email, password };
}

/** Moves every stored attempt for `email` `ms` into the past (as if that much time had gone by). */
async function age(email: string, ms: number): Promise<void> {
  await database.query(`UPDATE "SignInAttempt" SET "createdAt" = "createdAt" - make_interval(secs => $2::float8 / 1000) WHERE email = $1`, [email, ms]);
}

async function attemptsOf(email: string): Promise<{ ip: string; succeeded: boolean }[]> {
  return database.query(`SELECT ip, succeeded FROM "SignInAttempt" WHERE email = $1 ORDER BY id`, [email]);
}

/** Fails `count` times for `email` from `ip`, each after the account-wide delay of the ones before has passed. */
async function failSpaced(email: string, ip: string, count: number): Promise<void> {
  for (let index = 0; index < count; index += 1) {
    expect(await attempt(email, 'not-the-password', ip)).toBe('wrong_credentials');
    await age(email, BACKOFF_CAP_MS);
  }
}

describe('checking the password', () => {
  it('signs in a demo account with the seeded password, whatever the email case', async () => {
    const user = await authorizeCredentials({ email: ' Editor@Example.org ', password: DEMO_PASSWORD, ip: '198.51.100.1' });
    expect(user).toMatchObject({ email: 'editor@example.org', role: 'editor', sessionVersion: 1 });
    const hashes = await database.query<{ passwordHash: string }>(`SELECT "passwordHash" FROM "User" WHERE email = 'editor@example.org'`);
    expect(hashes[0]!.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
  });

  it('gives the same code for a wrong password and an unknown email, and records both', async () => {
    const { email } = await freshAccount();
    expect(await attempt(email, 'not-the-password', '198.51.100.2')).toBe('wrong_credentials');
    expect(await attempt('nobody@example.org', 'whatever-password', '198.51.100.2')).toBe('wrong_credentials');
    expect(await attemptsOf(email)).toEqual([{ ip: '198.51.100.2', succeeded: false }]);
    expect(await attemptsOf('nobody@example.org')).toEqual([{ ip: '198.51.100.2', succeeded: false }]);
  });

  it('refuses empty or non-string input without touching the database', async () => {
    const before = await database.query(`SELECT count(*)::int AS n FROM "SignInAttempt"`);
    await expect(authorizeCredentials({ email: ['a'], password: { $ne: 1 }, ip: '198.51.100.3' })).rejects.toMatchObject({ code: 'missing' });
    expect(await database.query(`SELECT count(*)::int AS n FROM "SignInAttempt"`)).toEqual(before);
  });

  it('refuses a disabled account after the password check', async () => {
    const { email, password } = await freshAccount();
    await database.query(`UPDATE "User" SET "disabledAt" = now() WHERE email = $1`, [email]);
    expect(await attempt(email, password, '198.51.100.4')).toBe('disabled');
    expect(await attemptsOf(email)).toEqual([{ ip: '198.51.100.4', succeeded: false }]);
  });
});

describe('the account-wide delay', () => {
  it('makes the next attempt from any address wait, unchecked and unrecorded, and lets the right password in after it', async () => {
    const { email, password } = await freshAccount();
    expect(await attempt(email, 'not-the-password', '203.0.113.1')).toBe('wrong_credentials');
    // Even the right password, from another address, is refused without being checked.
    expect(await attempt(email, password, '203.0.113.2')).toBe('throttled');
    expect(await attemptsOf(email)).toHaveLength(1);
    expect((await signInWait({ email, ip: '203.0.113.2' })).retryAfterSeconds).toBe(1);
    await age(email, 1_000);
    expect(await attempt(email, password, '203.0.113.2')).toBe('ok');
    expect(await attemptsOf(email)).toEqual([
      { ip: '203.0.113.1', succeeded: false },
      { ip: '203.0.113.2', succeeded: true },
    ]);
  });

  it('doubles with each failure in a row, up to a minute', async () => {
    const { email } = await freshAccount();
    const waits: number[] = [];
    for (let failure = 1; failure <= 8; failure += 1) {
      // Each from a new address, as a distributed guesser would.
      expect(await attempt(email, `guess-${failure}`, `203.0.113.${10 + failure}`)).toBe('wrong_credentials');
      const wait = await signInWait({ email, ip: '203.0.113.99' });
      expect(wait.code).toBe('throttled');
      waits.push(wait.retryAfterSeconds);
      await age(email, wait.retryAfterSeconds * 1000);
    }
    expect(waits).toEqual([1, 2, 4, 8, 16, 32, 60, 60]);
  });

  it('starts again after a successful sign-in', async () => {
    const { email, password } = await freshAccount();
    await failSpaced(email, '203.0.113.20', 3);
    expect(await attempt(email, password, '203.0.113.21')).toBe('ok');
    expect(await attempt(email, 'not-the-password', '203.0.113.20')).toBe('wrong_credentials');
    expect(await signInWait({ email, ip: '203.0.113.22' })).toEqual({ code: 'throttled', retryAfterSeconds: 1 });
  });

  it('does not hold the owner at an address they signed in from before, however often a stranger fails', async () => {
    const { email, password } = await freshAccount();
    expect(await attempt(email, password, '198.51.100.50')).toBe('ok');
    await failSpaced(email, '203.0.113.30', 3);
    expect(await attempt(email, 'not-the-password', '203.0.113.31')).toBe('wrong_credentials');
    expect(await attempt(email, password, '203.0.113.32')).toBe('throttled');
    expect(await attempt(email, password, '198.51.100.50')).toBe('ok');
  });

  it('counts parallel attempts one after another: of twenty sent at once, one is checked', async () => {
    const { email } = await freshAccount();
    // Six failures in a row already: the next one makes every attempt after it wait a full minute.
    for (let index = 0; index < 6; index += 1) await failSpaced(email, `203.0.113.${100 + index}`, 1);
    const outcomes = await Promise.all(Array.from({ length: 20 }, (_, index) => attempt(email, `parallel-${index}`, `203.0.113.${40 + index}`)));
    expect(outcomes.filter((outcome) => outcome === 'wrong_credentials')).toHaveLength(1);
    expect(outcomes.filter((outcome) => outcome === 'throttled')).toHaveLength(19);
    expect(await attemptsOf(email)).toHaveLength(7);
  });

  it('lets the owner sign in from two places at the same moment: the second waits for the first and sees its success', async () => {
    const { email, password } = await freshAccount();
    const outcomes = await Promise.all([attempt(email, password, '198.51.100.70'), attempt(email, password, '198.51.100.71'), attempt(email, password, '198.51.100.70')]);
    expect(outcomes).toEqual(['ok', 'ok', 'ok']);
    expect((await attemptsOf(email)).map((row) => row.succeeded)).toEqual([true, true, true]);
  });
});

describe('the per account and address lock', () => {
  it(`locks one address out of one account after ${PAIR_FAILURES} failures, and nobody else`, async () => {
    const { email, password } = await freshAccount();
    const other = await freshAccount();
    await failSpaced(email, '203.0.113.60', PAIR_FAILURES);
    expect(await attempt(email, password, '203.0.113.60')).toBe('locked');
    const wait = await signInWait({ email, ip: '203.0.113.60' });
    expect(wait.code).toBe('locked');
    // The oldest failure is PAIR_FAILURES minutes old (each was aged a minute) plus the seconds the checks took:
    // it leaves the window that much sooner.
    expect(wait.retryAfterSeconds).toBeLessThanOrEqual((SIGN_IN_WINDOW_MS - PAIR_FAILURES * BACKOFF_CAP_MS) / 1000);
    expect(wait.retryAfterSeconds).toBeGreaterThan((SIGN_IN_WINDOW_MS - PAIR_FAILURES * BACKOFF_CAP_MS) / 1000 - 30);
    // The owner elsewhere, and other accounts from the locked address, are not affected.
    expect(await attempt(email, password, '198.51.100.60')).toBe('ok');
    expect(await attempt(other.email, other.password, '203.0.113.60')).toBe('ok');
    // The lock ends when the oldest failure leaves the window.
    await age(email, wait.retryAfterSeconds * 1000);
    expect(await attempt(email, password, '203.0.113.60')).toBe('ok');
  });

  it('starts again after a successful sign-in from that address', async () => {
    const { email, password } = await freshAccount();
    await failSpaced(email, '203.0.113.61', PAIR_FAILURES - 1);
    expect(await attempt(email, password, '203.0.113.61')).toBe('ok');
    await failSpaced(email, '203.0.113.61', PAIR_FAILURES - 1);
    expect(await attempt(email, password, '203.0.113.61')).toBe('ok');
  });

  it('forgets the failures before a password change', async () => {
    const { email, password } = await freshAccount();
    await failSpaced(email, '203.0.113.62', PAIR_FAILURES);
    expect(await attempt(email, password, '203.0.113.62')).toBe('locked');
    await database.query(`UPDATE "User" SET "passwordChangedAt" = now() AT TIME ZONE 'UTC' WHERE email = $1`, [email]);
    expect(await attempt(email, password, '203.0.113.62')).toBe('ok');
  });
});

describe('the per address lock', () => {
  it(`locks an address after ${ADDRESS_FAILURES} failures across accounts, for every account`, async () => {
    const ip = '203.0.113.70';
    // The earlier failures, as rows (what many sign-in attempts for made-up accounts leave behind).
    await database.query(
      `INSERT INTO "SignInAttempt" (email, ip, succeeded, "createdAt") SELECT 'spray-' || n || '@example.org', $1, false, now() AT TIME ZONE 'UTC' - interval '1 minute' FROM generate_series(1, $2::int) n`,
      [ip, ADDRESS_FAILURES - 1],
    );
    const { email, password } = await freshAccount();
    expect(await attempt('spray-last@example.org', 'not-the-password', ip)).toBe('wrong_credentials');
    expect(await attempt(email, password, ip)).toBe('locked');
    expect(await attempt(email, password, '203.0.113.71')).toBe('ok');
  });
});

describe('an unknown client address', () => {
  it('puts nobody in a shared bucket: no lock by address, the account-wide delay still holds', async () => {
    const { email, password } = await freshAccount();
    await failSpaced(email, UNKNOWN_ADDRESS, PAIR_FAILURES + 1);
    expect(await attempt(email, 'not-the-password', UNKNOWN_ADDRESS)).toBe('wrong_credentials');
    expect(await attempt(email, password, UNKNOWN_ADDRESS)).toBe('throttled');
    await age(email, BACKOFF_CAP_MS);
    expect(await attempt(email, password, UNKNOWN_ADDRESS)).toBe('ok');
  });
});

describe('through next-auth, with the address from the peer header', () => {
  const marks = globalThis as Record<symbol, unknown>;
  beforeEach(() => {
    marks[PEER_SERVER_MARK] = true;
  });
  afterEach(() => {
    delete marks[PEER_SERVER_MARK];
  });

  const provider = authOptions.providers.find((candidate) => candidate.id === 'credentials') as unknown as {
    options: { authorize: (credentials: Record<string, string>, request: { headers: Record<string, string> }) => Promise<unknown> };
  };
  async function viaNextAuth(credentials: { email: string; password: string }, headers: Record<string, string>): Promise<string> {
    try {
      await provider.options.authorize(credentials, { headers });
      return 'ok';
    } catch (error) {
      return (error as Error).message;
    }
  }

  it('throws codes only, and a forged X-Forwarded-For neither escapes the peer\'s lock nor joins another bucket', async () => {
    const { email, password } = await freshAccount();
    for (let index = 0; index < PAIR_FAILURES; index += 1) {
      const headers = { [PEER_HEADER]: '127.0.0.2', 'x-forwarded-for': `198.51.100.${index + 1}` };
      expect(await viaNextAuth({ email, password: 'not-the-password' }, headers)).toBe('wrong_credentials');
      await age(email, BACKOFF_CAP_MS);
    }
    expect(new Set((await attemptsOf(email)).map((row) => row.ip))).toEqual(new Set(['127.0.0.2']));
    expect(await viaNextAuth({ email, password }, { [PEER_HEADER]: '127.0.0.2', 'x-forwarded-for': '198.51.100.200' })).toBe('locked');
    expect(await viaNextAuth({ email, password }, { [PEER_HEADER]: '127.0.0.2' })).toBe('locked');
    // Another peer, with or without a forwarded header, is its own bucket.
    expect(await viaNextAuth({ email, password }, { [PEER_HEADER]: '127.0.0.3' })).toBe('ok');
  });

  it('answers "missing" for an empty form', async () => {
    expect(await viaNextAuth({ email: '', password: '' }, { [PEER_HEADER]: '127.0.0.4' })).toBe('missing');
  });
});
