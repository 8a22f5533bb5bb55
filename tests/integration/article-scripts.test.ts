// Articles in any script through the real route handlers on PostgreSQL: the
// language and direction detected on import (from the text, and from what a
// fetched page declares), carried in the article JSON and corrected through
// PATCH /metadata (bad input refused, nothing changed); spans exact in UTF-16
// on Persian, Hindi and emoji text, and a span that splits a character refused.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { setConfigEnv } from '@/lib/config';
import { spanOf } from '../support/annotation-bodies';
import { errorOf, type Json, routeClient } from '../support/route-client';
import { routes } from '../support/routes';
import { withSeededDatabase } from '../support/seeded-database';

vi.mock('@/lib/server/auth/cookie-session', () => import('../support/session'));

const database = withSeededDatabase();
const { hit, importArticle } = routeClient(database);

const PERSIAN = [
  'دیدار وزیر خارجه ایران با Sergei Lavrov',
  'وزیر خارجه ایران در سال 2024 با Sergei Lavrov در مسکو دیدار کرد و گفت که همکاری دو کشور ادامه پیدا می‌کند.',
  'به گفته‌ی او، ۱۲ توافق‌نامه‌ی تازه امضا شد 👍🏽 و گروهی از بازرگانان 👨‍👩‍👧 هم حضور داشتند.',
];
const HINDI = ['प्रधानमंत्री का बयान', 'भारत के प्रधानमंत्री ने कहा कि 2024 में चुनाव होंगे।'];

const PAGE = `<!DOCTYPE html><html lang="en"><head><title>خبر</title>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"توافق تازه","inLanguage":"fa-IR"}</script>
</head><body><article><h1>توافق تازه</h1><p>${PERSIAN[1]}</p><p>${PERSIAN[2]}</p></article></body></html>`;

let server: http.Server;
let origin: string;

