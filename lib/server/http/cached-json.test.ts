import { describe, expect, it } from 'vitest';
import { cachedJson } from './cached-json';

const LONG = 'Russian troops in Iran? The body concedes no large-scale presence — «ایران». '.repeat(300);
const article = (revision: number, text = LONG) => ({ article: { id: 'a', revision, text, html: `<p>${text}</p>` } });
const request = (headers: Record<string, string> = {}) => new Request('http://desk.example/api/articles/a', { headers });

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
    let built = 0;
    const build = () => {
      built += 1;
      return article(2);
    };
    const first = cachedJson(request(), 'a:2', build);
    const again = cachedJson(request(), 'a:2', build);
    expect(built).toBe(1);
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
