// Exports in the browser: the editor's bulk export page streams a CSV with
// progress and downloads it; the article's download menu gives the W3C
// JSON-LD; reviewers have no way in.
import { readFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import { annotateViaApi, createTroopsArticle, submitReviewViaApi } from '../fixtures/annotations';
import { signInAs } from '../fixtures/auth';
import { expectNoSeriousViolations } from '../fixtures/axe';
import { expect, test } from '../fixtures/test';

const QUOTE = 'Moscow and Tehran are increasingly presenting a united front';

test('the editor exports annotations as CSV from the exports page and as W3C JSON-LD from the article', async ({ page, apiAs }) => {
  const editorApi = await apiAs('editor');
  const article = await createTroopsArticle(editorApi);
  const reviewer = await apiAs('reviewer2');
  const rationale = `Exported in the browser ${article.id}: "quotes", commas, a line break\nand an emoji 🧪`;
  await annotateViaApi(reviewer, article, QUOTE, { label: 'claim', rationale });
  await submitReviewViaApi(reviewer, article.id);

  await signInAs(page, 'editor');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Exports', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Exports', level: 1 })).toBeVisible();
  await expectNoSeriousViolations(page);

  const form = page.getByRole('form', { name: 'Export' });
  await form.getByLabel('Format').selectOption('csv');
  await form.getByRole('combobox', { name: /^Label\b/ }).selectOption('claim');
  const downloading = page.waitForEvent('download');
  await form.getByRole('button', { name: 'Export' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^corroborate-export-\d{4}-\d{2}-\d{2}\.annotations\.csv$/);
  await expect(form.getByRole('status')).toContainText('Done:');
  const rows = parse(await readFile((await download.path())!, 'utf8'), { columns: true, bom: true }) as Record<string, string>[];
  const mine = rows.filter((row) => row.rationale === rationale);
  expect(mine).toHaveLength(1);
  expect(mine[0]).toMatchObject({ label: 'claim', quote: QUOTE, reviewer: 'Ravi Reviewer' });
  expect(rows.every((row) => row.label === 'claim')).toBe(true);

  await page.goto(`/articles/${article.id}`);
  await page.getByText('Download', { exact: true }).click();
  const jsonld = page.waitForEvent('download');
  await page.getByRole('list', { name: 'Download this article' }).getByRole('link', { name: /W3C Web Annotation/ }).click();
  const document = JSON.parse(await readFile((await (await jsonld).path())!, 'utf8')) as { type: string[]; total: number; first: { items: { body: { purpose: string; value?: string }[] }[] } };
  expect(document.type).toContain('AnnotationCollection');
  expect(document.total).toBe(1);
  expect(document.first.items[0]!.body).toEqual(expect.arrayContaining([{ type: 'TextualBody', purpose: 'tagging', value: 'claim' }]));
});

test('bulk CSV and JSON-LD, written by the export workers in batches, hold every annotation once and in order', async ({ apiAs }) => {
  const editorApi = await apiAs('editor');
  const article = await createTroopsArticle(editorApi);
  const reviewer = await apiAs('reviewer3');
  for (const label of ['claim', 'opinion', 'unsupported', 'claim', 'opinion'] as const) {
    await annotateViaApi(reviewer, article, QUOTE, { label, rationale: `batch test ${label} 🧪, "quoted"` });
  }
  const csvResponse = await editorApi.get('/api/exports?format=csv');
  expect(csvResponse.status()).toBe(200);
  const rows = parse(await csvResponse.text(), { columns: true }) as Record<string, string>[];
  expect(rows.length).toBe(Number(csvResponse.headers()['x-export-records']));
  // The server runs batches of two (scripts/e2e.ts): several batches, put back in article, id order.
  expect(rows.length).toBeGreaterThanOrEqual(5);
  const keys = rows.map((row) => `${row.article_id}/${row.annotation_id}`);
  expect(new Set(keys).size).toBe(keys.length);
  expect([...keys].sort()).toEqual(keys);
  expect(rows.filter((row) => row.article_id === article.id)).toHaveLength(5);

  const jsonldResponse = await editorApi.get('/api/exports?format=jsonld');
  expect(jsonldResponse.status()).toBe(200);
  const document = JSON.parse(await jsonldResponse.text()) as { total: number; first: { items: { id: string; motivation: string; target: { source: string; selector: { type: string; exact?: string }[] } }[] } };
  // Other tests annotate in parallel, so the two exports need not hold the same rows: each must agree with itself, and on this article with the other.
  expect(document.first.items).toHaveLength(document.total);
  const itemIds = document.first.items.map((item) => item.id.split('/').at(-1)!);
  expect(new Set(itemIds).size).toBe(itemIds.length);
  // Comments of other specs' articles follow as replies (motivation replying); this article has none.
  const mine = document.first.items.filter((item) => item.motivation === 'classifying' && item.target.source.endsWith(`/articles/${article.id}`));
  expect(mine.map((item) => item.id.split('/').at(-1))).toEqual(rows.filter((row) => row.article_id === article.id).map((row) => row.annotation_id));
  expect(mine.map((item) => item.target.selector.find((selector) => selector.type === 'TextQuoteSelector')?.exact)).toEqual(Array(5).fill(QUOTE));
});

test('a bulk JSON-LD export names itself with the address the client used, not the one the server listens on', async ({ apiAs, baseURL }) => {
  const editorApi = await apiAs('editor');
  const article = await createTroopsArticle(editorApi);
  await annotateViaApi(await apiAs('reviewer1'), article, QUOTE, { label: 'opinion' });
  // The app listens on 127.0.0.1 (scripts/e2e.ts); a client reaching it as desk.example sees only that name.
  const response = await editorApi.get('/api/exports?format=jsonld', { headers: { host: 'desk.example:8443' } });
  expect(response.status()).toBe(200);
  const text = await response.text();
  expect(text).not.toContain(new URL(baseURL!).host);
  const document = JSON.parse(text) as { id: string; last: string; first: { id: string; partOf: { id: string }; items: { id: string; motivation: string; target: string | { source: string } }[] } };
  expect(document.id).toBe('http://desk.example:8443/api/exports?format=jsonld');
  expect(document.first.id).toBe(`${document.id}#all`);
  expect(document.first.partOf.id).toBe(document.id);
  expect(document.last).toBe(document.first.id);
  expect(document.first.items.length).toBeGreaterThan(0);
  // Annotations are named under the client's address; comments (replies, from other specs) by urn:uuid, which names no host.
  expect(document.first.items.every((item) => item.id.startsWith(item.motivation === 'replying' ? 'urn:uuid:' : 'http://desk.example:8443/annotations/'))).toBe(true);
  expect(document.first.items.map((item) => (typeof item.target === 'string' ? item.target : item.target.source))).toContain(`http://desk.example:8443/articles/${article.id}`);
});
