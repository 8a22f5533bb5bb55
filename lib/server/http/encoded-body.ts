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

export type BodyEncoding = 'gzip' | 'identity';

/**
 * The server's compression (the `compression` package 1.7.5, the version Next.js compiles in:
 * gzip and deflate, no brotli) chooses among these, gzip first on a tie; an encoded body is then
 * what the same client would have got from it. (compression 1.8 adds brotli, preferred by every
 * browser: at its quality 4 and 4 MB window per answer, the desk bench's server CPU per request
 * was 18.2 ms against 14.2 with gzip the same morning.) Deflate is not kept ready: a client that
 * takes only deflate gets the plain body, which the server then deflates as any other answer.
 */
const CHOICES = ['gzip', 'deflate', 'identity'];
const PREFERRED = ['gzip'];

/** negotiator 1.x's encoding(): @types/negotiator describes 0.6, which had no order of preference. */
type EncodingNegotiator = { encoding(available: readonly string[], options: { preferred: readonly string[] }): string | undefined };

export function serverAdoptsEncodedBodies(): boolean {
  return (globalThis as Record<symbol, unknown>)[ENCODED_BODY_SERVER_MARK] === true;
}

/**
 * The encoding to send a body in for this Accept-Encoding: gzip where the server's compression
 * would choose gzip; identity when the header is absent (as that compression does), when it
 * refuses gzip or ranks another coding higher, and always when this process is not served by
 * scripts/server.ts.
 */
export function negotiateBodyEncoding(acceptEncoding: string | null): BodyEncoding {
  if (!acceptEncoding || !serverAdoptsEncodedBodies()) return 'identity';
  const negotiator = new Negotiator({ headers: { 'accept-encoding': acceptEncoding } }) as unknown as EncodingNegotiator;
  return negotiator.encoding(CHOICES, { preferred: PREFERRED }) === 'gzip' ? 'gzip' : 'identity';
}

/** The Content-Encoding for a value of ENCODED_BODY_HEADER, or null for one this handshake never sends. */
export function adoptedEncoding(value: unknown): 'gzip' | null {
  return value === 'gzip' ? value : null;
}
