// The handshake between scripts/server.ts, which compresses every answer itself (next.config.js
// sets compress: false), and a route handler that sends a body it compressed once (cached-json.ts:
// an article's answer, the same bytes for every reader of a revision). Next.js drops a route's own
// Content-Encoding, so the route names its encoding in ENCODED_BODY_HEADER and the server turns that
// into Content-Encoding before its compression decides (which then leaves the body alone). The
// server marks its process with ENCODED_BODY_SERVER_MARK: served any other way (next dev, tests),
// nothing would turn the header into an encoding, and routes send their bodies as they are.
// No `server-only` import: scripts/server.ts loads this outside Next.js's bundles.
import Negotiator from 'negotiator';

export const ENCODED_BODY_HEADER = 'x-corroborate-body-encoding';
export const ENCODED_BODY_SERVER_MARK = Symbol.for('corroborate.encoded-body-server');

export type BodyEncoding = 'br' | 'gzip' | 'identity';

/**
 * The encodings the server's compression (the `compression` package) offers, in its order of
 * preference: an encoded body is then what the same client would have got from it.
 */
const SUPPORTED: BodyEncoding[] = ['br', 'gzip', 'identity'];
const PREFERRED: BodyEncoding[] = ['br', 'gzip'];

/** negotiator 1.x's encoding(): @types/negotiator describes 0.6, which had no order of preference. */
type EncodingNegotiator = { encoding(available: readonly string[], options: { preferred: readonly string[] }): string | undefined };

export function serverAdoptsEncodedBodies(): boolean {
  return (globalThis as Record<symbol, unknown>)[ENCODED_BODY_SERVER_MARK] === true;
}

/**
 * The encoding to send a body in for this Accept-Encoding: identity when the header is absent (as
 * the server's compression does) or refuses every compression (`gzip;q=0`), and always when this
 * process is not served by scripts/server.ts.
 */
export function negotiateBodyEncoding(acceptEncoding: string | null): BodyEncoding {
  if (!acceptEncoding || !serverAdoptsEncodedBodies()) return 'identity';
  const negotiator = new Negotiator({ headers: { 'accept-encoding': acceptEncoding } }) as unknown as EncodingNegotiator;
  const chosen = negotiator.encoding(SUPPORTED, { preferred: PREFERRED });
  return chosen === 'br' || chosen === 'gzip' ? chosen : 'identity';
}

/** The Content-Encoding for a value of ENCODED_BODY_HEADER, or null for one this handshake never sends. */
export function adoptedEncoding(value: unknown): 'br' | 'gzip' | null {
  return value === 'br' || value === 'gzip' ? value : null;
}
