import 'server-only';
// A large JSON answer that many requests send unchanged (an article: 35 kB of text and HTML that
// only a revision changes) is encoded once per process instead of once per request (issue 16:
// serialising it, encoding it to UTF-8 and collecting those copies were the article read's largest
// costs after the query). It carries a strong ETag of its bytes, so a client that holds it gets a
// 304 without the body. (Compressing it once too is not possible here: Next.js drops a route
// handler's Content-Encoding and compresses every answer itself.)
import { LRUCache } from 'lru-cache';
import { entityTag, matchesIfNoneMatch } from '../web-annotations/entity-tags';

type Encoded = { bytes: Uint8Array<ArrayBuffer>; etag: string };

// Bounded by what the keys and the encoded bodies hold (about 32 MB).
const cache = new LRUCache<string, Encoded>({
  maxSize: 32_000_000,
  sizeCalculation: (value, key) => key.length * 2 + value.bytes.length,
});

/**
 * `value()` as a JSON answer, encoded from this process's cache under `key`, which must determine
 * the body entirely (two requests with the same key get the same bytes); 304 for a matching
 * If-None-Match. Private and revalidated each time: the answer is a signed-in user's.
 */
export function cachedJson(request: Request, key: string, value: () => unknown): Response {
  let encoded = cache.get(key);
  if (!encoded) {
    const json = JSON.stringify(value());
    encoded = { bytes: new Uint8Array(Buffer.from(json, 'utf8')), etag: entityTag(json, 'application/json') };
    cache.set(key, encoded);
  }
  const headers = { 'Cache-Control': 'private, no-cache', ETag: encoded.etag };
  if (matchesIfNoneMatch(request.headers.get('if-none-match'), encoded.etag)) return new Response(null, { status: 304, headers });
  return new Response(encoded.bytes, { headers: { ...headers, 'Content-Type': 'application/json' } });
}
