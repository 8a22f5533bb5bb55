// User administration through the data layer: only admins (decided at the
// entry, which hands the data layer an authorised actor), unique emails,
// sessions ended on role change, and never zero admins. A test that adds a
// user deletes it again, so the list is the five demo accounts in any order.
import { describe, expect, it, onTestFinished } from 'vitest';
import { createUser } from '@/lib/server/data/users/create-user';
import { findSessionUser, findSessionUserAndArticleProject } from '@/lib/server/data/users/find-session-user';
import { listUsers } from '@/lib/server/data/users/list-users';
import { revokeSession } from '@/lib/server/data/users/revoke-session';
import { updateUser } from '@/lib/server/data/users/update-user';
import { authorize } from '@/lib/server/guards';
import { parseInput } from '@/lib/validation/parse-input';
import { ZCreateUser } from '@/lib/validation/users';
import { withSeededDatabase } from '../support/seeded-database';

const database = withSeededDatabase();

/** The admin, authorised as the users routes and pages authorise them. */
const admin = () => authorize(database.actors.admin, 'users:manage');

const newUser = { email: 'fact.checker@example.org', name: 'Fact Checker', role: 'reviewer' as const, password: 'a-long-enough-password' };

describe('user administration', () => {
  it('lists users for an admin and never exposes password hashes', async () => {
    const users = await listUsers(admin());
    expect(users).toHaveLength(5);
    expect(JSON.stringify(users)).not.toMatch(/argon2|passwordHash/);
  });

  it('refuses reviewers and editors at the entry, so the data layer is never reached', async () => {
    const before = await database.snapshot();
    for (const actor of [database.actors.editor, database.actors.reviewer1]) {
      expect(() => authorize(actor, 'users:manage')).toThrow(expect.objectContaining({ code: 'forbidden' }));
    }
    expect(await database.snapshot()).toEqual(before);
  });

  it('creates a user once; the same email again is a conflict that writes nothing', async () => {
    const created = await createUser(admin(), newUser);
    onTestFinished(async () => void (await database.query('DELETE FROM "User" WHERE id = $1', [created.id])));
    expect(created).toMatchObject({ email: newUser.email, role: 'reviewer', disabled: false });
    const before = await database.snapshot();
    await expect(createUser(admin(), { ...newUser, name: 'Twin' })).rejects.toMatchObject({ code: 'conflict' });
    expect(await database.snapshot()).toEqual(before);
  });

  it('ends the sessions of a user whose role changes', async () => {
    const reviewer = database.actors.reviewer1;
    expect(await findSessionUser(reviewer.id, 1)).toMatchObject({ role: 'reviewer' });
    const updated = await updateUser(admin(), reviewer.id, { role: 'editor' });
    expect(updated.role).toBe('editor');
    expect(await findSessionUser(reviewer.id, 1)).toBeNull();
    expect(await findSessionUser(reviewer.id, 2)).toMatchObject({ role: 'editor' });
  });

  it('ends exactly the session that signed out, not the person\'s other sessions', async () => {
    const reviewer = database.actors.reviewer2;
    const laptop = crypto.randomUUID();
    const phone = crypto.randomUUID();
    expect(await findSessionUser(reviewer.id, 1, laptop)).not.toBeNull();
    await revokeSession(laptop, reviewer.id, new Date(Date.now() + 3600_000));
    expect(await findSessionUser(reviewer.id, 1, laptop)).toBeNull();
    expect(await findSessionUser(reviewer.id, 1, phone)).not.toBeNull();
  });

  it('reads the session user and an article\'s project together, and nothing of the article without an active session', async () => {
    // requireArticleActor's one statement (issue 16): the guard still answers 401 before it looks at the article.
    const reviewer = database.actors.reviewer2;
    const [article] = await database.query<{ id: string; projectId: string }>('SELECT id, "projectId" FROM "Article" ORDER BY "createdAt" LIMIT 1');
    const session = crypto.randomUUID();
    expect(await findSessionUserAndArticleProject(reviewer.id, 1, session, article!.id)).toEqual({ actor: await findSessionUser(reviewer.id, 1, session), projectId: article!.projectId });
    expect((await findSessionUserAndArticleProject(reviewer.id, 1, session, article!.id)).actor).toMatchObject({ id: reviewer.id });
    expect(await findSessionUserAndArticleProject(reviewer.id, 1, session, '6f1c2a57-0000-4000-8000-000000000000')).toMatchObject({ projectId: null });
    expect(await findSessionUserAndArticleProject(reviewer.id, 1, session, 'not-an-id')).toMatchObject({ projectId: null });
    expect(await findSessionUserAndArticleProject(reviewer.id, 1, session, null)).toMatchObject({ projectId: null });
    expect(await findSessionUserAndArticleProject(reviewer.id, 99, session, article!.id)).toEqual({ actor: null, projectId: null });
    expect(await findSessionUserAndArticleProject('6f1c2a57-0000-4000-8000-000000000000', 1, session, article!.id)).toEqual({ actor: null, projectId: null });
    await revokeSession(session, reviewer.id, new Date(Date.now() + 3600_000));
    expect(await findSessionUserAndArticleProject(reviewer.id, 1, session, article!.id)).toEqual({ actor: null, projectId: null });
  });

  it.each(['1qaz2wsx3edc', 'Password2026!', 'fact.checker-secret'])('refuses the weak password %s before anything is written', (password) => {
    expect(() => parseInput(ZCreateUser, { ...newUser, email: 'fact.checker@example.org', password })).toThrow(expect.objectContaining({ code: 'bad_request', message: expect.stringMatching(/^password: /) }));
  });

  it('keeps at least one admin', async () => {
    const before = await database.snapshot();
    await expect(updateUser(admin(), database.actors.admin.id, { role: 'reviewer' })).rejects.toMatchObject({ code: 'conflict' });
    await expect(updateUser(admin(), database.actors.admin.id, { disabled: true })).rejects.toMatchObject({ code: 'conflict' });
    expect(await database.snapshot()).toEqual(before);
  });

  it('answers not_found for an unknown or malformed user id', async () => {
    await expect(updateUser(admin(), '6f1c2a57-0000-4000-8000-000000000000', { role: 'editor' })).rejects.toMatchObject({ code: 'not_found' });
    await expect(updateUser(admin(), "1' OR '1'='1", { role: 'editor' })).rejects.toMatchObject({ code: 'not_found' });
  });
});
