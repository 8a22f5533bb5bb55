// Sources (outlets) and article metadata through the real route handlers on a real PostgreSQL:
// a fetched page's metadata filling source, byline, dates and canonical address; an editor's
// corrections (permissions, validation, the published freeze); the desk-wide source list whose
// article counts and lists keep to the caller's projects.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { vi } from 'vitest';
import { setConfigEnv } from '@/lib/config';
import { errorOf, type Json, routeClient } from '../support/route-client';
import { routes } from '../support/routes';
import { withSeededDatabase } from '../support/seeded-database';

vi.mock('@/lib/server/auth/cookie-session', () => import('../support/session'));

const database = withSeededDatabase();
const { createAccount, createProject, hitNow: as } = routeClient(database);

const PARAGRAPHS = [
  'Russia and Iran signed a comprehensive strategic partnership treaty in Moscow on Friday, after months of negotiation between the two governments.',
  'The treaty covers military, economic and technical cooperation, officials said, but it contains no mutual defence clause of the kind Moscow has with other allies.',
  'Analysts in Tehran said the agreement formalised ties that had deepened since 2022, when Iranian drones began to appear on the battlefield in Ukraine.',
];

const NEWS_PAGE = `<!DOCTYPE html><html lang="en"><head>
<title>Russia and Iran sign treaty | Example News</title>
<link rel="canonical" href="https://www.example-news.com/world/russia-iran-treaty">
<meta property="og:site_name" content="Example News">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Russia and Iran sign a treaty",
"datePublished":"2025-01-17T14:05:00+03:00","dateModified":"2025-01-18T08:00:00Z",
"author":[{"@type":"Person","name":"Nasser Karimi"}],"publisher":{"@type":"NewsMediaOrganization","name":"Example News"}}</script>
</head><body><main><article><h1>Russia and Iran sign a treaty</h1>
<p>By Nasser Karimi</p>
${PARAGRAPHS.map((text) => `<p>${text}</p>`).join('\n')}
<p>© 2025 Example News. All rights reserved.</p>
</article></main></body></html>`;

/** Another page of the same outlet under another stated name: the domain decides. */
const SECOND_PAGE = NEWS_PAGE.replace('world/russia-iran-treaty', 'world/second-story').replaceAll('Example News', 'EXAMPLE NEWS Online').replace('Russia and Iran sign a treaty</h1>', 'A second story</h1>');

let server: http.Server;
let origin: string;
let desk: string;
let elsewhere: string;
let outsiderEditor: string;