beforeAll(async () => {
  server = http.createServer((request, response) => {
    if (request.url === '/fa') response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE);
    else response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  setConfigEnv({ CORROBORATE_ALLOW_LOOPBACK_IMPORT: '1' });
});

afterAll(async () => {
  setConfigEnv({ CORROBORATE_ALLOW_LOOPBACK_IMPORT: undefined });
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

const getArticle = async (id: string) => (await hit('editor', routes.article.GET, { params: { id } })).body.article as Json;
const patchMetadata = (id: string, body: unknown) => hit('editor', routes.articleMetadata.PATCH, { method: 'PATCH', params: { id }, body });
const annotate = (id: string, body: Json) => hit('reviewer1', routes.articleAnnotations.POST, { method: 'POST', params: { id }, body });

describe('language and direction', () => {
  it('detects them on import from pasted text', async () => {
    const persian = await importArticle(PERSIAN);
    expect(await getArticle(persian.id)).toMatchObject({ language: 'fa', direction: 'rtl' });
    const hindi = await importArticle(HINDI);
    expect(await getArticle(hindi.id)).toMatchObject({ language: 'hi', direction: 'ltr' });
    const english = await importArticle(['Talks continue', 'The minister said talks would continue on Monday.']);
    expect(await getArticle(english.id)).toMatchObject({ language: 'en', direction: 'ltr' });
  });

  it('takes the page’s own inLanguage over a site-wide <html lang="en"> that contradicts the text', async () => {
    const answer = await hit('editor', routes.articles.POST, { method: 'POST', path: '/api/articles', body: { url: `${origin}/fa` } });
    expect(answer.status, answer.text).toBe(201);
    expect(answer.body.article).toMatchObject({ language: 'fa-IR', direction: 'rtl' });
  });

  it('takes the importer’s language and direction over the detection, and refuses a bad tag with nothing written', async () => {
    const importWith = (fields: Json) => hit('editor', routes.articles.POST, { method: 'POST', path: '/api/articles', body: { text: PERSIAN.join('\n'), ...fields } });
    expect(await importWith({ language: 'ckb' })).toMatchObject({ status: 201, body: { article: { language: 'ckb', direction: 'rtl' } } });
    expect(await importWith({ language: 'fa-af', direction: 'ltr' })).toMatchObject({ status: 201, body: { article: { language: 'fa-AF', direction: 'ltr' } } });
    const before = await database.snapshot();
    const refused = await importWith({ language: 'Persian!' });
    expect(refused.status).toBe(400);
    expect(errorOf(refused).message).toMatch(/language must be a BCP 47 language tag/);
    expect(await database.snapshot()).toEqual(before);
  });

  it('lets an editor correct them; a language alone brings its own direction', async () => {
    const article = await importArticle(['Talks continue', 'The minister said talks would continue on Monday.']);
    expect(await patchMetadata(article.id, { language: 'ar_eg' })).toMatchObject({ status: 200, body: { article: { language: 'ar-EG', direction: 'rtl' } } });
    expect(await patchMetadata(article.id, { direction: 'ltr' })).toMatchObject({ status: 200, body: { article: { language: 'ar-EG', direction: 'ltr' } } });
    expect(await patchMetadata(article.id, { language: 'en', direction: 'ltr' })).toMatchObject({ status: 200, body: { article: { language: 'en', direction: 'ltr' } } });
  });

  it.each([
    ['a tag that is not BCP 47', { language: 'Persian!' }, /language must be a BCP 47 language tag/],
    ['a tag longer than 35 characters', { language: `en-${'abcdefgh-'.repeat(4)}x` }, /language is too long/],
    ['an empty tag', { language: '' }, /language must be a BCP 47/],
    ['a direction other than ltr or rtl', { direction: 'auto' }, /direction must be "ltr" or "rtl"/],
    ['a language of the wrong type', { language: 42 }, /language/],
    ['null for a language (it cannot be cleared)', { language: null }, /language/],
  ])('refuses %s with 400 and changes nothing', async (_name, body, message) => {
    const article = await importArticle(PERSIAN);
    const before = await database.snapshot();
    const answer = await patchMetadata(article.id, body);
    expect(answer.status).toBe(400);
    expect(errorOf(answer).message).toMatch(message);
    expect(await database.snapshot()).toEqual(before);
  });
});

describe('exact spans in any script', () => {
  let persian: { id: string; text: string };
  let hindi: { id: string; text: string };
  beforeAll(async () => {
    persian = await importArticle(PERSIAN);
    hindi = await importArticle(HINDI);
  });

  it('stores UTF-16 spans on Persian text with Latin names, digits and emoji, quoting exactly', async () => {
    for (const exact of ['Sergei Lavrov', 'سال 2024', '۱۲ توافق‌نامه‌ی', '👍🏽', 'بازرگانان 👨‍👩‍👧']) {
      const answer = await annotate(persian.id, { label: 'claim', ...spanOf(persian.text, exact) });
      expect(answer.status, answer.text).toBe(201);
      const annotation = answer.body.annotation as Json;
      expect(annotation).toMatchObject(spanOf(persian.text, exact));
      expect(persian.text.slice(annotation.start as number, annotation.end as number)).toBe(exact);
    }
  });

  it('refuses a span that splits a character (a skin tone, a ZWJ sequence, a vowel sign) and writes nothing', async () => {
    const thumb = spanOf(persian.text, '👍🏽');
    const family = spanOf(persian.text, '👨‍👩‍👧');
    const vowelSign = hindi.text.indexOf('ा'); // the ा of प्रधानमंत्री's धा
    const cases: [{ id: string; text: string }, { start: number; end: number }][] = [
      [persian, { start: thumb.start, end: thumb.start + 2 }],
      [persian, { start: family.start, end: family.start + 3 }],
      [hindi, { start: vowelSign, end: vowelSign + 4 }],
      [hindi, { start: vowelSign - 3, end: vowelSign }],
    ];
    for (const [article, span] of cases) {
      const before = await database.snapshot();
      const answer = await annotate(article.id, { label: 'claim', ...span, exact: article.text.slice(span.start, span.end) });
      expect(answer.status).toBe(400);
      expect(errorOf(answer).message).toMatch(/middle of a character/);
      expect(await database.snapshot()).toEqual(before);
    }
  });
});
