// Fetches a news page for the URL importer without letting an editor-supplied URL
// reach the server's own network (SSRF): every hop is resolved, vetted, and then
// connected to at exactly the vetted address, under a size and time budget.
// Whatever makes an address unacceptable (no such name, a non-public address, a
// redirect to one, another scheme or port) gets one answer, no sooner than a
// short floor, so the importer cannot be used to map the internal network.
import 'server-only';
import http from 'node:http';
import https from 'node:https';
import { lookup as dnsLookup } from 'node:dns/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { isIP, type LookupFunction } from 'node:net';
import { pipeline, type Readable } from 'node:stream';
import zlib from 'node:zlib';
import { AppError, isAppError } from '../../errors';
import { ADDRESS_REFUSED_MESSAGE, isLoopbackAddress, isPublicAddress, isWebPort } from '../../articles/address-policy';

export interface ResolvedAddress {
  address: string;
  family: number;
}

/** Resolves a host name to every address it has; the default is dns.lookup({ all: true }). */
export type ResolveHost = (hostname: string) => Promise<ResolvedAddress[]>;

export interface FetchArticlePageOptions {
  /**
   * Test-only: also accept 127.0.0.0/8 and ::1 so end-to-end tests can import from a
   * local server. Private, link-local and every other non-public range stay refused.
   */
  allowLoopback?: boolean;
  /** Replaces DNS so tests can make names "resolve" anywhere without a resolver. */
  lookup?: ResolveHost;
  /** Budget for the whole import, redirects included. Default 10 s. */
  timeoutMs?: number;
  /** Largest decoded body accepted. Default 5 MiB. */
  maxBytes?: number;
  /**
   * An address refusal is answered no sooner than this after its hop started
   * resolving, so a name the resolver answers at once (an internal one) and one
   * it has to give up on take about as long. Default 200 ms.
   */
  addressRefusalFloorMs?: number;
}

export interface FetchedArticlePage {
  /** The URL that finally answered, after redirects. */
  finalUrl: string;
  /** The body decoded to a string using the page's declared charset. */
  html: string;
  /** The media type alone, lower-cased, e.g. "text/html" (parameters dropped). */
  contentType: string;
}

const DEFAULT_TIMEOUT_MS = 10_000;
const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;
// Longer than a cached or internal answer and a typical NXDOMAIN round trip; short enough that nobody waits for it.
const DEFAULT_ADDRESS_REFUSAL_FLOOR_MS = 200;
const MAX_REDIRECTS = 5;
const MAX_URL_LENGTH = 2048;
const ACCEPTED_MEDIA_TYPES = new Set(['text/html', 'application/xhtml+xml', 'text/plain']);
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
const REQUEST_HEADERS = {
  'user-agent': 'Corroborate/0.1 (fact-checking article import)',
  accept: 'text/html,application/xhtml+xml;q=0.9,text/plain;q=0.8',
  'accept-encoding': 'gzip, deflate, br',
};

export async function fetchArticlePage(
  url: string,
  options: FetchArticlePageOptions = {},
): Promise<FetchedArticlePage> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const vetting: Vetting = {
    resolveHost: options.lookup ?? resolveWithDns,
    allowLoopback: options.allowLoopback === true,
    floorMs: options.addressRefusalFloorMs ?? DEFAULT_ADDRESS_REFUSAL_FLOOR_MS,
  };

  // One deadline for the whole chain, so a slow redirect ladder cannot stretch it.
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  let current = parseImportUrl(url, false);

  try {
    for (let redirects = 0; ; redirects += 1) {
      const addresses = await resolveVettedAddresses(current, vetting, controller.signal);
      const response = await requestPinned(current, addresses, controller.signal);
      try {
        const status = response.statusCode ?? 0;
        if (REDIRECT_STATUSES.has(status)) {
          if (redirects >= MAX_REDIRECTS) {
            throw new AppError('bad_gateway', `Could not fetch ${current.host}: it redirected more than ${MAX_REDIRECTS} times.`);
          }
          current = parseRedirectTarget(response.headers.location, current);
          continue;
        }
        if (status < 200 || status >= 300) {
          throw new AppError('bad_gateway', `Could not fetch ${current.host}: the site answered with status ${status}.`, {
            status,
          });
        }
        const contentType = readAcceptedMediaType(response.headers['content-type']);
        const body = await readLimitedBody(response, maxBytes, controller.signal);
        const html = decodeBody(body, response.headers['content-type'] ?? '', contentType);
        return { finalUrl: current.href, html, contentType };
      } finally {
        // Redirect and error bodies are never read; dropping the socket is cheaper than draining it.
        response.destroy();
      }
    }
  } catch (error) {
    throw toAppError(error, current, controller.signal.aborted, timeoutMs);
  } finally {
    clearTimeout(timer);
  }
}

