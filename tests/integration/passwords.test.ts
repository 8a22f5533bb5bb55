// Passwords changed by their owner (POST /api/me/password) and reset by an
// admin (POST /api/users/<id>/password), through the real route handlers: who
// may, the policy's refusals (a 4xx that changes nothing), which sessions and
// tokens end, what is recorded; and the bootstrap admin held to the same policy.
import { randomBytes } from 'node:crypto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Actor } from '@/lib/server/actor';
import { SignInRefused, authorizeCredentials } from '@/lib/server/auth/authorize-credentials';
import { createApiToken } from '@/lib/server/data/tokens/create-api-token';
import { createUser } from '@/lib/server/data/users/create-user';
import { findSessionUser } from '@/lib/server/data/users/find-session-user';
import { authorize } from '@/lib/server/guards';
import { PAIR_FAILURES } from '@/lib/security/sign-in-limits';
import { seedDatabase } from '@/prisma/seed';
import { type Answer, type Json, routeClient } from '../support/route-client';
import { routes } from '../support/routes';
import { withSeededDatabase } from '../support/seeded-database';
import { createTestDatabase } from '../support/test-database';

vi.mock('@/lib/server/auth/cookie-session', () => import('../support/session'));
const session = vi.hoisted(() => ({ reissued: [] as number[] }));
// Re-issuing the cookie needs Next.js's request scope; here it is enough to see that it was asked for.
vi.mock('@/lib/server/auth/reissue-session', () => ({
  reissueSession: async (_request: Request, sessionVersion: number) => {
    session.reissued.push(sessionVersion);
    return true;
  },
}));


const database = withSeededDatabase();
const { hit } = routeClient(database);
beforeEach(() => {
  session.reissued = [];
});

type Person = Actor & { password: string };

async function freshPerson(name = 'Pat Example'): Promise<Person> {
  const email = `pw-${randomBytes(4).toString('hex')}@example.org`;
  const password = `Tahini-${randomBytes(6).toString('base64url')}-lantern`;
  const user = await createUser(authorize(database.actors.admin, 'users:manage'), { email, name, role: 'reviewer', password });
  return { id: user.id, email, name, role: 'reviewer', projects: new Map(), password };
}

async function canSignIn(email: string, password: string, ip = '198.51.100.200'): Promise<true | string> {
  try {
    await authorizeCredentials({ email, password, ip });
    return true;
  } catch (error) {
    if (error instanceof SignInRefused) return error.code;
    throw error;
  }
}

const changeOwn = (person: Actor | null, body: unknown): Promise<Answer> => hit(person, routes.mePassword.POST, { method: 'POST', path: '/api/me/password', body });

const reset = (as: Actor | null, userId: string, body?: unknown): Promise<Answer> => hit(as, routes.userPassword.POST, { method: 'POST', path: `/api/users/${userId}/password`, params: { id: userId }, body });

/** Every table but the sign-in log, which a refused password check is meant to write to. */
async function snapshot(): Promise<Record<string, string>> {
  return database.snapshot();
}

