// API tokens end to end through the real route handlers: shown once, stored
// hashed, scoped, revocable, logged and rate limited — with the session cookie
// out of the picture, so only the Authorization header can let a call in.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Actor } from '@/lib/server/actor';
import { type Json, call } from '../support/route-calls';
import { type SeededDatabase, setUpSeededDatabase } from '../support/seeded-database';

const cookie = vi.hoisted(() => {
  process.env.API_TOKEN_RATE_LIMIT = '25';
  return { actor: null as Actor | null };
});
vi.mock('@/lib/server/auth/cookie-session', () => ({ getCookieActor: async () => cookie.actor }));

const tokensRoute = await import('@/app/api/tokens/route');
const tokenRoute = await import('@/app/api/tokens/[id]/route');
const articlesRoute = await import('@/app/api/articles/route');
const annotationsRoute = await import('@/app/api/articles/[id]/annotations/route');
const consensusRoute = await import('@/app/api/articles/[id]/consensus/route');

let database: SeededDatabase;
let article: { id: string; text: string };

beforeAll(async () => {
  database = await setUpSeededDatabase();
  article = await database.sampleArticle();
});
afterAll(async () => database?.teardown());
beforeEach(() => {
  cookie.actor = null;
});

const request = (method: string, path: string, options: { token?: string; authorization?: string; body?: unknown } = {}) =>
  new Request(`http://localhost:3000${path}`, {
    method,
    headers: {
      host: 'localhost:3000',
      ...(options.body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(options.token ? { authorization: `Bearer ${options.token}` } : options.authorization ? { authorization: options.authorization } : {}),
    },
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
const params = (id: string) => ({ params: Promise.resolve({ id }) });

async function createToken(body: Json): Promise<{ id: string; secret: string }> {
  cookie.actor = database.actors.admin;
  const { status, body: answer } = await call(tokensRoute.POST(request('POST', '/api/tokens', { body }), {}));
  cookie.actor = null;
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

    cookie.actor = database.actors.admin;
    const listed = await call(tokensRoute.GET(request('GET', '/api/tokens'), {}));
    expect(JSON.stringify(listed.body)).not.toContain(secret);
    expect(JSON.stringify(listed.body)).not.toContain('tokenHash');
    expect((listed.body.tokens as Json[]).find((token) => token.id === id)).toMatchObject({ name: 'CMS widget', scopes: ['read:exports'], lastUsedAt: null, revokedAt: null });
  });

  it.each([
    ['an editor', 'editor', { name: 'x', scopes: ['read:exports'] }, 403],
    ['an unknown scope', 'admin', { name: 'x', scopes: ['admin:everything'] }, 400],
    ['no scopes', 'admin', { name: 'x', scopes: [] }, 400],
    ['a forged user id', 'admin', { name: 'x', scopes: ['read:exports'], userId: '00000000-0000-4000-8000-000000000000' }, 400],
    ['an overlong name', 'admin', { name: 'x'.repeat(101), scopes: ['read:exports'] }, 400],
  ] as const)('refuses %s and writes nothing', async (_what, who, body, status) => {
    const before = await database.snapshot();
    cookie.actor = database.actors[who];
    expect((await call(tokensRoute.POST(request('POST', '/api/tokens', { body }), {}))).status).toBe(status);
    expect(await database.snapshot()).toEqual(before);
  });
});

describe('calling with a token', () => {
  it('answers 401 without a token, with a malformed one and with an unknown one', async () => {
    expect((await call(articlesRoute.GET(request('GET', '/api/articles'), {}))).status).toBe(401);
    expect((await call(articlesRoute.GET(request('GET', '/api/articles', { authorization: 'Bearer' }), {}))).status).toBe(401);
    expect((await call(articlesRoute.GET(request('GET', '/api/articles', { token: 'cbt_not-a-real-token' }), {}))).status).toBe(401);
    expect((await call(articlesRoute.GET(request('GET', '/api/articles', { token: `cbt_${'A'.repeat(43)}` }), {}))).status).toBe(401);
  });

  it('reads with read:exports as its account, logs the call and records last use', async () => {
    const { id, secret } = await createToken({ name: 'Archive', scopes: ['read:exports'], userId: database.actors.editor.id });
    const listed = await call(articlesRoute.GET(request('GET', '/api/articles', { token: secret }), {}));
    expect(listed.status).toBe(200);
    expect((listed.body.articles as Json[]).length).toBeGreaterThan(0);
    expect((await call(consensusRoute.GET(request('GET', `/api/articles/${article.id}/consensus`, { token: secret }), params(article.id)))).status).toBe(200);
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
    const write = await call(annotationsRoute.POST(request('POST', `/api/articles/${article.id}/annotations`, { token: secret, body: { label: 'claim', start: 0, end: quote.length, exact: quote } }), params(article.id)));
    expect(write.status).toBe(403);
    expect((write.body.error as Json).message).toMatch(/lacks the write:annotations scope/);
    expect((await call(tokensRoute.POST(request('POST', '/api/tokens', { token: secret, body: { name: 'x', scopes: ['read:exports'] } }), {}))).status).toBe(403);
    // The refused calls are logged (ApiCall), nothing else changed.
    const after = await database.snapshot();
    expect({ ...after, ApiCall: '', ApiToken: '' }).toEqual({ ...before, ApiCall: '', ApiToken: '' });
  });

  it('writes with write:annotations under the account\'s own role (a reviewer\'s token cannot read consensus)', async () => {
    const { secret } = await createToken({ name: 'Reviewer plug-in', scopes: ['read:exports', 'write:annotations'], userId: database.actors.reviewer2.id });
    const quote = 'Russian Troops In Iran';
    const written = await call(annotationsRoute.POST(request('POST', `/api/articles/${article.id}/annotations`, { token: secret, body: { label: 'unsupported', start: 0, end: quote.length, exact: quote } }), params(article.id)));
    expect(written.status).toBe(201);
    expect((written.body.annotation as Json).author).toMatchObject({ id: database.actors.reviewer2.id });
    expect((await call(consensusRoute.GET(request('GET', `/api/articles/${article.id}/consensus`, { token: secret }), params(article.id)))).status).toBe(403);
  });

  it('answers 401 once revoked', async () => {
    const { id, secret } = await createToken({ name: 'Soon gone', scopes: ['read:exports'] });
    expect((await call(articlesRoute.GET(request('GET', '/api/articles', { token: secret }), {}))).status).toBe(200);
    cookie.actor = database.actors.admin;
    expect((await call(tokenRoute.DELETE(request('DELETE', `/api/tokens/${id}`), params(id)))).status).toBe(204);
    expect((await call(tokenRoute.DELETE(request('DELETE', `/api/tokens/${id}`), params(id)))).status).toBe(204);
    expect((await call(tokenRoute.DELETE(request('DELETE', '/api/tokens/not-a-token'), params('not-a-token')))).status).toBe(404);
    cookie.actor = null;
    const refused = await call(articlesRoute.GET(request('GET', '/api/articles', { token: secret }), {}));
    expect(refused.status).toBe(401);
    expect((refused.body.error as Json).message).toMatch(/revoked/);
  });

  it('is rate limited per token (429), in PostgreSQL', async () => {
    const { secret } = await createToken({ name: 'Busy', scopes: ['read:exports'] });
    const statuses: number[] = [];
    for (let i = 0; i < 27; i += 1) statuses.push((await articlesRoute.GET(request('GET', '/api/articles', { token: secret }), {})).status);
    expect(statuses.slice(0, 25).every((status) => status === 200)).toBe(true);
    expect(statuses.slice(25)).toEqual([429, 429]);
  });
});