function parseImportUrl(raw: string, viaRedirect: boolean): URL {
  const trimmed = raw.trim();
  const subject = viaRedirect ? 'The page redirected to an address that' : 'That address';
  if (trimmed.length > MAX_URL_LENGTH) {
    throw new AppError('bad_request', `${subject} is too long to import.`);
  }
  let parsed: URL;
  try {
    parsed = new URL(trimmed);
  } catch {
    throw new AppError('bad_request', viaRedirect ? 'The page redirected to an invalid address.' : 'That is not a valid web address.');
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw addressRefused();
  if (parsed.username !== '' || parsed.password !== '') {
    throw new AppError('bad_request', `${subject} contains a user name or password, so it cannot be imported.`);
  }
  // The fragment is never sent and only makes finalUrl noisier.
  parsed.hash = '';
  return parsed;
}

function parseRedirectTarget(location: string | undefined, base: URL): URL {
  if (!location) {
    throw new AppError('bad_gateway', `Could not fetch ${base.host}: it redirected without saying where to.`);
  }
  let absolute: string;
  try {
    absolute = new URL(location, base).href;
  } catch {
    throw new AppError('bad_request', 'The page redirected to an invalid address.');
  }
  return parseImportUrl(absolute, true);
}

type Vetting = { resolveHost: ResolveHost; allowLoopback: boolean; floorMs: number };

function addressRefused(): AppError {
  // No details: the host, the resolver's error code or the address would each tell the story again.
  return new AppError('bad_request', ADDRESS_REFUSED_MESSAGE);
}

/**
 * The addresses to connect to for this hop, or the one address refusal. Every
 * way a name can fail — no answer, an error, a hang until the deadline, no
 * addresses, any non-public address, a port that is not a web port — ends in
 * the same refusal after the same floor.
 */
async function resolveVettedAddresses(url: URL, vetting: Vetting, signal: AbortSignal): Promise<ResolvedAddress[]> {
  const started = Date.now();
  const addresses = await resolveOrNull(url, vetting.resolveHost, signal);
  if (addresses && isAcceptable(addresses, url.port, vetting.allowLoopback)) return addresses;
  const wait = started + vetting.floorMs - Date.now();
  // The deadline still wins: an aborted wait ends at once.
  if (wait > 0) await sleep(wait, undefined, { signal }).catch(() => undefined);
  throw addressRefused();
}

async function resolveOrNull(url: URL, resolveHost: ResolveHost, signal: AbortSignal): Promise<ResolvedAddress[] | null> {
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
  if (isIP(host) !== 0) return [{ address: host, family: isIP(host) }];
  try {
    const answers = await abortable(resolveHost(host), signal);
    // Trust the address text, not the resolver's family field: it is what we connect to.
    return answers.map(({ address }) => ({ address, family: isIP(address) }));
  } catch {
    return null;
  }
}

function isAcceptable(addresses: ResolvedAddress[], port: string, allowLoopback: boolean): boolean {
  if (addresses.length === 0) return false;
  // Refuse if ANY address is off-limits: connecting code may try them in any order,
  // and a name mixing public and private answers is exactly what rebinding looks like.
  const allLoopback = allowLoopback && addresses.every(({ address }) => isLoopbackAddress(address));
  const allAllowed = addresses.every(({ address, family }) => family !== 0 && (isPublicAddress(address) || (allowLoopback && isLoopbackAddress(address))));
  // The test-only loopback allowance covers local test servers, which listen on any port.
  return allAllowed && (isWebPort(port) || allLoopback);
}

function resolveWithDns(hostname: string): Promise<ResolvedAddress[]> {
  return dnsLookup(hostname, { all: true, verbatim: true });
}

/** Opens the request so the socket can only reach the addresses already vetted. */
function requestPinned(url: URL, addresses: ResolvedAddress[], signal: AbortSignal): Promise<http.IncomingMessage> {
  // The socket asks this instead of DNS, so a second resolution (DNS rebinding)
  // cannot swap in a different address between the check and the connect. Host
  // header, SNI and certificate checks still use the real host name.
  const pinnedLookup: LookupFunction = (_hostname, lookupOptions, callback) => {
    const wanted = lookupOptions.family === 4 || lookupOptions.family === 6 ? lookupOptions.family : 0;
    const usable = addresses.filter((entry) => wanted === 0 || entry.family === wanted);
    const first = usable[0];
    if (!first) {
      callback(Object.assign(new Error('No vetted address for the requested family'), { code: 'ENOTFOUND' }), '', 0);
    } else if (lookupOptions.all) {
      callback(null, usable.map(({ address, family }) => ({ address, family })));
    } else {
      callback(null, first.address, first.family);
    }
  };

  const client = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const request = client.request(url, {
      method: 'GET',
      headers: REQUEST_HEADERS,
      lookup: pinnedLookup,
      // A fresh agent per request: no pooled socket from an earlier vetting is reused,
      // and nothing outlives the import.
      agent: false,
      signal,
    });
    request.once('response', resolve);
    // `on`, not `once`: a late socket error must not become an unhandled 'error' event.
    request.on('error', reject);
    request.end();
  });
}

