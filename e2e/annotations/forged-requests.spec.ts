// Requests the UI would never send, made directly against the API as the real
// seeded users: each is refused with the right status and a message, and
// changes nothing (the editor's view of the annotations, their history, and the
// article's text and revision are exactly as before).
import type { APIRequestContext, APIResponse } from '@playwright/test';
import type { Who } from '../fixtures/accounts';
import { type AnnotationView, annotateViaApi, createTroopsArticle, fetchAnnotations, fetchArticle, spanOf, submitReviewViaApi } from '../fixtures/annotations';
import { expect, test } from '../fixtures/test';

const PASSAGE = 'The geopolitical landscape of the Middle East is a complex tapestry';
const OTHER_PASSAGE = 'Moscow and Tehran are increasingly presenting a united front';

type Setup = {
  articleId: string;
  text: string;
  revision: number;
  /** reviewer1's annotation on PASSAGE. */
  annotation: AnnotationView;
  editor: APIRequestContext;
  reviewer1: APIRequestContext;
  reviewer2: APIRequestContext;
};

/** A fresh article (optionally already revised once) with one annotation by reviewer1. */
async function setUp(apiAs: (who: Who) => Promise<APIRequestContext>, options: { revised?: boolean } = {}): Promise<Setup> {
  const [editor, reviewer1, reviewer2] = await Promise.all([apiAs('editor'), apiAs('reviewer1'), apiAs('reviewer2')]);
  let article = await createTroopsArticle(editor);
  if (options.revised) {
    const response = await editor.put(`/api/articles/${article.id}/text`, { data: { text: `${article.text}\nA closing paragraph added in revision 2.` } });
    expect(response.status(), await response.text()).toBe(200);
    article = await fetchArticle(editor, article.id);
    expect(article.revision).toBe(2);
  }
  const annotation = await annotateViaApi(reviewer1, article, PASSAGE, { label: 'opinion', rationale: 'A metaphor.', evidence: [{ url: 'https://example.org/a' }] });
  return { articleId: article.id, text: article.text, revision: article.revision, annotation, editor, reviewer1, reviewer2 };
}

type Snapshot = { annotations: AnnotationView[]; histories: unknown[]; article: { title: string; text: string; textHash: string; revision: number; status: string } };

async function snapshot(setup: Setup): Promise<Snapshot> {
  const annotations = await fetchAnnotations(setup.editor, setup.articleId);
  const histories = await Promise.all(
    annotations.map(async (annotation) => {
      const response = await setup.editor.get(`/api/annotations/${annotation.id}/history`);
      expect(response.status()).toBe(200);
      return ((await response.json()) as { history: unknown[] }).history;
    }),
  );
  const { title, text, textHash, revision, status } = await fetchArticle(setup.editor, setup.articleId);
  return { annotations, histories, article: { title, text, textHash, revision, status } };
}

/** Sends a forged request, expects `status` with a JSON error message, and checks that nothing changed. */
async function expectRefused(setup: Setup, what: string, send: () => Promise<APIResponse>, status: number, message?: RegExp): Promise<void> {
  const before = await snapshot(setup);
  const response = await send();
  const body = await response.text();
  expect(response.status(), `${what}: ${body}`.slice(0, 600)).toBe(status);
  expect(response.headers()['content-type'], what).toContain('application/json');
  const { error } = JSON.parse(body) as { error: { code: string; message: string } };
  expect(error.message, what).toBeTruthy();
  if (message) expect(error.message, what).toMatch(message);
  expect(await snapshot(setup), `${what} changed something`).toEqual(before);
}