beforeAll(async () => {
  server = http.createServer((request, response) => {
    const page = request.url === '/treaty' ? NEWS_PAGE : request.url === '/second' ? SECOND_PAGE : null;
    if (page) response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
    else response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  setConfigEnv({ CORROBORATE_ALLOW_LOOPBACK_IMPORT: '1' });
  [desk] = (await database.query<{ id: string }>(`SELECT id FROM "Project" WHERE name = 'Desk'`)).map((row) => row.id) as [string];
  elsewhere = await createProject('editor', { name: 'Sources elsewhere' });
  outsiderEditor = await createAccount('editor', 'sources');
  const added = await as('editor', routes.projectMembers.POST, { method: 'POST', params: { id: elsewhere }, body: { userId: outsiderEditor, role: 'editor' } });
  expect(added.status).toBe(201);
  // The demo editor made the project and so is its editor; leave it, so it is an outsider there.
  await database.query('DELETE FROM "ProjectMember" WHERE "projectId" = $1 AND "userId" = $2', [elsewhere, database.actors.editor.id]);
});

afterAll(async () => {
  setConfigEnv({ CORROBORATE_ALLOW_LOOPBACK_IMPORT: undefined });
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

async function importUrl(path: string, projectId = desk, who = 'editor'): Promise<Json> {
  const answer = await as(who, routes.articles.POST, { method: 'POST', path: '/api/articles', body: { url: `${origin}${path}`, projectId } });
  expect(answer.status, answer.text).toBe(201);
  return answer.body.article as Json;
}

async function importText(title: string, projectId = desk, who = 'editor'): Promise<Json> {
  const answer = await as(who, routes.articles.POST, { method: 'POST', path: '/api/articles', body: { text: `${title}\n${PARAGRAPHS.join('\n')}`, projectId } });
  expect(answer.status, answer.text).toBe(201);
  return answer.body.article as Json;
}

const patchMetadata = (who: string, id: string, body: unknown) => as(who, routes.articleMetadata.PATCH, { method: 'PATCH', params: { id }, body });
const getArticle = async (id: string) => (await as('editor', routes.article.GET, { params: { id } })).body.article as Json;
const listSources = async (who: string) => (await as(who, routes.sources.GET, { path: '/api/sources' })).body.sources as Json[];

describe('importing a page', () => {
  it('fills source, byline, dates and canonical address from the page, and leaves the byline and footer lines out of the text', async () => {
    const article = await importUrl('/treaty');
    expect(article).toMatchObject({
      title: 'Russia and Iran sign a treaty',
      byline: 'Nasser Karimi',
      publisher: 'Example News',
      publishedAt: '2025-01-17T11:05:00.000Z',
      modifiedAt: '2025-01-18T08:00:00.000Z',
      canonicalUrl: 'https://www.example-news.com/world/russia-iran-treaty',
      sourceUrl: `${origin}/treaty`,
    });
    expect(article.source).toMatchObject({ name: 'Example News' });
    expect(article.text).toBe(['Russia and Iran sign a treaty', ...PARAGRAPHS].join('\n'));
    const [source] = await database.query<{ domains: string[] }>('SELECT domains FROM "Source" WHERE id = $1', [(article.source as Json).id]);
    expect(source?.domains).toEqual(['example-news.com']);

    // The same outlet under another stated name: found by its domain, not duplicated.
    const second = await importUrl('/second');
    expect(second.source).toEqual(article.source);
    expect(second.publisher).toBe('EXAMPLE NEWS Online');
  });

  it('gives pasted text no source unless the importer names a publisher, which finds the source by name', async () => {
    expect((await importText('Pasted without metadata')).source).toBeNull();
    const answer = await as('editor', routes.articles.POST, { method: 'POST', path: '/api/articles', body: { text: `Pasted with a publisher\n${PARAGRAPHS[0]}`, publisher: 'the associated press' } });
    expect(answer.status).toBe(201);
    expect(((answer.body.article as Json).source as Json).name).toBe('The Associated Press');
  });
});

describe('the seeded samples', () => {
  it('name their outlet where the collected copy does, and nothing they do not state', async () => {
    const rows = await database.query<{ title: string; source: string | null; byline: string | null; publishedAt: Date | null }>(
      `SELECT a.title, s.name AS source, a.byline, a."publishedAt" FROM "Article" a LEFT JOIN "Source" s ON s.id = a."sourceId" WHERE a.title LIKE 'Complexities%' OR a.title LIKE 'Russian Troops In Iran:%' ORDER BY a.title`,
    );
    expect(rows).toEqual([
      { title: 'Complexities in the Russia-Iran Alliance: A Troubled Historical Context', source: 'The Associated Press', byline: null, publishedAt: null },
      { title: 'Russian Troops In Iran: Unpacking A Shifting Alliance', source: null, byline: null, publishedAt: null },
    ]);
  });

  it('lists the article JSON fields source, byline and publishedAt in GET /api/articles', async () => {
    const articles = (await as('reviewer1', routes.articles.GET, { path: '/api/articles?q=Complexities' })).body.articles as Json[];
    expect(articles[0]).toMatchObject({ source: { name: 'The Associated Press' }, byline: null, publishedAt: null });
  });
});

describe('PATCH /api/articles/<id>/metadata', () => {
  it("lets the article's editor correct source (by name, then by id), byline, dates and canonical address, and clear one with null", async () => {
    const article = await importText('Metadata to correct');
    const byName = await patchMetadata('editor', article.id as string, { sourceName: 'Tehran Times', byline: 'Sara Ahmadi', publishedAt: '2025-01-17', canonicalUrl: 'https://www.tehrantimes.com/news/1' });
    expect(byName.status, byName.text).toBe(200);
    expect(byName.body.article).toMatchObject({ source: { name: 'Tehran Times' }, byline: 'Sara Ahmadi', publishedAt: '2025-01-17T00:00:00.000Z', canonicalUrl: 'https://www.tehrantimes.com/news/1' });

    const ap = (await listSources('editor')).find((source) => source.name === 'The Associated Press')!;
    const byId = await patchMetadata('editor', article.id as string, { sourceId: ap.id, modifiedAt: '2025-01-18T10:00:00+01:00', byline: null });
    expect(byId.status).toBe(200);
    expect(byId.body.article).toMatchObject({ source: { id: ap.id, name: 'The Associated Press' }, byline: null, modifiedAt: '2025-01-18T09:00:00.000Z', publishedAt: '2025-01-17T00:00:00.000Z' });
  });

  it.each([
    ['a reviewer', 'reviewer1', { byline: 'X' }, 403, /role|editor/i],
    ['an editor of another project only', 'outsider', { byline: 'X' }, 404, /No article/],
    ['a date that is no date', 'editor', { publishedAt: '2025-02-30' }, 400, /publishedAt/],
    ['a date-time without its offset', 'editor', { modifiedAt: '2025-01-17T09:00:00' }, 400, /modifiedAt/],
    ['both sourceId and sourceName', 'editor', { sourceId: '0d4c2b7e-2a8f-4d0e-9b7a-3c9f5e1a2b3c', sourceName: 'X' }, 400, /not both/],
    ['a sourceId that is no source', 'editor', { sourceId: '0d4c2b7e-2a8f-4d0e-9b7a-3c9f5e1a2b3c' }, 400, /no source/],
    ['a javascript: canonical address', 'editor', { canonicalUrl: 'javascript:alert(1)' }, 400, /canonicalUrl/],
    ['an unknown field', 'editor', { publisher: 'X' }, 400, /publisher|Unrecognized/i],
    ['nothing to change', 'editor', {}, 400, /Nothing to change/],
    ['a byline too long', 'editor', { byline: 'x'.repeat(301) }, 400, /Byline is too long/],
  ])('refuses %s and changes nothing', async (_name, who, body, status, message) => {
    const article = await importText('Metadata refused');
    const before = await database.snapshot();
    const answer = await patchMetadata(who === 'outsider' ? outsiderEditor : who, article.id as string, body);
    expect(answer.status).toBe(status);
    expect(errorOf(answer).message).toMatch(message);
    expect(await database.snapshot()).toEqual(before);
  });

  it('refuses a published article (409 article_published) and changes nothing', async () => {
    const article = await importText('Metadata of a published article');
    await database.query(`UPDATE "Article" SET status = 'published', "verdictsPublishedAt" = now() WHERE id = $1`, [article.id]);
    const before = await database.snapshot();
    const answer = await patchMetadata('editor', article.id as string, { byline: 'Too late' });
    expect(answer.status).toBe(409);
    expect(errorOf(answer).code).toBe('article_published');
    expect(await database.snapshot()).toEqual(before);
    expect((await getArticle(article.id as string)).byline).toBeNull();
  });
});

describe('sources', () => {
  it('GET /api/sources: every source with id, name, domains, its article count in the caller\'s projects, no reliability figures before any is published', async () => {
    const created = await as('editor', routes.sources.POST, { method: 'POST', path: '/api/sources', body: { name: 'Scoped Outlet', domains: ['www.scoped-outlet.example'], country: 'IR' } });
    expect(created.status, created.text).toBe(201);
    const source = created.body.source as Json;
    const noFigures = { method: 'article-bootstrap', level: 0.95, minimumArticles: 3, articlesReviewed: 0, claimBearingArticles: 0, claimBearingChars: 0, unsupportedChars: 0, unsupportedShare: null, interval: null, enoughData: false };
    expect(source).toMatchObject({ name: 'Scoped Outlet', domains: ['scoped-outlet.example'], country: 'IR', notes: null, articles: 0, reliability: noFigures, claims: 0 });

    const inDesk = await importText('Scoped: in Desk');
    const inElsewhere = await importText('Scoped: elsewhere', elsewhere, outsiderEditor);
    for (const [who, id] of [['editor', inDesk.id], [outsiderEditor, inElsewhere.id]] as const) {
      expect((await patchMetadata(who, id as string, { sourceId: source.id })).status).toBe(200);
    }

    const entry = (await listSources('reviewer1')).find((row) => row.id === source.id);
    expect(entry).toEqual({ id: source.id, name: 'Scoped Outlet', domains: ['scoped-outlet.example'], articles: 1, reliability: noFigures, claims: 0 });
    expect((await listSources(outsiderEditor)).find((row) => row.id === source.id)?.articles).toBe(1);
    expect((await listSources('admin')).find((row) => row.id === source.id)?.articles).toBe(2);

    const detail = async (who: string) => (await as(who, routes.source.GET, { params: { id: source.id as string } })).body.source as Json;
    expect(((await detail('reviewer1')).articleList as Json[]).map((row) => row.title)).toEqual(['Scoped: in Desk']);
    expect(((await detail(outsiderEditor)).articleList as Json[]).map((row) => row.title)).toEqual(['Scoped: elsewhere']);
    expect((await detail('admin')).articles).toBe(2);
    expect((await as('reviewer1', routes.source.GET, { params: { id: '0d4c2b7e-2a8f-4d0e-9b7a-3c9f5e1a2b3c' } })).status).toBe(404);
  });

  it('lets the desk edit a source, and refuses reviewers, taken names and domains, and bad input without changing anything', async () => {
    const made = await as('editor', routes.sources.POST, { method: 'POST', path: '/api/sources', body: { name: 'Editable Outlet', domains: ['editable.example'] } });
    const id = (made.body.source as Json).id as string;
    const edited = await as('admin', routes.source.PATCH, { method: 'PATCH', params: { id }, body: { notes: 'State-owned.', domains: ['editable.example', 'news.editable.co.uk'] } });
    expect(edited.status, edited.text).toBe(200);
    expect(edited.body.source).toMatchObject({ notes: 'State-owned.', domains: ['editable.example', 'editable.co.uk'] });

    const refusals: [string, () => Promise<{ status: number; body: Json }>, number, RegExp][] = [
      ['a reviewer creating', () => as('reviewer1', routes.sources.POST, { method: 'POST', path: '/api/sources', body: { name: 'Nope' } }), 403, /role|editor/i],
      ['a reviewer editing', () => as('reviewer1', routes.source.PATCH, { method: 'PATCH', params: { id }, body: { name: 'Nope' } }), 403, /role|editor/i],
      ['a taken domain', () => as('editor', routes.sources.POST, { method: 'POST', path: '/api/sources', body: { name: 'Copycat', domains: ['www.editable.example'] } }), 409, /domain/],
      ['a taken domain on edit', () => as('editor', routes.source.PATCH, { method: 'PATCH', params: { id }, body: { domains: ['apnews.com'] } }), 409, /domain/],
      ['a taken name', () => as('editor', routes.sources.POST, { method: 'POST', path: '/api/sources', body: { name: 'The Associated Press' } }), 409, /name/],
      ['a domain that is a URL', () => as('editor', routes.sources.POST, { method: 'POST', path: '/api/sources', body: { name: 'Bad', domains: ['https://x.example/'] } }), 400, /not a domain/],
      ['a blank name', () => as('editor', routes.sources.POST, { method: 'POST', path: '/api/sources', body: { name: '  ' } }), 400, /Name is required/],
      ['an unknown source', () => as('editor', routes.source.PATCH, { method: 'PATCH', params: { id: '0d4c2b7e-2a8f-4d0e-9b7a-3c9f5e1a2b3c' }, body: { name: 'X' } }), 404, /No source/],
    ];
    for (const [name, send, status, message] of refusals) {
      const before = await database.snapshot();
      const answer = await send();
      expect(answer.status, name).toBe(status);
      expect(errorOf(answer as never).message, name).toMatch(message);
      expect(await database.snapshot(), name).toEqual(before);
    }
  });
});
