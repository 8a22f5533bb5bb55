import { gunzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cachedJson } from './cached-json';
import { ENCODED_BODY_HEADER, ENCODED_BODY_SERVER_MARK } from './encoded-body';

const LONG = 'Russian troops in Iran? The body concedes no large-scale presence — «ایران». '.repeat(300);
const article = (revision: number, text = LONG) => ({ article: { id: 'a', revision, text, html: `<p>${text}</p>` } });
const request = (headers: Record<string, string> = {}) => new Request('http://desk.example/api/articles/a', { headers });
/** A value builder that counts how often cachedJson calls it. */
function countingBuild(revision: number) {
  const counter = {
    built: 0,
    build() {
      counter.built += 1;
      return article(revision);
    },
  };
  return counter;
}

describe('cachedJson', () => {
  it('answers the value as JSON (UTF-8), private and revalidated, with a strong ETag', async () => {
    const response = cachedJson(request(), 'a:1', () => article(1));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json');
    expect(response.headers.get('cache-control')).toBe('private, no-cache');
    expect(response.headers.get('etag')).toMatch(/^"[\w-]{43}"$/);
    expect(await response.json()).toEqual(article(1));
  });

  it('builds a key\'s body once, and gives another key its own body and ETag', async () => {
    const counter = countingBuild(2);
    const first = cachedJson(request(), 'a:2', counter.build);
    const again = cachedJson(request(), 'a:2', counter.build);
    expect(counter.built).toBe(1);
    expect(again.headers.get('etag')).toBe(first.headers.get('etag'));
    expect(await again.json()).toEqual(article(2));
    const other = cachedJson(request(), 'a:3', () => article(3, `${LONG}.`));
    expect(other.headers.get('etag')).not.toBe(first.headers.get('etag'));
    expect(await other.json()).toEqual(article(3, `${LONG}.`));
  });

  it('answers a matching If-None-Match with 304 and no body, and any other with the body', async () => {
    const etag = cachedJson(request(), 'a:4', () => article(4)).headers.get('etag')!;
    for (const ifNoneMatch of [etag, `W/${etag}`, `"x", ${etag}`, '*']) {
      const revalidated = cachedJson(request({ 'if-none-match': ifNoneMatch }), 'a:4', () => article(4));
      expect(revalidated.status).toBe(304);
      expect(revalidated.headers.get('etag')).toBe(etag);
      expect(await revalidated.text()).toBe('');
    }
    const stale = cachedJson(request({ 'if-none-match': '"not-it"' }), 'a:4', () => article(4));
    expect(stale.status).toBe(200);
    expect(await stale.json()).toEqual(article(4));
  });
});

describe('cachedJson under scripts/server.ts (which adopts encoded bodies)', () => {
  const marks = globalThis as Record<symbol, unknown>;
  beforeEach(() => {
    marks[ENCODED_BODY_SERVER_MARK] = true;
  });
  afterEach(() => {
    delete marks[ENCODED_BODY_SERVER_MARK];
  });
  const bytesOf = async (response: Response) => Buffer.from(await response.arrayBuffer());

  it('sends the body gzipped once when the request takes gzip, named for the server, with an ETag of its own', async () => {
    const counter = countingBuild(5);
    const identity = cachedJson(request(), 'a:5', counter.build);
    const gzip = cachedJson(request({ 'accept-encoding': 'gzip, deflate, br' }), 'a:5', counter.build);
    expect(counter.built).toBe(1);
    expect(identity.headers.get(ENCODED_BODY_HEADER)).toBeNull();
    expect(gzip.headers.get(ENCODED_BODY_HEADER)).toBe('gzip');
    for (const response of [identity, gzip]) expect(response.headers.get('vary')).toBe('Accept-Encoding');
    const gzipped = await bytesOf(gzip);
    expect(gzipped.length).toBeLessThan(JSON.stringify(article(5)).length / 4);
    expect(JSON.parse(gunzipSync(gzipped).toString('utf8'))).toEqual(article(5));
    expect(gzip.headers.get('etag')).not.toBe(identity.headers.get('etag'));
    // The gzipped bytes are kept: a second request gets the same ones, and nothing is built again.
    const again = cachedJson(request({ 'accept-encoding': 'gzip' }), 'a:5', counter.build);
    expect(again.headers.get('etag')).toBe(gzip.headers.get('etag'));
    expect(await bytesOf(again)).toEqual(gzipped);
    expect(counter.built).toBe(1);
  });

  it('sends the plain body when the request refuses gzip, prefers another encoding, or names none', async () => {
    // br and deflate alone: the server's compression offers no brotli, and deflates the plain body itself.
    for (const accept of ['identity', 'gzip;q=0, deflate;q=0', 'identity;q=1, gzip;q=0.5', 'br', 'deflate', 'compress', '']) {
      const response = cachedJson(request(accept ? { 'accept-encoding': accept } : {}), 'a:6', () => article(6));
      expect(response.headers.get(ENCODED_BODY_HEADER)).toBeNull();
      expect(await response.json()).toEqual(article(6));
    }
  });

  it('answers 304 to the tag of the variant it would send, and the body to another variant\'s tag', async () => {
    const gzipTag = cachedJson(request({ 'accept-encoding': 'gzip' }), 'a:7', () => article(7)).headers.get('etag')!;
    const revalidated = cachedJson(request({ 'accept-encoding': 'gzip', 'if-none-match': gzipTag }), 'a:7', () => article(7));
    expect(revalidated.status).toBe(304);
    expect(revalidated.headers.get(ENCODED_BODY_HEADER)).toBeNull();
    const identity = cachedJson(request({ 'if-none-match': gzipTag }), 'a:7', () => article(7));
    expect(identity.status).toBe(200);
    expect(await identity.json()).toEqual(article(7));
  });
});

describe('cachedJson served some other way (next dev, tests)', () => {
  it('never names an encoding, whatever the request accepts: nothing would turn it into Content-Encoding', async () => {
    const response = cachedJson(request({ 'accept-encoding': 'gzip, br' }), 'a:8', () => article(8));
    expect(response.headers.get(ENCODED_BODY_HEADER)).toBeNull();
    expect(response.headers.get('vary')).toBeNull();
    expect(await response.json()).toEqual(article(8));
  });
});