test("reviewer2 cannot change reviewer1's annotation: 404 while blind, 403 after submitting", async ({ apiAs }) => {
  const setup = await setUp(apiAs);
  const { annotation, reviewer2 } = setup;
  const forged = {
    PATCH: () => reviewer2.patch(`/api/annotations/${annotation.id}`, { data: { version: annotation.version, label: 'claim', rationale: 'Hijacked' } }),
    DELETE: () => reviewer2.delete(`/api/annotations/${annotation.id}?version=${annotation.version}`),
    'DELETE without a version': () => reviewer2.delete(`/api/annotations/${annotation.id}`),
    reattach: () => reviewer2.post(`/api/annotations/${annotation.id}/reattach`, { data: { version: annotation.version, ...spanOf(setup.text, OTHER_PASSAGE) } }),
  };

  // While reviewer2 has not submitted, reviewer1's annotation does not exist for them.
  for (const [what, send] of Object.entries(forged)) await expectRefused(setup, `${what} before submitting`, send, 404, /No annotation with that id/);
  await expectRefused(setup, 'history before submitting', () => reviewer2.get(`/api/annotations/${annotation.id}/history`), 404);

  // reviewer2 has marked nothing here: an empty review, said so explicitly.
  await submitReviewViaApi(reviewer2, setup.articleId, { empty: true });
  expect((await fetchAnnotations(reviewer2, setup.articleId)).map((item) => item.id)).toEqual([annotation.id]);
  for (const [what, send] of Object.entries(forged)) await expectRefused(setup, `${what} after submitting`, send, 403, /only change your own annotations/);
});

test('a quote that does not match its offsets → 400', async ({ apiAs }) => {
  const setup = await setUp(apiAs);
  const { reviewer1, text, revision, annotation } = setup;
  const span = spanOf(text, OTHER_PASSAGE);
  await expectRefused(setup, 'create, quote off by one', () => reviewer1.post(`/api/articles/${setup.articleId}/annotations`, { data: { label: 'claim', ...span, start: span.start + 1, end: span.end + 1, revision } }), 400, /does not match/);
  await expectRefused(setup, 'create, other words', () => reviewer1.post(`/api/articles/${setup.articleId}/annotations`, { data: { label: 'claim', ...span, exact: 'Moscow and Tehran are increasingly presenting a united FRONT', revision } }), 400, /does not match/);
  await expectRefused(setup, 'reattach, quote elsewhere', () => reviewer1.post(`/api/annotations/${annotation.id}/reattach`, { data: { version: annotation.version, start: 0, end: OTHER_PASSAGE.length, exact: OTHER_PASSAGE } }), 400, /does not match/);
});

test('offsets beyond the text → 400', async ({ apiAs }) => {
  const setup = await setUp(apiAs);
  const { reviewer1, text, revision, annotation } = setup;
  const create = (start: number, end: number, exact: string) => () => reviewer1.post(`/api/articles/${setup.articleId}/annotations`, { data: { label: 'claim', start, end, exact, revision } });
  await expectRefused(setup, 'create past the end', create(text.length, text.length + 5, 'words'), 400, /outside the article text/);
  await expectRefused(setup, 'create straddling the end', create(text.length - 3, text.length + 2, `${text.slice(-3)}xx`), 400, /outside the article text/);
  await expectRefused(setup, 'create far past the end', create(9_000_000, 9_000_010, '0123456789'), 400);
  await expectRefused(setup, 'create with a negative start', create(-1, 5, text.slice(0, 5)), 400);
  await expectRefused(setup, 'reattach past the end', () => reviewer1.post(`/api/annotations/${annotation.id}/reattach`, { data: { version: annotation.version, start: text.length + 1, end: text.length + 4, exact: 'abc' } }), 400, /outside the article text/);
});

