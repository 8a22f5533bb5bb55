// The articles API through its real route handlers and data layer, on a real
// PostgreSQL. The session is the only thing stubbed: the cookie session answers
// the demo user a test acts as. Tests that import an article delete it again,
// so the lists see the two seeded articles whatever the order.
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { routeClient } from '../support/route-client';
import { routes } from '../support/routes';
import { type DemoName, withSeededDatabase } from '../support/seeded-database';

vi.mock('@/lib/server/auth/cookie-session', () => import('../support/session'));

const database = withSeededDatabase();
const { as, call, sampleCopy } = routeClient(database);

const post = (body: string, headers: Record<string, string> = {}) => call(routes.articles.POST, { method: 'POST', path: '/api/articles', body, headers });
const get = (path: string) => call(routes.article.GET, { path, params: { id: path.split('/').pop()! } });
const list = (query = '') => call(routes.articles.GET, { path: `/api/articles${query}` });
/** Deletes the imported article after the test (its revisions go with it). */
const deleteAfterTest = (id: string) => onTestFinished(async () => void (await database.query('DELETE FROM "Article" WHERE id = $1', [id])));

describe('GET /api/articles', () => {
  it('answers 401 to an anonymous caller', async () => {
    const answer = await list();
    expect(answer.status).toBe(401);
    expect((answer.body.error as { message: string }).message).toMatch(/sign in/i);
  });

  it('lists the two seeded sample articles for a reviewer', async () => {
    as('reviewer1');
    const answer = await list();
    expect(answer.status).toBe(200);
    const articles = answer.body.articles as { title: string }[];
    expect(articles.map((article: { title: string }) => article.title).sort()).toEqual([
      'Complexities in the Russia-Iran Alliance: A Troubled Historical Context',
      'Russian Troops In Iran: Unpacking A Shifting Alliance',
    ]);
    expect(articles[0]).toMatchObject({ status: 'open', revision: 1, submittedReviews: 0 });
  });

  it('filters by search text and status, ignoring invalid filter values', async () => {
    as('reviewer1');
    const titles = async (query: string) => ((await list(`?${query}`)).body.articles as { title: string }[]).map((article) => article.title);
    expect(await titles('q=complexities')).toEqual(['Complexities in the Russia-Iran Alliance: A Troubled Historical Context']);
    expect(await titles('status=published')).toEqual([]);
    expect(await titles('status=bogus')).toHaveLength(2);
    // LIKE's wildcards are searched for literally.
    expect(await titles('q=%25')).toEqual([]);
    expect(await titles('q=_')).toEqual([]);
    expect(await titles('q=Russia-Iran')).toEqual(['Complexities in the Russia-Iran Alliance: A Troubled Historical Context']);
  });
});

describe('GET /api/articles/<id>', () => {
  it('returns the article with its canonical text, headline first', async () => {
    as('reviewer2');
    const [row] = await database.query<{ id: string }>(`SELECT id FROM "Article" WHERE title LIKE 'Russian Troops%'`);
    const answer = await get(`/api/articles/${row!.id}`);
    expect(answer.status).toBe(200);
    const article = answer.body.article as { text: string; html: string };
    expect(article.text.startsWith('Russian Troops In Iran: Unpacking A Shifting Alliance\nThe geopolitical landscape')).toBe(true);
    expect(article.html.startsWith('<h1>Russian Troops In Iran: Unpacking A Shifting Alliance</h1>')).toBe(true);
  });

  it('tags the answer with an ETag, answers a matching If-None-Match with 304, and a revised text or edited metadata with the new article', async () => {
    // The encoded answer is cached per process under everything but its text and HTML (issue 16),
    // so a change to any part of it must reach the next reader and change the tag.
    const article = (await sampleCopy()) as { id: string; text: string };
    const read = (headers: Record<string, string> = {}) => call(routes.article.GET, { path: `/api/articles/${article.id}`, params: { id: article.id }, headers });
    as('reviewer2');
    const first = await read();
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^"[\w-]+"$/);
    expect((await read()).headers.get('etag')).toBe(etag);
    const revalidated = await read({ 'if-none-match': etag });
    expect(revalidated.status).toBe(304);
    expect(revalidated.text).toBe('');
    as('editor');
    const revisedText = `${article.text}\nA paragraph added at the end.`;
    expect((await call(routes.articleText.PUT, { method: 'PUT', params: { id: article.id }, body: { text: revisedText } })).status).toBe(200);
    as('reviewer2');
    const revised = await read({ 'if-none-match': etag });
    expect(revised.status).toBe(200);
    expect(revised.body.article).toMatchObject({ revision: 2, text: revisedText });
    expect((revised.body.article as { html: string }).html).toContain('A paragraph added at the end.');
    const revisedTag = revised.headers.get('etag')!;
    expect(revisedTag).not.toBe(etag);
    as('editor');
    expect((await call(routes.articleMetadata.PATCH, { method: 'PATCH', params: { id: article.id }, body: { byline: 'By Desk Wire' } })).status).toBe(200);
    as('reviewer2');
    const edited = await read({ 'if-none-match': revisedTag });
    expect(edited.status).toBe(200);
    expect(edited.body.article).toMatchObject({ revision: 2, byline: 'By Desk Wire', text: revisedText });
    expect(edited.headers.get('etag')).not.toBe(revisedTag);
  });

  it('answers 404 for an unknown id and for a malformed one', async () => {
    as('reviewer2');
    expect((await get('/api/articles/6f1c2a57-0000-4000-8000-000000000000')).status).toBe(404);
    expect((await get('/api/articles/not-an-id')).status).toBe(404);
  });
});