describe('changing your own password', () => {
  it('refuses a wrong current password with 403, counts it as a failed sign-in and changes nothing', async () => {
    const person = await freshPerson();
    const before = await snapshot();
    const answer = await changeOwn(person, { currentPassword: 'not-my-password', newPassword: 'Orbit-tahini-93-lantern' });
    expect(answer.status).toBe(403);
    expect((answer.body.error as Json).message).toBe('Your current password is not correct.');
    expect(await snapshot()).toEqual(before);
    expect(await database.query(`SELECT succeeded FROM "SignInAttempt" WHERE email = $1`, [person.email])).toEqual([{ succeeded: false }]);
    expect(session.reissued).toEqual([]);
  });

  it('answers 429 with the wait once wrong current passwords have throttled the account', async () => {
    const person = await freshPerson();
    expect((await changeOwn(person, { currentPassword: 'not-my-password', newPassword: 'Orbit-tahini-93-lantern' })).status).toBe(403);
    const answer = await changeOwn(person, { currentPassword: person.password, newPassword: 'Orbit-tahini-93-lantern' });
    expect(answer.status).toBe(429);
    expect((answer.body.error as Json).message).toMatch(/^Too many wrong passwords for this account\. Try again in \d+ seconds?\.$/);
  });

  it.each([
    ['too short', 'short-one', /^newPassword: Password must be at least 12 characters/],
    ['a keyboard walk', 'qwertyuiopasdfgh', /^newPassword: .*(too easy to guess|commonly used)/],
    ['a repeat', 'abcabcabcabcabc', /^newPassword: This password is too easy to guess: it repeats a group/],
    ['containing the name', 'Orbit-Example-93', /^newPassword: The password must not contain the name or email/],
    ['the current one', null, /^newPassword: The new password must be different/],
  ])('refuses a new password that is %s with 400 and the reason, changing nothing', async (_what, newPassword, message) => {
    const person = await freshPerson();
    const before = await snapshot();
    const answer = await changeOwn(person, { currentPassword: person.password, newPassword: newPassword ?? person.password });
    expect(answer.status).toBe(400);
    expect((answer.body.error as Json).message).toMatch(message);
    expect(await snapshot()).toEqual(before);
    expect(await canSignIn(person.email, person.password)).toBe(true);
  });

  it('is refused to an API token (403) and to nobody (401)', async () => {
    const person = await freshPerson();
    const before = await snapshot();
    const token = await changeOwn({ ...person, token: { id: crypto.randomUUID(), scopes: ['read:exports', 'write:annotations'] } }, { currentPassword: person.password, newPassword: 'Orbit-tahini-93-lantern' });
    expect(token.status).toBe(403);
    expect((token.body.error as Json).message).toMatch(/API tokens cannot do this/);
    const nobody = await changeOwn(null, { currentPassword: person.password, newPassword: 'Orbit-tahini-93-lantern' });
    expect(nobody.status).toBe(401);
    expect(await snapshot()).toEqual(before);
  });

  it('changes it: the new password signs in, the old does not, other sessions end, this one is re-issued, tokens stay', async () => {
    const person = await freshPerson();
    const { token } = await createApiToken(authorize(database.actors.admin, 'tokens:manage'), { name: 'Pat CMS', scopes: ['read:exports'], userId: person.id });
    const newPassword = 'Orbit-tahini-93-lantern';
    const answer = await changeOwn(person, { currentPassword: person.password, newPassword });
    expect({ status: answer.status, body: answer.body }).toEqual({ status: 200, body: { changed: true, otherSessionsEnded: true, stillSignedIn: true } });
    expect(session.reissued).toEqual([2]);
    expect(await findSessionUser(person.id, 1)).toBeNull();
    expect(await findSessionUser(person.id, 2)).toMatchObject({ id: person.id });
    expect(await canSignIn(person.email, newPassword)).toBe(true);
    expect(await canSignIn(person.email, person.password, '198.51.100.201')).toBe('wrong_credentials');
    const [tokenRow] = await database.query<{ revokedAt: Date | null }>(`SELECT "revokedAt" FROM "ApiToken" WHERE id = $1`, [token.id]);
    expect(tokenRow?.revokedAt).toBeNull();
    expect(await database.query(`SELECT "actorId", kind FROM "PasswordChange" WHERE "userId" = $1`, [person.id])).toEqual([{ actorId: person.id, kind: 'self' }]);
  });
});

