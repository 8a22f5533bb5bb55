import { randomUUID } from 'node:crypto';
import type { APIRequestContext, APIResponse } from '@playwright/test';
import { SAMPLE_ARTICLES, uniqueTag } from '../fixtures/accounts';
import { listArticles } from '../fixtures/api';
import { expect, test } from '../fixtures/test';

/**
 * Sends a request that must be refused and checks that it stored nothing: every
 * article listed before is still listed under its title, and none carries this
 * request's marker title. Other tests import, annotate, submit and revise
 * articles in parallel, so the list grows and articles' status, revision and
 * activity move — but an import creates articles and changes no other, so ids
 * and titles are what it could have disturbed.
 */
async function expectRefusedWithoutChange(api: APIRequestContext, marker: string, send: () => Promise<APIResponse>, statuses: number[]) {
  const stored = async () => (await listArticles(api)).map(({ id, title }) => ({ id, title }));
  const before = await stored();
  const response = await send();
  expect(statuses, `status ${response.status()}: ${await response.text().catch(() => '')}`.slice(0, 500)).toContain(response.status());
  expect(response.headers()['content-type']).toContain('application/json');
  const { error } = (await response.json()) as { error: { code: string; message: string } };
  expect(error.message).toBeTruthy();
  const after = await stored();
  expect(after).toEqual(expect.arrayContaining(before));
  expect(after.filter((article) => article.title.includes(marker))).toEqual([]);
  expect(await listArticles(api, { q: marker })).toEqual([]);
}

test.describe('POST /api/articles refuses bad input and stores nothing', () => {
  let api: APIRequestContext;
  let marker: string;

  test.beforeEach(async ({ apiAs }) => {
    api = await apiAs('editor');
    marker = `API refusal ${uniqueTag()}`;
  });

  test('malformed JSON → 400', async () => {
    await expectRefusedWithoutChange(
      api,
      marker,
      () => api.post('/api/articles', { data: `{"title": "${marker}", "text": "${marker}\\nA paragraph."`, headers: { 'content-type': 'application/json' } }),
      [400],
    );
  });

  test('an unknown field → 400', async () => {
    await expectRefusedWithoutChange(api, marker, () => api.post('/api/articles', { data: { title: marker, text: `${marker}\nA paragraph.`, status: 'published' } }), [400]);
  });

  test('both text and url → 400', async () => {
    await expectRefusedWithoutChange(
      api,
      marker,
      () => api.post('/api/articles', { data: { title: marker, text: `${marker}\nA paragraph.`, url: 'https://example.org/story' } }),
      [400],
    );
  });

  test('text over 1,000,000 characters → 400 or 413', async () => {
    const text = `${marker}\n${'word '.repeat(200_001)}`;
    expect(text.length).toBeGreaterThan(1_000_000);
    await expectRefusedWithoutChange(api, marker, () => api.post('/api/articles', { data: { title: marker, text } }), [400, 413]);
  });
});

test('a valid POST /api/articles creates an article that GET returns', async ({ apiAs }) => {
  const api = await apiAs('editor');
  const title = `API import ${uniqueTag()}`;
  const created = await api.post('/api/articles', { data: { text: `${title}\nThe first paragraph.\nThe second paragraph.`, publisher: 'Test Wire' } });
  expect(created.status()).toBe(201);
  const { article } = (await created.json()) as { article: { id: string; title: string; publisher: string; text: string } };
  expect(article).toMatchObject({ title, publisher: 'Test Wire' });
  expect(created.headers()['location']).toBe(`/api/articles/${article.id}`);

  const fetched = await api.get(`/api/articles/${article.id}`);
  expect(fetched.status()).toBe(200);
  expect((await fetched.json()).article).toMatchObject({ id: article.id, title, text: expect.stringContaining('The second paragraph.') });
  expect((await listArticles(api, { q: title })).map((item) => item.id)).toEqual([article.id]);
});

test('GET /api/articles lists the sample articles', async ({ apiAs }) => {
  const api = await apiAs('reviewer3');
  const titles = (await listArticles(api)).map((article) => article.title);
  expect(titles).toEqual(expect.arrayContaining([SAMPLE_ARTICLES.troops.title, SAMPLE_ARTICLES.complexities.title]));
});

test('GET /api/articles/<unknown id> → 404', async ({ apiAs }) => {
  const api = await apiAs('reviewer1');
  for (const id of [randomUUID(), 'not-a-uuid']) {
    const response = await api.get(`/api/articles/${id}`);
    expect(response.status(), id).toBe(404);
    expect(await response.json()).toEqual({ error: expect.objectContaining({ code: 'not_found' }) });
  }
});

test('GET /api/health → 200 with the database up', async ({ anonApi }) => {
  const response = await anonApi.get('/api/health');
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ status: 'ok', db: 'up', process: { pid: expect.any(Number), worker: expect.any(Number) } });
});