describe('POST /api/articles', () => {
  it('imports pasted text for an editor, storing the article and its first revision', async () => {
    as('editor');
    const answer = await post(JSON.stringify({ text: 'A Headline\nFirst paragraph of the body.\nSecond paragraph.', publisher: 'Desk' }));
    expect(answer.status).toBe(201);
    const article = answer.body.article as { id: string; textHash: string };
    deleteAfterTest(article.id);
    expect(article).toMatchObject({ title: 'A Headline', publisher: 'Desk', revision: 1, text: 'A Headline\nFirst paragraph of the body.\nSecond paragraph.' });
    expect(answer.headers.get('location')).toBe(`/api/articles/${article.id}`);
    const revisions = await database.query('SELECT revision, "textHash" FROM "ArticleRevision" WHERE "articleId" = $1', [article.id]);
    expect(revisions).toEqual([{ revision: 1, textHash: article.textHash }]);
  });

  it('stores imported HTML without scripts or event handlers', async () => {
    as('admin');
    const answer = await post(JSON.stringify({ title: 'XSS probe', html: '<p>Safe<script>alert(1)</script><img src=x onerror=alert(2)><a href="javascript:alert(3)">link</a></p>' }));
    expect(answer.status).toBe(201);
    const article = answer.body.article as { id: string };
    deleteAfterTest(article.id);
    const [stored] = await database.query<{ html: string }>('SELECT html FROM "Article" WHERE id = $1', [article.id]);
    expect(stored!.html).toBe('<h1>XSS probe</h1><p>Safelink</p>');
  });

  const ADDRESS_REFUSED = /^That address cannot be imported: it must be a public http\(s\) web page\.$/;
  const refusals: [string, DemoName | null, string, Record<string, string> | undefined, number, RegExp][] = [
    ['anonymous caller', null, JSON.stringify({ text: 'T\nbody' }), undefined, 401, /sign in/i],
    ['reviewer', 'reviewer1', JSON.stringify({ text: 'T\nbody' }), undefined, 403, /role/i],
    ['malformed JSON', 'editor', '{"text": "T\\nbody"', undefined, 400, /not valid JSON/],
    ['wrong content type', 'editor', 'text=hello', { 'content-type': 'application/x-www-form-urlencoded' }, 415, /JSON/],
    ['unknown field', 'editor', JSON.stringify({ text: 'T\nbody', status: 'published' }), undefined, 400, /status|Unrecognized/i],
    ['two sources at once', 'editor', JSON.stringify({ text: 'T\nbody', url: 'https://example.org/' }), undefined, 400, /exactly one/],
    ['no source', 'editor', JSON.stringify({ title: 'Only a title' }), undefined, 400, /exactly one/],
    ['a headline and no body', 'editor', JSON.stringify({ text: 'Just a headline' }), undefined, 400, /no readable text/],
    ['oversize text', 'editor', JSON.stringify({ text: 'x'.repeat(1_000_001) }), undefined, 400, /too long/],
    ['oversize body', 'editor', JSON.stringify({ html: 'x'.repeat(3_100_000) }), undefined, 413, /too large/],
    ['non-http URL', 'editor', JSON.stringify({ url: 'file:///etc/passwd' }), undefined, 400, ADDRESS_REFUSED],
    ['URL on a private network', 'editor', JSON.stringify({ url: 'http://10.0.0.1/story' }), undefined, 400, ADDRESS_REFUSED],
    ['URL whose host name does not resolve', 'editor', JSON.stringify({ url: 'http://no-such-host.invalid/story' }), undefined, 400, ADDRESS_REFUSED],
    ['cross-site request', 'editor', JSON.stringify({ text: 'T\nbody' }), { origin: 'https://evil.example' }, 403, /Cross-site/],
    ['invalid published date', 'editor', JSON.stringify({ text: 'T\nbody', publishedAt: 'yesterday' }), undefined, 400, /Published date/],
  ];

  it.each(refusals)('refuses %s with a clear message and writes nothing', async (_name, actor, body, headers, status, message) => {
    as(actor);
    const before = await database.snapshot();
    const answer = await post(body, headers);
    expect(answer.status).toBe(status);
    expect((answer.body.error as { message: string }).message).toMatch(message);
    expect(await database.snapshot()).toEqual(before);
  });
});

describe('POST /api/articles with an address that cannot be imported', () => {
  /** What a caller sees, minus the per-request id. */
  async function answerTo(url: string): Promise<{ status: number; body: unknown }> {
    as('editor');
    const answer = await post(JSON.stringify({ url }));
    return { status: answer.status, body: answer.body };
  }

  it('answers the same whether the host name does not resolve or resolves to this machine or a private network', async () => {
    const before = await database.snapshot();
    const unresolvable = await answerTo('http://no-such-host.invalid/story');
    expect(unresolvable).toEqual({ status: 400, body: { error: { code: 'bad_request', message: 'That address cannot be imported: it must be a public http(s) web page.' } } });
    // localhost resolves (from /etc/hosts) to loopback; the literals need no resolver.
    for (const url of ['http://localhost/story', 'http://127.0.0.1:3000/', 'http://10.0.0.1/story', 'http://[fe80::1]/', 'gopher://example.org/']) {
      expect(await answerTo(url), url).toEqual(unresolvable);
    }
    expect(await database.snapshot()).toEqual(before);
  });
});