test('a stale version or revision → 409 with a message', async ({ apiAs }) => {
  const setup = await setUp(apiAs, { revised: true });
  const { reviewer1, annotation } = setup;
  // reviewer1 changes it once (version 1 → 2) in another tab...
  const update = await reviewer1.patch(`/api/annotations/${annotation.id}`, { data: { version: annotation.version, rationale: 'A metaphor, revisited.' } });
  expect(update.status(), await update.text()).toBe(200);
  expect(((await update.json()) as { annotation: AnnotationView }).annotation.version).toBe(annotation.version + 1);

  // ...then the first tab saves, deletes or re-attaches against version 1.
  const stale = annotation.version;
  await expectRefused(setup, 'PATCH of version 1', () => reviewer1.patch(`/api/annotations/${annotation.id}`, { data: { version: stale, label: 'claim' } }), 409, /changed elsewhere/);
  await expectRefused(setup, 'DELETE ?version=1', () => reviewer1.delete(`/api/annotations/${annotation.id}?version=${stale}`), 409, /changed elsewhere/);
  await expectRefused(setup, 'DELETE If-Match: "1"', () => reviewer1.delete(`/api/annotations/${annotation.id}`, { headers: { 'if-match': `"${stale}"` } }), 409, /changed elsewhere/);
  await expectRefused(setup, 'reattach of version 1', () => reviewer1.post(`/api/annotations/${annotation.id}/reattach`, { data: { version: stale, ...spanOf(setup.text, OTHER_PASSAGE) } }), 409, /changed elsewhere/);
  // A selection made on revision 1 of a text that is now at revision 2.
  expect(setup.revision).toBe(2);
  await expectRefused(
    setup,
    'create on revision 1',
    () => reviewer1.post(`/api/articles/${setup.articleId}/annotations`, { data: { label: 'claim', ...spanOf(setup.text, OTHER_PASSAGE), revision: 1 } }),
    409,
    /revised/,
  );
});

test('a rationale of 5,001 characters → 400', async ({ apiAs }) => {
  const setup = await setUp(apiAs);
  const { reviewer1, text, revision, annotation } = setup;
  const rationale = 'x'.repeat(5_001);
  await expectRefused(setup, 'create', () => reviewer1.post(`/api/articles/${setup.articleId}/annotations`, { data: { label: 'claim', ...spanOf(text, OTHER_PASSAGE), revision, rationale } }), 400, /Rationale is too long/);
  await expectRefused(setup, 'PATCH', () => reviewer1.patch(`/api/annotations/${annotation.id}`, { data: { version: annotation.version, rationale } }), 400, /Rationale is too long/);
});

test('an evidence link that is not http(s) → 400', async ({ apiAs }) => {
  const setup = await setUp(apiAs);
  const { reviewer1, text, revision, annotation } = setup;
  for (const url of ['javascript:alert(1)', 'JavaScript:alert(document.cookie)', 'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox(1)']) {
    const evidence = [{ url: 'https://example.org/fine' }, { url, title: 'Looks harmless' }];
    await expectRefused(setup, `create with ${url}`, () => reviewer1.post(`/api/articles/${setup.articleId}/annotations`, { data: { label: 'claim', ...spanOf(text, OTHER_PASSAGE), revision, evidence } }), 400);
    await expectRefused(setup, `PATCH with ${url}`, () => reviewer1.patch(`/api/annotations/${annotation.id}`, { data: { version: annotation.version, evidence } }), 400);
  }
});

test("the editor cannot rewrite a reviewer's annotation → 403", async ({ apiAs }) => {
  const setup = await setUp(apiAs);
  const { editor, annotation } = setup;
  await expectRefused(setup, 'PATCH', () => editor.patch(`/api/annotations/${annotation.id}`, { data: { version: annotation.version, label: 'unsupported', rationale: 'Overruled' } }), 403, /only change your own/);
  await expectRefused(setup, 'DELETE', () => editor.delete(`/api/annotations/${annotation.id}?version=${annotation.version}`), 403, /only change your own/);
  await expectRefused(setup, 'reattach', () => editor.post(`/api/annotations/${annotation.id}/reattach`, { data: { version: annotation.version, ...spanOf(setup.text, OTHER_PASSAGE) } }), 403, /only change your own/);
});

test('a reviewer cannot revise the article text → 403', async ({ apiAs }) => {
  const setup = await setUp(apiAs);
  const { reviewer1, text } = setup;
  await expectRefused(setup, 'PUT text', () => reviewer1.put(`/api/articles/${setup.articleId}/text`, { data: { text: `${text}\nA paragraph the reviewer slipped in.` } }), 403);
  await expectRefused(setup, 'PUT html', () => reviewer1.put(`/api/articles/${setup.articleId}/text`, { data: { html: '<h1>Rewritten</h1><p>Nothing to see.</p>' } }), 403);
});
