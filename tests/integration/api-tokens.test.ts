// API tokens end to end through the real route handlers: shown once, stored
// hashed, scoped, revocable, logged and rate limited — with the session cookie
// out of the picture, so only the Authorization header can let a call in.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { setConfigEnv } from '@/lib/config';
import { type Json, routeClient } from '../support/route-client';
import { routes } from '../support/routes';
import { withSeededDatabase } from '../support/seeded-database';

vi.mock('@/lib/server/auth/cookie-session', () => import('../support/session'));
vi.hoisted(() => {
  process.env.API_TOKEN_RATE_LIMIT = '25';
});

const database = withSeededDatabase();
const { as, call, hit } = routeClient(database);

async function createToken(body: Json): Promise<{ id: string; secret: string }> {
  const { status, body: answer } = await hit('admin', routes.tokens.POST, { method: 'POST', path: '/api/tokens', body });
  expect(status).toBe(201);
  return { id: (answer.token as Json).id as string, secret: answer.secret as string };
}

describe('creating and listing tokens', () => {
  it('shows the secret once and stores only its digest', async () => {
    const { id, secret } = await createToken({ name: 'CMS widget', scopes: ['read:exports'] });
    expect(secret).toMatch(/^cbt_/);
    const [row] = await database.query<{ tokenHash: string; prefix: string }>('SELECT "tokenHash", prefix FROM "ApiToken" WHERE id = $1', [id]);
    expect(row?.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(row?.tokenHash).not.toContain(secret.slice(4));
    expect(secret.startsWith(row?.prefix ?? '?')).toBe(true);

    as('admin');
    const listed = await call(routes.tokens.GET, { path: '/api/tokens' });
    expect(JSON.stringify(listed.body)).not.toContain(secret);
    expect(JSON.stringify(listed.body)).not.toContain('tokenHash');
    expect((listed.body.tokens as Json[]).find((token) => token.id === id)).toMatchObject({ name: 'CMS widget', scopes: ['read:exports'], lastUsedAt: null, revokedAt: null, revokedReason: null, state: 'active' });
  });

  it.each([
    ['an editor', 'editor', { name: 'x', scopes: ['read:exports'] }, 403],
    ['an unknown scope', 'admin', { name: 'x', scopes: ['admin:everything'] }, 400],
    ['no scopes', 'admin', { name: 'x', scopes: [] }, 400],
    ['a forged user id', 'admin', { name: 'x', scopes: ['read:exports'], userId: '00000000-0000-4000-8000-000000000000' }, 400],
    ['an overlong name', 'admin', { name: 'x'.repeat(101), scopes: ['read:exports'] }, 400],
  ] as const)('refuses %s and writes nothing', async (_what, who, body, status) => {
    const before = await database.snapshot();
    as(who);
    expect((await call(routes.tokens.POST, { method: 'POST', path: '/api/tokens', body })).status).toBe(status);
    expect(await database.snapshot()).toEqual(before);
  });
});

describe('calling with a token', () => {
  let article: { id: string; text: string };
  beforeAll(async () => {
    article = await database.sampleArticle();
  });

  it('answers 401 without a token, with a malformed one and with an unknown one', async () => {
    expect((await call(routes.articles.GET, { path: '/api/articles' })).status).toBe(401);
    expect((await call(routes.articles.GET, { path: '/api/articles', headers: { authorization: 'Bearer' } })).status).toBe(401);
    expect((await call(routes.articles.GET, { path: '/api/articles', token: 'cbt_not-a-real-token' })).status).toBe(401);
    expect((await call(routes.articles.GET, { path: '/api/articles', token: `cbt_${'A'.repeat(43)}` })).status).toBe(401);
  });

  it('reads with read:exports as its account, logs the call and records last use', async () => {
    const { id, secret } = await createToken({ name: 'Archive', scopes: ['read:exports'], userId: database.actors.editor.id });
    const listed = await call(routes.articles.GET, { path: '/api/articles', token: secret });
    expect(listed.status).toBe(200);
    expect((listed.body.articles as Json[]).length).toBeGreaterThan(0);
    expect((await call(routes.consensus.GET, { path: `/api/articles/${article.id}/consensus`, params: { id: article.id }, token: secret })).status).toBe(200);
    const calls = await database.query<{ method: string; path: string }>('SELECT method, path FROM "ApiCall" WHERE "tokenId" = $1 ORDER BY id', [id]);
    expect(calls).toEqual([
      { method: 'GET', path: '/api/articles' },
      { method: 'GET', path: `/api/articles/${article.id}/consensus` },
    ]);
    const [row] = await database.query<{ lastUsedAt: Date | null }>('SELECT "lastUsedAt" FROM "ApiToken" WHERE id = $1', [id]);
    expect(row?.lastUsedAt).not.toBeNull();
  });

  it('answers 403 for what its scopes do not cover, and never lets it manage tokens', async () => {
    const { secret } = await createToken({ name: 'Reader', scopes: ['read:exports'] });
    const before = await database.snapshot();
    const quote = 'Russian Troops In Iran';
    const write = await call(routes.articleAnnotations.POST, { method: 'POST', path: `/api/articles/${article.id}/annotations`, params: { id: article.id }, token: secret, body: { label: 'claim', start: 0, end: quote.length, exact: quote } });
    expect(write.status).toBe(403);
    expect((write.body.error as Json).message).toMatch(/lacks the write:annotations scope/);
    expect((await call(routes.tokens.POST, { method: 'POST', path: '/api/tokens', token: secret, body: { name: 'x', scopes: ['read:exports'] } })).status).toBe(403);
    // The refused calls are logged (ApiCall), nothing else changed.
    const after = await database.snapshot();
    expect({ ...after, ApiCall: '', ApiToken: '' }).toEqual({ ...before, ApiCall: '', ApiToken: '' });
  });

  it('writes with write:annotations under the account\'s own role (a reviewer\'s token cannot read consensus)', async () => {
    const { secret } = await createToken({ name: 'Reviewer plug-in', scopes: ['read:exports', 'write:annotations'], userId: database.actors.reviewer2.id });
    const quote = 'Russian Troops In Iran';
    const written = await call(routes.articleAnnotations.POST, { method: 'POST', path: `/api/articles/${article.id}/annotations`, params: { id: article.id }, token: secret, body: { label: 'unsupported', start: 0, end: quote.length, exact: quote } });
    expect(written.status).toBe(201);
    expect((written.body.annotation as Json).author).toMatchObject({ id: database.actors.reviewer2.id });
    expect((await call(routes.consensus.GET, { path: `/api/articles/${article.id}/consensus`, params: { id: article.id }, token: secret })).status).toBe(403);
  });

  it('answers 401 once revoked', async () => {
    const { id, secret } = await createToken({ name: 'Soon gone', scopes: ['read:exports'] });
    expect((await call(routes.articles.GET, { path: '/api/articles', token: secret })).status).toBe(200);
    expect((await hit('admin', routes.token.DELETE, { method: 'DELETE', path: `/api/tokens/${id}`, params: { id } })).status).toBe(204);
    expect((await hit('admin', routes.token.DELETE, { method: 'DELETE', path: `/api/tokens/${id}`, params: { id } })).status).toBe(204);
    expect((await hit('admin', routes.token.DELETE, { method: 'DELETE', path: '/api/tokens/not-a-token', params: { id: 'not-a-token' } })).status).toBe(404);
    const refused = await call(routes.articles.GET, { path: '/api/articles', token: secret });
    expect(refused.status).toBe(401);
    expect((refused.body.error as Json).message).toMatch(/revoked/);
  });

  it('is rate limited per token (429), in PostgreSQL', async () => {
    const { secret } = await createToken({ name: 'Busy', scopes: ['read:exports'] });
    const statuses: number[] = [];
    for (let i = 0; i < 27; i += 1) statuses.push((await call(routes.articles.GET, { path: '/api/articles', token: secret })).status);
    expect(statuses.slice(0, 25).every((status) => status === 200)).toBe(true);
    expect(statuses.slice(25)).toEqual([429, 429]);
  });
});

// --- Expiry -------------------------------------------------------------------------------------

const DAY_MS = 24 * 60 * 60 * 1000;

async function listTokens(): Promise<{ tokens: Json[]; defaultExpiryDays: number }> {
  const { status, body } = await hit('admin', routes.tokens.GET, { path: '/api/tokens' });
  expect(status).toBe(200);
  return body as { tokens: Json[]; defaultExpiryDays: number };
}

async function listedToken(id: string): Promise<Json> {
  const token = (await listTokens()).tokens.find((entry) => entry.id === id);
  if (!token) throw new Error(`token ${id} is not listed`);
  return token;
}

async function storedTerm(id: string): Promise<number | null> {
  const [row] = await database.query<{ createdAt: Date; expiresAt: Date | null }>('SELECT "createdAt", "expiresAt" FROM "ApiToken" WHERE id = $1', [id]);
  if (!row) throw new Error(`no token ${id}`);
  return row.expiresAt === null ? null : (row.expiresAt.getTime() - row.createdAt.getTime()) / DAY_MS;
}

async function newEditor(tag: string): Promise<string> {
  const created = await hit('admin', routes.users.POST, { method: 'POST', path: '/api/users', body: { email: `${tag}@example.org`, name: `Integration ${tag}`, role: 'editor', password: 'Correct horse battery staple 42' } });
  expect(created.status).toBe(201);
  return (created.body.user as Json).id as string;
}

/** Everything a caller sees of a refusal except the per-request id. */
async function refusalOf(secret: string): Promise<{ status: number; body: string; headers: string }> {
  const answer = await call(routes.articles.GET, { path: '/api/articles', token: secret });
  const headers = [...answer.headers].filter(([name]) => name !== 'x-request-id').map(([name, value]) => `${name}: ${value}`).join('\n');
  return { status: answer.status, body: answer.text, headers };
}

describe('expiry', () => {
  it('gives a new token the configured default term, and says what the default is', async () => {
    const listed = await listTokens();
    expect(listed.defaultExpiryDays).toBe(90);
    const { id } = await createToken({ name: 'Default term', scopes: ['read:exports'] });
    expect(await storedTerm(id)).toBe(90);
    const token = await listedToken(id);
    expect(token.state).toBe('active');
    expect(Date.parse(token.expiresAt as string) - Date.parse(token.createdAt as string)).toBe(90 * DAY_MS);
  });

  it('takes the default from API_TOKEN_DEFAULT_EXPIRY_DAYS', async () => {
    setConfigEnv({ API_TOKEN_DEFAULT_EXPIRY_DAYS: '30' });
    try {
      as('admin');
      const created = await call(routes.tokens.POST, { method: 'POST', path: '/api/tokens', body: { name: 'Shorter default', scopes: ['read:exports'] } });
      expect(created.status).toBe(201);
      expect(created.body.defaultExpiryDays).toBe(30);
      expect(await storedTerm((created.body.token as Json).id as string)).toBe(30);
      expect((await listTokens()).defaultExpiryDays).toBe(30);
    } finally {
      setConfigEnv({ API_TOKEN_DEFAULT_EXPIRY_DAYS: undefined });
    }
  });

  it('takes an explicit term in days, and null for a token that never expires', async () => {
    const week = await createToken({ name: 'A week', scopes: ['read:exports'], expiresInDays: 7 });
    expect(await storedTerm(week.id)).toBe(7);
    const year = await createToken({ name: 'A year', scopes: ['read:exports'], expiresInDays: 365 });
    expect(await storedTerm(year.id)).toBe(365);
    const forever = await createToken({ name: 'Forever', scopes: ['read:exports'], expiresInDays: null });
    expect(await storedTerm(forever.id)).toBeNull();
    expect(await listedToken(forever.id)).toMatchObject({ expiresAt: null, state: 'active' });
    expect((await call(routes.articles.GET, { path: '/api/articles', token: forever.secret })).status).toBe(200);
  });

  it.each([
    ['zero days', 0],
    ['more than a year', 10000],
    ['a word', 'x'],
    ['a fraction', 1.5],
    ['a negative term', -1],
    ['a numeric string', '30'],
  ])('refuses %s as the term with 400 and writes nothing', async (_what, expiresInDays) => {
    const before = await database.snapshot();
    as('admin');
    const refused = await call(routes.tokens.POST, { method: 'POST', path: '/api/tokens', body: { name: 'Bad term', scopes: ['read:exports'], expiresInDays } });
    expect(refused.status).toBe(400);
    expect((refused.body.error as Json).message).toMatch(/^expiresInDays: Expiry must be a whole number of days from 1 to 365, or null/);
    expect(await database.snapshot()).toEqual(before);
  });

  it('refuses an expired token exactly as a revoked one, an unknown one and a disabled account\'s one, without logging the call', async () => {
    // A live token of an account disabled behind the application's back: still refused at authentication.
    const holderId = await newEditor('disabled-behind-the-back');
    const ofDisabled = await createToken({ name: 'Of a disabled account', scopes: ['read:exports'], userId: holderId });
    await database.query(`UPDATE "User" SET "disabledAt" = now() WHERE id = $1`, [holderId]);
    const expired = await createToken({ name: 'Expired', scopes: ['read:exports'], expiresInDays: 1 });
    expect((await call(routes.articles.GET, { path: '/api/articles', token: expired.secret })).status).toBe(200);
    // Made two days ago for one day: expired yesterday.
    await database.query(`UPDATE "ApiToken" SET "createdAt" = now() - interval '2 days', "expiresAt" = now() - interval '1 day' WHERE id = $1`, [expired.id]);
    const revoked = await createToken({ name: 'Revoked', scopes: ['read:exports'] });
    expect((await hit('admin', routes.token.DELETE, { method: 'DELETE', path: `/api/tokens/${revoked.id}`, params: { id: revoked.id } })).status).toBe(204);

    const before = await database.snapshot();
    const answers = {
      expired: await refusalOf(expired.secret),
      revoked: await refusalOf(revoked.secret),
      unknown: await refusalOf(`cbt_${'A'.repeat(43)}`),
      disabledAccount: await refusalOf(ofDisabled.secret),
    };
    expect(answers.expired.status).toBe(401);
    expect(JSON.parse(answers.expired.body)).toEqual({ error: { code: 'unauthenticated', message: 'The API token is not valid. It may have expired or been revoked; ask an admin for a new one.' } });
    expect(answers.revoked).toEqual(answers.expired);
    expect(answers.unknown).toEqual(answers.expired);
    expect(answers.disabledAccount).toEqual(answers.expired);
    // No call was logged and no last use recorded for any of them.
    expect(await database.snapshot()).toEqual(before);

    expect(await listedToken(expired.id)).toMatchObject({ state: 'expired', revokedAt: null });
    expect(await listedToken(revoked.id)).toMatchObject({ state: 'revoked', revokedReason: 'manual' });
  });

  it('keeps expiry and revocation consistent in the database', async () => {
    const { id } = await createToken({ name: 'Constrained', scopes: ['read:exports'] });
    await expect(database.query(`UPDATE "ApiToken" SET "revokedAt" = now() WHERE id = $1`, [id])).rejects.toMatchObject({ constraint: 'ApiToken_revoked_reason_check' });
    await expect(database.query(`UPDATE "ApiToken" SET "expiresAt" = "createdAt" WHERE id = $1`, [id])).rejects.toMatchObject({ constraint: 'ApiToken_expiry_check' });
  });
});

// --- Accounts disabled -------------------------------------------------------------------------

describe('disabling the account a token acts as', () => {
  async function setDisabled(userId: string, disabled: boolean): Promise<void> {
    const changed = await hit('admin', routes.user.PATCH, { method: 'PATCH', path: `/api/users/${userId}`, params: { id: userId }, body: { disabled } });
    expect(changed.status).toBe(200);
  }

  it('revokes its tokens for good: re-enabling the account does not bring them back', async () => {
    const userId = await newEditor('token-holder');
    const live = await createToken({ name: 'Holder live', scopes: ['read:exports'], userId });
    const forever = await createToken({ name: 'Holder forever', scopes: ['read:exports'], userId, expiresInDays: null });
    const earlier = await createToken({ name: 'Holder revoked earlier', scopes: ['read:exports'], userId });
    const bystander = await createToken({ name: 'Someone else', scopes: ['read:exports'], userId: database.actors.editor.id });
    expect((await hit('admin', routes.token.DELETE, { method: 'DELETE', path: `/api/tokens/${earlier.id}`, params: { id: earlier.id } })).status).toBe(204);
    const [earlierRow] = await database.query<{ revokedAt: Date }>('SELECT "revokedAt" FROM "ApiToken" WHERE id = $1', [earlier.id]);
    expect((await call(routes.articles.GET, { path: '/api/articles', token: live.secret })).status).toBe(200);

    await setDisabled(userId, true);
    const [user] = await database.query<{ disabledAt: Date }>('SELECT "disabledAt" FROM "User" WHERE id = $1', [userId]);
    const rows = await database.query<{ id: string; revokedAt: Date | null; revokedReason: string | null }>('SELECT id, "revokedAt", "revokedReason" FROM "ApiToken" WHERE id = ANY($1)', [[live.id, forever.id, earlier.id, bystander.id]]);
    const byId = new Map(rows.map((row) => [row.id, row]));
    expect(byId.get(live.id)).toMatchObject({ revokedAt: user!.disabledAt, revokedReason: 'account_disabled' });
    expect(byId.get(forever.id)).toMatchObject({ revokedAt: user!.disabledAt, revokedReason: 'account_disabled' });
    // A token revoked by hand before keeps its own time and reason; another account's token is untouched.
    expect(byId.get(earlier.id)).toMatchObject({ revokedAt: earlierRow!.revokedAt, revokedReason: 'manual' });
    expect(byId.get(bystander.id)).toMatchObject({ revokedAt: null, revokedReason: null });
    expect(await listedToken(live.id)).toMatchObject({ state: 'revoked', revokedReason: 'account_disabled', revokedAt: user!.disabledAt.toISOString() });

    const refusedWhileDisabled = await refusalOf(live.secret);
    await setDisabled(userId, false);
    for (const token of [live, forever]) {
      expect(await listedToken(token.id)).toMatchObject({ state: 'revoked', revokedReason: 'account_disabled' });
      expect(await refusalOf(token.secret)).toEqual(refusedWhileDisabled);
    }
    expect(refusedWhileDisabled.status).toBe(401);
    expect((await call(routes.articles.GET, { path: '/api/articles', token: bystander.secret })).status).toBe(200);
  });

  it('refuses a token for a disabled account, and a disable that fails revokes nothing', async () => {
    const userId = await newEditor('disabled-holder');
    const kept = await createToken({ name: 'Kept', scopes: ['read:exports'], userId });
    await setDisabled(userId, true);
    const before = await database.snapshot();
    as('admin');
    const refused = await call(routes.tokens.POST, { method: 'POST', path: '/api/tokens', body: { name: 'For a disabled account', scopes: ['read:exports'], userId } });
    expect(refused.status).toBe(400);
    expect((refused.body.error as Json).message).toMatch(/disabled/);
    expect(await database.snapshot()).toEqual(before);
    expect(await listedToken(kept.id)).toMatchObject({ state: 'revoked', revokedReason: 'account_disabled' });

    // The last admin cannot be disabled: the refusal rolls back, so the admin's tokens stay live.
    const adminToken = await createToken({ name: 'Admin own', scopes: ['read:exports'] });
    const admins = await database.query<{ id: string }>(`SELECT id FROM "User" WHERE role = 'admin' AND "disabledAt" IS NULL`);
    expect(admins).toHaveLength(1);
    const beforeRefusal = await database.snapshot();
    const lastAdmin = await hit('admin', routes.user.PATCH, { method: 'PATCH', path: `/api/users/${database.actors.admin.id}`, params: { id: database.actors.admin.id }, body: { disabled: true } });
    expect(lastAdmin.status).toBe(409);
    expect(await database.snapshot()).toEqual(beforeRefusal);
    expect(await listedToken(adminToken.id)).toMatchObject({ state: 'active', revokedAt: null });
  });
});
