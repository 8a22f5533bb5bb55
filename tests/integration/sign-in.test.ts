// Email + password sign-in against real rows: argon2id verification, the
// failure rate limit shared through PostgreSQL, and disabled accounts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_FAILURES_PER_ACCOUNT, WRONG_CREDENTIALS, authorizeCredentials } from '@/lib/server/auth/authorize-credentials';
import { DEMO_PASSWORD, type SeededDatabase, setUpSeededDatabase } from '../support/seeded-database';

let database: SeededDatabase;
beforeAll(async () => {
  database = await setUpSeededDatabase();
});
afterAll(async () => database?.teardown());

describe('authorizeCredentials', () => {
  it('signs in a demo account with the seeded password, whatever the email case', async () => {
    const user = await authorizeCredentials({ email: ' Editor@Example.org ', password: DEMO_PASSWORD, ip: '198.51.100.1' });
    expect(user).toMatchObject({ email: 'editor@example.org', role: 'editor', sessionVersion: 1 });
    const hashes = await database.query<{ passwordHash: string }>(`SELECT "passwordHash" FROM "User" WHERE email = 'editor@example.org'`);
    expect(hashes[0]!.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
  });

  it('gives the same message for a wrong password and an unknown email', async () => {
    await expect(authorizeCredentials({ email: 'reviewer3@example.org', password: 'not-the-password', ip: '198.51.100.2' })).rejects.toThrow(WRONG_CREDENTIALS);
    await expect(authorizeCredentials({ email: 'nobody@example.org', password: 'whatever-password', ip: '198.51.100.2' })).rejects.toThrow(WRONG_CREDENTIALS);
  });

  it('refuses empty or non-string input without touching the database', async () => {
    const before = await database.query(`SELECT count(*)::int AS n FROM "SignInAttempt"`);
    await expect(authorizeCredentials({ email: ['a'], password: { $ne: 1 }, ip: '198.51.100.3' })).rejects.toThrow(/Enter your email/);
    expect(await database.query(`SELECT count(*)::int AS n FROM "SignInAttempt"`)).toEqual(before);
  });

  it(`locks an account after ${MAX_FAILURES_PER_ACCOUNT} failures, even for the right password`, async () => {
    for (let attempt = 0; attempt < MAX_FAILURES_PER_ACCOUNT; attempt++) {
      await expect(authorizeCredentials({ email: 'reviewer2@example.org', password: `wrong-${attempt}`, ip: '203.0.113.9' })).rejects.toThrow(WRONG_CREDENTIALS);
    }
    await expect(authorizeCredentials({ email: 'reviewer2@example.org', password: DEMO_PASSWORD, ip: '203.0.113.10' })).rejects.toThrow(
      /Too many failed sign-in attempts\. Try again in 15 minutes/,
    );
    // Other accounts are unaffected.
    await expect(authorizeCredentials({ email: 'reviewer1@example.org', password: DEMO_PASSWORD, ip: '203.0.113.9' })).resolves.toMatchObject({ role: 'reviewer' });
  });

  it('unlocks once the failures are older than the window', async () => {
    await database.query(`UPDATE "SignInAttempt" SET "createdAt" = now() - interval '16 minutes' WHERE email = 'reviewer2@example.org'`);
    await expect(authorizeCredentials({ email: 'reviewer2@example.org', password: DEMO_PASSWORD, ip: '203.0.113.10' })).resolves.toMatchObject({ role: 'reviewer' });
  });

  it('refuses a disabled account', async () => {
    await database.query(`UPDATE "User" SET "disabledAt" = now() WHERE email = 'reviewer3@example.org'`);
    await expect(authorizeCredentials({ email: 'reviewer3@example.org', password: DEMO_PASSWORD, ip: '198.51.100.4' })).rejects.toThrow(/disabled/);
  });
});