function readAcceptedMediaType(header: string | undefined): string {
  const mediaType = (header ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  if (!ACCEPTED_MEDIA_TYPES.has(mediaType)) {
    throw new AppError(
      'unsupported_media_type',
      mediaType
        ? `That link points to ${mediaType} content; only web pages (HTML) and plain text can be imported.`
        : 'That link did not say what kind of content it is; only web pages (HTML) and plain text can be imported.',
      { contentType: mediaType || null },
    );
  }
  return mediaType;
}

async function readLimitedBody(response: http.IncomingMessage, maxBytes: number, signal: AbortSignal): Promise<Buffer> {
  const tooLarge = () =>
    new AppError('payload_too_large', `That page is larger than ${formatMegabytes(maxBytes)}, so it cannot be imported.`);

  const declared = Number(response.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes) throw tooLarge();

  const source = decodeContentEncoding(response);
  // The request's signal tears down the socket; this makes sure a half-read
  // (or decompressing) stream stops too, instead of waiting for more data.
  const stopOnAbort = () => source.destroy(new Error('aborted'));
  signal.addEventListener('abort', stopOnAbort, { once: true });
  try {
    const chunks: Buffer[] = [];
    let total = 0;
    for await (const chunk of source) {
      const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as Uint8Array);
      total += buffer.length;
      // Counted after decompression, so a small gzip bomb cannot inflate past the cap.
      if (total > maxBytes) throw tooLarge();
      chunks.push(buffer);
    }
    return Buffer.concat(chunks, total);
  } finally {
    signal.removeEventListener('abort', stopOnAbort);
    source.destroy();
  }
}

function decodeContentEncoding(response: http.IncomingMessage): Readable {
  const encoding = (response.headers['content-encoding'] ?? 'identity').trim().toLowerCase();
  const ignoreErrors = () => {
    // Errors surface through the returned stream's iterator.
  };
  switch (encoding) {
    case '':
    case 'identity':
      return response;
    case 'gzip':
    case 'x-gzip':
      return pipeline(response, zlib.createGunzip(), ignoreErrors);
    case 'deflate':
      return pipeline(response, zlib.createInflate(), ignoreErrors);
    case 'br':
      return pipeline(response, zlib.createBrotliDecompress(), ignoreErrors);
    default:
      throw new AppError('bad_gateway', `Could not fetch the page: it used an unsupported compression (${encoding}).`);
  }
}

/**
 * Decodes following the HTML order of precedence: byte-order mark, then the
 * Content-Type charset, then a <meta> charset near the top, then UTF-8.
 */
function decodeBody(body: Buffer, contentTypeHeader: string, mediaType: string): string {
  const label =
    sniffByteOrderMark(body) ??
    usableCharset(parseCharsetParameter(contentTypeHeader)) ??
    (mediaType === 'text/plain' ? null : usableCharset(prescanMetaCharset(body))) ??
    'utf-8';
  const decoder = new TextDecoder(label);
  if (decoder.encoding === 'windows-1252' && !NATIVE_WINDOWS_1252_WORKS) return decodeWindows1252(body);
  return decoder.decode(body);
}

