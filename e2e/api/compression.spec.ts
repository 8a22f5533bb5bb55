// Compression as the server sends it (scripts/server.ts compresses, not Next.js): an article's
// answer is gzipped once per revision and sent so when the request accepts gzip
// (lib/server/http/cached-json.ts), byte for byte the same JSON as uncompressed; other answers and
// pages are compressed as before; an event stream is not (it would hold events back). Raw
// node:http requests, so the test sees the bytes on the wire rather than a client's decoding.
import { request as httpRequest } from 'node:http';
import { gunzipSync, inflateSync } from 'node:zlib';
import type { APIRequestContext } from '@playwright/test';
import { SAMPLE_ARTICLES } from '../fixtures/accounts';
import { listArticles } from '../fixtures/api';
import { expect, test } from '../fixtures/test';

type Raw = { status: number; headers: Record<string, string | string[] | undefined>; body: Buffer };

async function cookieOf(api: APIRequestContext): Promise<string> {
  const { cookies } = await api.storageState();
  return cookies.map((cookie) => `${cookie.name}=${cookie.value}`).join('; ');
}

/** One request; the body read to its end, or, with `headersOnly`, the connection closed once the headers arrived. */
function raw(baseURL: string, path: string, headers: Record<string, string>, headersOnly = false): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(new URL(path, baseURL), { headers }, (response) => {
      const answer = { status: response.statusCode ?? 0, headers: response.headers };
      if (headersOnly) {
        response.destroy();
        resolve({ ...answer, body: Buffer.alloc(0) });
        return;
      }
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ ...answer, body: Buffer.concat(chunks) }));
      response.on('error', reject);
    });
    request.on('error', reject);
    request.end();
  });
}

function decoded(reply: Raw): string {
  const encoding = reply.headers['content-encoding'];
  const bytes = encoding === 'gzip' ? gunzipSync(reply.body) : encoding === 'deflate' ? inflateSync(reply.body) : reply.body;
  return bytes.toString('utf8');
}

test('an article is sent gzipped from the cache when gzip is accepted, the same JSON as uncompressed, with its own validator', async ({ apiAs, baseURL }) => {
  const api = await apiAs('reviewer1');
  const cookie = await cookieOf(api);
  const article = (await listArticles(api)).find((candidate) => candidate.title === SAMPLE_ARTICLES.troops.title)!;
  const path = `/api/articles/${article.id}`;

  const plain = await raw(baseURL!, path, { cookie, 'accept-encoding': 'identity' });
  expect(plain.status).toBe(200);
  expect(plain.headers['content-encoding']).toBeUndefined();
  const json = plain.body.toString('utf8');
  expect((JSON.parse(json) as { article: { id: string; text: string } }).article.text.length).toBeGreaterThan(10_000);

  const tags = new Set([plain.headers.etag]);
  // As Next.js's compression did: gzip whenever it is accepted, no brotli.
  for (const [accept, expected] of [['gzip, deflate', 'gzip'], ['gzip, deflate, br', 'gzip']] as const) {
    const reply = await raw(baseURL!, path, { cookie, 'accept-encoding': accept });
    expect(reply.status).toBe(200);
    expect(reply.headers['content-encoding']).toBe(expected);
    expect(String(reply.headers.vary)).toMatch(/accept-encoding/i);
    expect(reply.headers['content-type']).toBe('application/json');
    // The handshake's header is the server's business, never the client's.
    expect(Object.keys(reply.headers).filter((name) => name.startsWith('x-corroborate'))).toEqual([]);
    expect(reply.body.length).toBeLessThan(plain.body.length / 2);
    expect(decoded(reply)).toBe(json);
    tags.add(reply.headers.etag);

    const revalidated = await raw(baseURL!, path, { cookie, 'accept-encoding': accept, 'if-none-match': String(reply.headers.etag) });
    expect(revalidated.status).toBe(304);
    expect(revalidated.body.length).toBe(0);
  }
  expect(tags.size).toBe(2);
  // deflate is not kept ready: the server compresses the plain body as it does any other answer.
  const deflated = await raw(baseURL!, path, { cookie, 'accept-encoding': 'deflate' });
  expect(deflated.headers['content-encoding']).toBe('deflate');
  expect(deflated.headers.etag).toBe(plain.headers.etag);
  expect(decoded(deflated)).toBe(json);
});

test('other answers and pages are compressed by the server, and an event stream is not', async ({ apiAs, baseURL }) => {
  const api = await apiAs('reviewer1');
  const cookie = await cookieOf(api);
  const list = await raw(baseURL!, '/api/articles', { cookie, 'accept-encoding': 'gzip' });
  expect(list.status).toBe(200);
  expect(list.headers['content-encoding']).toBe('gzip');
  expect(JSON.parse(decoded(list))).toHaveProperty('articles');

  const page = await raw(baseURL!, '/', { cookie, 'accept-encoding': 'gzip, deflate, br' });
  expect(page.status).toBe(200);
  expect(page.headers['content-encoding']).toBe('gzip');
  expect(decoded(page)).toContain('<html');

  const article = (await listArticles(api))[0]!;
  const stream = await raw(baseURL!, `/api/events?article=${article.id}`, { cookie, 'accept-encoding': 'gzip, br' }, true);
  expect(stream.status).toBe(200);
  expect(stream.headers['content-type']).toMatch(/^text\/event-stream/);
  expect(stream.headers['content-encoding']).toBeUndefined();
});