describe("an admin resetting someone's password", () => {
  it('is for admins only, and an unknown or malformed id is 404; none of it changes anything', async () => {
    const person = await freshPerson();
    const before = await snapshot();
    for (const who of [database.actors.editor, database.actors.reviewer1]) expect((await reset(who, person.id)).status).toBe(403);
    expect((await reset({ ...database.actors.admin, token: { id: crypto.randomUUID(), scopes: ['read:exports', 'write:annotations'] } }, person.id)).status).toBe(403);
    expect((await reset(null, person.id)).status).toBe(401);
    expect((await reset(database.actors.admin, '6f1c2a57-0000-4000-8000-000000000000')).status).toBe(404);
    expect((await reset(database.actors.admin, "1' OR '1'='1")).status).toBe(404);
    expect((await reset(database.actors.admin, person.id, { password: 'Orbit-tahini-93-lantern', extra: 1 })).status).toBe(400);
    expect(await snapshot()).toEqual(before);
  });

  it.each([
    ['commonly used', 'password1234', /^password: This password is on the list of commonly used/],
    ['sequential', '234567890123', /^password: This password is too easy to guess: it is a sequence/],
    ['personal', 'unused', null],
  ])('refuses a %s password it is given with 400 and the reason', async (_what, password, message) => {
    const person = await freshPerson();
    const given = message ? password : `Orbit-${person.email.split('@')[0]}-93`;
    const before = await snapshot();
    const answer = await reset(database.actors.admin, person.id, { password: given });
    expect(answer.status).toBe(400);
    expect((answer.body.error as Json).message).toMatch(message ?? /^password: The password must not contain the name or email/);
    expect(await snapshot()).toEqual(before);
  });

  it('generates a temporary password shown once, ends every session, revokes every token, and records who did it', async () => {
    const person = await freshPerson();
    const tokens = await Promise.all([
      createApiToken(authorize(database.actors.admin, 'tokens:manage'), { name: 'Pat CMS', scopes: ['read:exports'], userId: person.id }),
      createApiToken(authorize(database.actors.admin, 'tokens:manage'), { name: 'Pat writer', scopes: ['write:annotations'], userId: person.id }),
    ]);
    const answer = await reset(database.actors.admin, person.id, {});
    expect(answer.status).toBe(200);
    const temporary = answer.body.temporaryPassword as string;
    expect(temporary).toMatch(/^[a-km-zA-HJ-NP-Z2-9]{5}(-[a-km-zA-HJ-NP-Z2-9]{5}){3}$/);
    expect(answer.body).toMatchObject({ user: { id: person.id, email: person.email }, revokedTokens: 2 });
    expect(JSON.stringify(answer.body)).not.toMatch(/argon2|passwordHash/);
    expect(await findSessionUser(person.id, 1)).toBeNull();
    expect(await canSignIn(person.email, temporary)).toBe(true);
    expect(await canSignIn(person.email, person.password)).toBe('wrong_credentials');
    expect(await database.query(`SELECT count(*)::int AS live FROM "ApiToken" WHERE id = ANY($1::uuid[]) AND "revokedAt" IS NULL`, [tokens.map(({ token }) => token.id)])).toEqual([{ live: 0 }]);
    expect(await database.query(`SELECT "actorId", kind FROM "PasswordChange" WHERE "userId" = $1`, [person.id])).toEqual([{ actorId: database.actors.admin.id, kind: 'admin_generated' }]);
  });

  it('sets the password it is given, and returns none', async () => {
    const person = await freshPerson();
    const answer = await reset(database.actors.admin, person.id, { password: 'Orbit-tahini-93-lantern' });
    expect(answer.status).toBe(200);
    expect(answer.body.temporaryPassword).toBeNull();
    expect(await canSignIn(person.email, 'Orbit-tahini-93-lantern')).toBe(true);
    expect(await database.query(`SELECT kind FROM "PasswordChange" WHERE "userId" = $1`, [person.id])).toEqual([{ kind: 'admin_set' }]);
  });

  it('lifts a lock on the account: the owner signs in with the new password from the locked address at once', async () => {
    const person = await freshPerson();
    for (let index = 0; index < PAIR_FAILURES; index += 1) {
      expect(await canSignIn(person.email, 'not-the-password', '203.0.113.80')).toBe('wrong_credentials');
      await database.query(`UPDATE "SignInAttempt" SET "createdAt" = "createdAt" - interval '1 minute' WHERE email = $1`, [person.email]);
    }
    expect(await canSignIn(person.email, person.password, '203.0.113.80')).toBe('locked');
    const answer = await reset(database.actors.admin, person.id, {});
    expect(await canSignIn(person.email, answer.body.temporaryPassword as string, '203.0.113.80')).toBe(true);
  });
});

describe('the bootstrap admin', () => {
  it('is created only with a password the policy accepts; a weak ADMIN_PASSWORD stops the start and creates nobody', async () => {
    const fresh = await createTestDatabase();
    try {
      await expect(seedDatabase(fresh.url, { demoAccounts: false, bootstrapAdmin: { email: 'boss@newsroom.example', password: 'qwertyuiop123' } })).rejects.toThrow(
        /^ADMIN_PASSWORD is refused by the password policy: /,
      );
      const created = await seedDatabase(fresh.url, { demoAccounts: false, bootstrapAdmin: { email: 'boss@newsroom.example', password: 'Orbit-tahini-93-lantern' } });
      expect(created.adminPassword).toBeNull();
      expect(created.noUsers).toBe(false);
    } finally {
      await fresh.drop();
    }
  });
});