// Some Node releases (20.x included) decode windows-1252 — which is also what the
// labels "latin1" and "iso-8859-1" mean on the web — as ISO-8859-1, turning curly
// quotes and dashes from older news sites into C1 control characters. Detect the bug
// once, so a fixed runtime goes back to the native decoder.
const NATIVE_WINDOWS_1252_WORKS = new TextDecoder('windows-1252').decode(Uint8Array.of(0x93)) === '\u201c';
// Code points for bytes 0x80–0x9F; the remaining bytes equal their code points.
const WINDOWS_1252_C1 = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

function decodeWindows1252(body: Buffer): string {
  const parts: string[] = [];
  const CHUNK = 8192;
  for (let start = 0; start < body.length; start += CHUNK) {
    const codes = Array.from(body.subarray(start, start + CHUNK), (byte) =>
      byte >= 0x80 && byte <= 0x9f ? (WINDOWS_1252_C1[byte - 0x80] ?? byte) : byte,
    );
    parts.push(String.fromCharCode(...codes));
  }
  return parts.join('');
}

function sniffByteOrderMark(body: Buffer): string | null {
  if (body[0] === 0xef && body[1] === 0xbb && body[2] === 0xbf) return 'utf-8';
  if (body[0] === 0xfe && body[1] === 0xff) return 'utf-16be';
  if (body[0] === 0xff && body[1] === 0xfe) return 'utf-16le';
  return null;
}

function parseCharsetParameter(contentTypeHeader: string): string | null {
  const match = /;\s*charset\s*=\s*(?:"([^"]*)"|([^;\s]*))/i.exec(contentTypeHeader);
  return match?.[1] ?? match?.[2] ?? null;
}

function prescanMetaCharset(body: Buffer): string | null {
  const head = body.subarray(0, 1024).toString('latin1');
  // Matches both <meta charset="x"> and <meta http-equiv="Content-Type" content="...; charset=x">.
  const match = /<meta\b[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  const label = match?.[1] ?? null;
  // A page that claims UTF-16 in ASCII-compatible bytes is lying; HTML treats it as UTF-8.
  return label && /^utf-16/i.test(label) ? 'utf-8' : label;
}

function usableCharset(label: string | null): string | null {
  if (!label) return null;
  try {
    new TextDecoder(label);
    return label;
  } catch {
    return null; // Unknown labels fall through to the next source rather than failing the import.
  }
}

function abortable<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(new Error('aborted'));
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(new Error('aborted'));
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}

function toAppError(error: unknown, url: URL, timedOut: boolean, timeoutMs: number): AppError {
  if (isAppError(error)) return error;
  if (timedOut) {
    return new AppError(
      'bad_gateway',
      `Could not fetch ${url.host}: the site did not respond within ${formatSeconds(timeoutMs)}.`,
      { cause: 'timeout' },
    );
  }
  const code = errorCode(error);
  return new AppError('bad_gateway', `Could not fetch ${url.host}: ${describeNetworkError(code)}.`, { cause: code });
}

function describeNetworkError(code: string | null): string {
  switch (code) {
    case 'ECONNREFUSED':
      return 'the connection was refused';
    case 'ECONNRESET':
    case 'EPIPE':
      return 'the connection was dropped';
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return 'the host name could not be found';
    case 'ETIMEDOUT':
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
      return 'the site could not be reached';
    default:
      if (code && /^(CERT_|ERR_TLS_|UNABLE_TO_|DEPTH_ZERO|SELF_SIGNED)/.test(code)) {
        return 'its security certificate is not valid';
      }
      return 'the connection failed';
  }
}

function errorCode(error: unknown): string | null {
  if (typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string') {
    return error.code;
  }
  return null;
}

function formatMegabytes(bytes: number): string {
  const megabytes = bytes / (1024 * 1024);
  return megabytes >= 1 ? `${Number(megabytes.toFixed(1))} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

function formatSeconds(ms: number): string {
  const seconds = ms / 1000;
  return seconds === 1 ? '1 second' : `${Number(seconds.toFixed(2))} seconds`;
}
