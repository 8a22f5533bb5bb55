import 'server-only';
// A large JSON answer that many requests send unchanged (an article: 35 kB of text and HTML that
// only a revision changes) is encoded once per process instead of once per request (issue 16:
// serialising it, encoding it to UTF-8 and collecting those copies were the article read's largest
// costs after the query), and gzipped once: compressing 35 kB on every read cost more CPU than
// the rest of the route (bench/request-cost.ts: 1.64× the bare route with gzip, 1.23× without).
// The compressed body reaches the client through the server's handshake (encoded-body.ts). Each
// variant carries a strong ETag of its own bytes, so a client that holds it gets a 304 without the body.
import { gzipSync } from 'node:zlib';
import { LRUCache } from 'lru-cache';
import { entityTag, matchesIfNoneMatch } from '../web-annotations/entity-tags';
import { ENCODED_BODY_HEADER, negotiateBodyEncoding, serverAdoptsEncodedBodies } from './encoded-body';

type Variant = { bytes: Uint8Array<ArrayBuffer>; etag: string };
type Encoded = { identity: Variant; gzip?: Variant };

// Bounded by what the keys and the bodies in every encoding hold (about 32 MB).
const cache = new LRUCache<string, Encoded>({
  maxSize: 32_000_000,
  sizeCalculation: (value, key) => key.length * 2 + Object.values(value).reduce((sum, variant) => sum + variant.bytes.length, 0),
});

/**
 * The body gzipped as the server's compression would (zlib's default level), under a tag of its
 * own: a strong validator names one representation, and the compressed bytes are another. Kept with
 * the plain body (set again, so the cache counts its size).
 */
function gzipAndKeep(key: string, encoded: Encoded): Variant {
  const gzip = { bytes: new Uint8Array(gzipSync(encoded.identity.bytes)), etag: `${encoded.identity.etag.slice(0, -1)}-gzip"` };
  cache.set(key, { ...encoded, gzip });
  return gzip;
}

/**
 * `value()` as a JSON answer, encoded from this process's cache under `key`, which must determine
 * the body entirely (two requests with the same key get the same bytes), in the encoding the
 * request accepts; 304 for a matching If-None-Match. Private and revalidated each time: the answer
 * is a signed-in user's.
 */
export function cachedJson(request: Request, key: string, value: () => unknown): Response {
  const encoding = negotiateBodyEncoding(request.headers.get('accept-encoding'));
  let encoded = cache.get(key);
  if (!encoded) {
    const json = JSON.stringify(value());
    encoded = { identity: { bytes: new Uint8Array(Buffer.from(json, 'utf8')), etag: entityTag(json, 'application/json') } };
    cache.set(key, encoded);
  }
  const variant = encoding === 'identity' ? encoded.identity : (encoded.gzip ?? gzipAndKeep(key, encoded));
  const headers: Record<string, string> = { 'Cache-Control': 'private, no-cache', ETag: variant.etag };
  // The answer depends on Accept-Encoding wherever the server could send it compressed.
  if (serverAdoptsEncodedBodies()) headers.Vary = 'Accept-Encoding';
  if (matchesIfNoneMatch(request.headers.get('if-none-match'), variant.etag)) return new Response(null, { status: 304, headers });
  if (encoding !== 'identity') headers[ENCODED_BODY_HEADER] = encoding;
  return new Response(variant.bytes, { headers: { ...headers, 'Content-Type': 'application/json' } });
}
