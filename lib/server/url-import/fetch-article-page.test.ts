// Exercises the SSRF-guarded page fetcher against a throwaway server on 127.0.0.1.
// A guard on net.Socket#connect fails any attempt to reach a non-loopback address,
// so the "refused" cases prove the fetcher stopped before connecting, and no test
// can ever send traffic off this machine.
import http from 'node:http';
import net, { isIP, type AddressInfo, type LookupFunction } from 'node:net';
import zlib from 'node:zlib';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { ADDRESS_REFUSED_MESSAGE } from '../../articles/address-policy';
import { AppError } from '../../errors';
import { fetchArticlePage, type ResolveHost } from './fetch-article-page';

vi.mock('server-only', () => ({}));

const LOOPBACK = new Set(['127.0.0.1', '::1']);
const PAGE_HTML = '<!doctype html><html><head><title>Hello</title></head><body><p>Héllo wörld</p></body></html>';

let server: http.Server;
let origin: string;
let port: number;
const hits = new Map<string, number>();
const hostHeaders: string[] = [];

function handle(request: http.IncomingMessage, response: http.ServerResponse): void {
  const path = new URL(request.url ?? '/', 'http://placeholder').pathname;
  hits.set(path, (hits.get(path) ?? 0) + 1);
  hostHeaders.push(request.headers.host ?? '');
  const redirect = (location: string, status = 302) => response.writeHead(status, { location }).end();

  switch (path) {
    case '/page':
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE_HTML);
      return;
    case '/xhtml':
      response.writeHead(200, { 'content-type': 'application/xhtml+xml' }).end('<html><body>x</body></html>');
      return;
    case '/plain':
      response.writeHead(200, { 'content-type': 'text/plain' }).end('just text');
      return;
    case '/pdf':
      response.writeHead(200, { 'content-type': 'application/pdf' }).end('%PDF-1.7');
      return;
    case '/json':
      response.writeHead(200, { 'content-type': 'application/json; charset=utf-8' }).end('{}');
      return;
    case '/no-type':
      response.writeHead(200).end('<p>what am I?</p>');
      return;
    case '/missing':
      response.writeHead(404, { 'content-type': 'text/html' }).end('<p>gone</p>');
      return;
    case '/redirect-relative':
      redirect('/page#fragment', 301);
      return;
    case '/redirect-twice':
      redirect('/redirect-relative', 307);
      return;
    case '/redirect-metadata':
      redirect('http://169.254.169.254/latest/meta-data/');
      return;
    case '/redirect-private':
      redirect('http://10.0.0.1/admin', 301);
      return;
    case '/redirect-named-private':
      redirect('http://metadata.test/computeMetadata/v1/', 308);
      return;
    case '/redirect-unresolvable-name':
      redirect('http://no-such-host.internal/admin', 302);
      return;
    case '/redirect-ftp':
      redirect('ftp://files.example.org/story.html', 302);
      return;
    case '/redirect-mail-port':
      redirect('http://news.example.org:25/', 302);
      return;
    case '/redirect-mapped-loopback':
      redirect(`http://[::ffff:127.0.0.1]:${port}/page`);
      return;
    case '/redirect-file':
      redirect('file:///etc/passwd');
      return;
    case '/redirect-credentials':
      redirect(`http://user:secret@127.0.0.1:${port}/page`);
      return;
    case '/redirect-nowhere':
      response.writeHead(302).end();
      return;
    case '/loop':
      redirect('/loop');
      return;
    case '/huge-chunked':
      writeChunked(response, 5 * 1024 * 1024 + 1);
      return;
    case '/huge-declared':
      // Declares 50 MB, sends a little and stalls: the fetcher must refuse on the header alone.
      response.writeHead(200, { 'content-type': 'text/html', 'content-length': String(50 * 1024 * 1024) });
      response.write('<p>start');
      return;
    case '/medium':
      writeChunked(response, 200 * 1024);
      return;
    case '/gzip-bomb': {
      const inflated = Buffer.alloc(2 * 1024 * 1024, 0x20);
      const compressed = zlib.gzipSync(inflated);
      response.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' }).end(compressed);
      return;
    }
    case '/gzip':
      response
        .writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-encoding': 'gzip' })
        .end(zlib.gzipSync(PAGE_HTML));
      return;
    case '/brotli':
      response
        .writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-encoding': 'br' })
        .end(zlib.brotliCompressSync(PAGE_HTML));
      return;
    case '/latin1-header':
      response
        .writeHead(200, { 'content-type': 'text/html; charset="windows-1252"' })
        .end(Buffer.from('<p>caf\xe9 \x93quoted\x94</p>', 'latin1'));
      return;
    case '/latin1-meta':
      response
        .writeHead(200, { 'content-type': 'text/html' })
        .end(Buffer.from('<html><head><meta charset="iso-8859-1"></head><body><p>caf\xe9</p></body></html>', 'latin1'));
      return;
    case '/bogus-charset':
      response.writeHead(200, { 'content-type': 'text/html; charset=x-no-such-charset' }).end('<p>Héllo</p>');
      return;
    case '/slow-headers':
      // Never answers; the fetcher's deadline must fire.
      return;
    case '/slow-body':
      response.writeHead(200, { 'content-type': 'text/html' });
      response.write('<p>first part');
      return;
    default:
      response.writeHead(404).end();
  }
}

function writeChunked(response: http.ServerResponse, totalBytes: number): void {
  response.writeHead(200, { 'content-type': 'text/html' });
  const chunk = Buffer.alloc(64 * 1024, 0x61);
  let sent = 0;
  const pump = () => {
    while (sent < totalBytes) {
      const size = Math.min(chunk.length, totalBytes - sent);
      sent += size;
      if (!response.write(chunk.subarray(0, size))) {
        response.once('drain', pump);
        return;
      }
    }
    response.end();
  };
  response.on('error', () => undefined);
  pump();
}

// --- connect guard -----------------------------------------------------------------

const connectTargets: string[] = [];

function refuseNonLoopback(addresses: string[]): void {
  const offending = addresses.filter((address) => !LOOPBACK.has(address));
  if (offending.length > 0) throw new Error(`test guard: refused connect to ${offending.join(', ')}`);
}

function installConnectGuard(): void {
  const original = net.Socket.prototype.connect;
  vi.spyOn(net.Socket.prototype, 'connect').mockImplementation(function (this: net.Socket, ...args: unknown[]) {
    const first: unknown = Array.isArray(args[0]) ? (args[0] as unknown[])[0] : args[0];
    if (typeof first !== 'object' || first === null) throw new Error('test guard: unexpected connect call');
    const options = first as net.TcpNetConnectOpts;
    const host = options.host ?? 'localhost';
    if (isIP(host) !== 0) {
      refuseNonLoopback([host]);
      connectTargets.push(host);
    } else {
      // A name: the socket will resolve it through options.lookup. Check what that returns,
      // and insist it is present, since falling back to system DNS would defeat pinning.
      const inner = options.lookup;
      if (!inner) throw new Error(`test guard: connect to ${host} without a pinned lookup`);
      const guarded: LookupFunction = (hostname, lookupOptions, callback) => {
        inner(hostname, lookupOptions, (error, address, family) => {
          if (error) return callback(error, address, family);
          const list = Array.isArray(address) ? address.map((entry) => entry.address) : [address];
          try {
            refuseNonLoopback(list);
          } catch (guardError) {
            return callback(guardError as NodeJS.ErrnoException, '', 0);
          }
          connectTargets.push(...list);
          return callback(null, address, family);
        });
      };
      options.lookup = guarded;
    }
    return original.apply(this, args as Parameters<typeof original>);
  });
}

// --- helpers ---------------------------------------------------------------------------

async function captureError(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    return error as AppError;
  }
  throw new Error('expected the fetch to fail');
}

function staticLookup(table: Record<string, string[]>): ResolveHost & { calls: string[] } {
  const calls: string[] = [];
  const lookup = async (hostname: string) => {
    calls.push(hostname);
    const addresses = table[hostname];
    if (!addresses) throw Object.assign(new Error(`no such host ${hostname}`), { code: 'ENOTFOUND' });
    return addresses.map((address) => ({ address, family: isIP(address) }));
  };
  return Object.assign(lookup, { calls });
}

// --- lifecycle -------------------------------------------------------------------------

beforeAll(async () => {
  server = http.createServer(handle);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
  origin = `http://127.0.0.1:${port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

beforeEach(() => {
  hits.clear();
  hostHeaders.length = 0;
  connectTargets.length = 0;
  installConnectGuard();
});

afterEach(() => {
  vi.restoreAllMocks();
  // Stalled test routes would otherwise keep sockets open until the suite ends.
  server.closeIdleConnections();
});

// --- tests -----------------------------------------------------------------------------

describe('fetchArticlePage on loopback', () => {
  it('fetches a local page when loopback is allowed', async () => {
    const page = await fetchArticlePage(`${origin}/page`, { allowLoopback: true });
    expect(page).toEqual({ finalUrl: `${origin}/page`, html: PAGE_HTML, contentType: 'text/html' });
    expect(connectTargets).toEqual(['127.0.0.1']);
  });

  it('refuses the same page without the loopback allowance, before connecting', async () => {
    const error = await captureError(fetchArticlePage(`${origin}/page`));
    expect(error.code).toBe('bad_request');
    expect(error.message).toBe(ADDRESS_REFUSED_MESSAGE);
    expect(connectTargets).toEqual([]);
    expect(hits.size).toBe(0);
  });

  it('refuses localhost by name without the allowance', async () => {
    const lookup = staticLookup({ localhost: ['127.0.0.1', '::1'] });
    const error = await captureError(fetchArticlePage(`http://localhost:${port}/page`, { lookup }));
    expect(error.code).toBe('bad_request');
    expect(connectTargets).toEqual([]);
  });

  it('accepts application/xhtml+xml and text/plain', async () => {
    await expect(fetchArticlePage(`${origin}/xhtml`, { allowLoopback: true })).resolves.toMatchObject({
      contentType: 'application/xhtml+xml',
    });
    await expect(fetchArticlePage(`${origin}/plain`, { allowLoopback: true })).resolves.toMatchObject({
      html: 'just text',
      contentType: 'text/plain',
    });
  });
});

describe('pinning the vetted address', () => {
  it('connects to the address it vetted, not to a second resolution', async () => {
    let calls = 0;
    // First answer is the vetted one; any later answer (a rebinding attempt) is private.
    const lookup: ResolveHost = async () => {
      calls += 1;
      return calls === 1 ? [{ address: '127.0.0.1', family: 4 }] : [{ address: '10.0.0.1', family: 4 }];
    };
    const page = await fetchArticlePage(`http://news.test:${port}/page`, { allowLoopback: true, lookup });
    expect(page.finalUrl).toBe(`http://news.test:${port}/page`);
    expect(page.html).toBe(PAGE_HTML);
    expect(calls).toBe(1);
    expect(connectTargets).toEqual(['127.0.0.1']);
    // The site still sees its own name, as a real virtual host would need.
    expect(hostHeaders).toEqual([`news.test:${port}`]);
  });

  it('refuses a host name that resolves to a private address', async () => {
    const lookup = staticLookup({ 'intranet.test': ['10.1.2.3'] });
    const error = await captureError(fetchArticlePage('http://intranet.test/', { lookup, allowLoopback: true }));
    expect(error.code).toBe('bad_request');
    expect(error.message).toBe(ADDRESS_REFUSED_MESSAGE);
    expect(error.details).toBeUndefined();
    expect(lookup.calls).toEqual(['intranet.test']);
    expect(connectTargets).toEqual([]);
  });

  it('refuses a host name when any one of its addresses is private', async () => {
    const lookup = staticLookup({ 'mixed.test': ['127.0.0.1', '169.254.169.254'] });
    const error = await captureError(fetchArticlePage(`http://mixed.test:${port}/page`, { lookup, allowLoopback: true }));
    expect(error.code).toBe('bad_request');
    expect(connectTargets).toEqual([]);
    expect(hits.size).toBe(0);
  });

  it('refuses a name that does not resolve exactly as one that resolves privately', async () => {
    const lookup = staticLookup({});
    const error = await captureError(fetchArticlePage('http://nowhere.test/', { lookup }));
    expect(error.code).toBe('bad_request');
    expect(error.message).toBe(ADDRESS_REFUSED_MESSAGE);
    expect(error.details).toBeUndefined();
  });
});

describe('redirects', () => {
  it('follows relative redirects and reports the final URL without the fragment', async () => {
    const page = await fetchArticlePage(`${origin}/redirect-twice`, { allowLoopback: true });
    expect(page.finalUrl).toBe(`${origin}/page`);
    expect(page.html).toBe(PAGE_HTML);
    expect(hits.get('/redirect-twice')).toBe(1);
    expect(hits.get('/redirect-relative')).toBe(1);
  });

  it('refuses a redirect to the cloud metadata address without connecting to it', async () => {
    const error = await captureError(fetchArticlePage(`${origin}/redirect-metadata`, { allowLoopback: true }));
    expect(error.code).toBe('bad_request');
    expect(error.message).toBe(ADDRESS_REFUSED_MESSAGE);
    expect(connectTargets).toEqual(['127.0.0.1']);
  });

  it('refuses a redirect to a private IPv4 address without connecting to it', async () => {
    const error = await captureError(fetchArticlePage(`${origin}/redirect-private`, { allowLoopback: true }));
    expect(error.code).toBe('bad_request');
    expect(connectTargets).toEqual(['127.0.0.1']);
  });

  it('re-resolves and refuses a redirect to a name that resolves privately', async () => {
    const lookup = staticLookup({ 'metadata.test': ['10.0.0.5'] });
    const error = await captureError(fetchArticlePage(`${origin}/redirect-named-private`, { allowLoopback: true, lookup }));
    expect(error.code).toBe('bad_request');
    expect(lookup.calls).toEqual(['metadata.test']);
    expect(connectTargets).toEqual(['127.0.0.1']);
  });

  it('refuses IPv4-mapped loopback even when loopback is allowed', async () => {
    const error = await captureError(fetchArticlePage(`${origin}/redirect-mapped-loopback`, { allowLoopback: true }));
    expect(error.code).toBe('bad_request');
    expect(connectTargets).toEqual(['127.0.0.1']);
  });

  it('refuses redirects to other schemes or with credentials', async () => {
    const toFile = await captureError(fetchArticlePage(`${origin}/redirect-file`, { allowLoopback: true }));
    expect(toFile.code).toBe('bad_request');
    expect(toFile.message).toBe(ADDRESS_REFUSED_MESSAGE);
    const withCredentials = await captureError(fetchArticlePage(`${origin}/redirect-credentials`, { allowLoopback: true }));
    expect(withCredentials.code).toBe('bad_request');
    expect(hits.get('/page')).toBeUndefined();
  });

  it('gives up after five redirects', async () => {
    const error = await captureError(fetchArticlePage(`${origin}/loop`, { allowLoopback: true }));
    expect(error.code).toBe('bad_gateway');
    expect(error.message).toMatch(/redirected more than 5 times/);
    expect(hits.get('/loop')).toBe(6);
  });

  it('treats a redirect without a Location as a gateway error', async () => {
    const error = await captureError(fetchArticlePage(`${origin}/redirect-nowhere`, { allowLoopback: true }));
    expect(error.code).toBe('bad_gateway');
  });
});

describe('URL rules', () => {
  it.each(['ftp://example.com/file', 'file:///etc/passwd', 'javascript:alert(1)', 'data:text/html,<p>x</p>', 'gopher://x/'])(
    'refuses the non-http URL %s',
    async (url) => {
      const error = await captureError(fetchArticlePage(url, { allowLoopback: true }));
      expect(error.code).toBe('bad_request');
      expect(connectTargets).toEqual([]);
    },
  );

  it('refuses URLs carrying credentials', async () => {
    const error = await captureError(fetchArticlePage(`http://user:pass@127.0.0.1:${port}/page`, { allowLoopback: true }));
    expect(error.code).toBe('bad_request');
    expect(error.message).toMatch(/user name or password/);
    expect(connectTargets).toEqual([]);
  });

  it('refuses things that are not URLs', async () => {
    const error = await captureError(fetchArticlePage('not a url'));
    expect(error.code).toBe('bad_request');
    expect(error.message).toBe('That is not a valid web address.');
  });

  it('refuses private IP literals in alternative spellings', async () => {
    // The URL parser normalises these to 127.0.0.1 / 10.0.0.1, which is what gets judged.
    for (const url of ['http://2130706433/', 'http://0x7f.1/', 'http://012.0.0.1/', 'http://[::ffff:a00:1]/']) {
      const error = await captureError(fetchArticlePage(url));
      expect(error.code).toBe('bad_request');
    }
    expect(connectTargets).toEqual([]);
  });
});

describe('content rules', () => {
  it.each([
    ['/pdf', 'application/pdf'],
    ['/json', 'application/json'],
  ])('refuses %s as unsupported media', async (path, mediaType) => {
    const error = await captureError(fetchArticlePage(`${origin}${path}`, { allowLoopback: true }));
    expect(error.code).toBe('unsupported_media_type');
    expect(error.details).toEqual({ contentType: mediaType });
  });

  it('refuses a response with no Content-Type', async () => {
    const error = await captureError(fetchArticlePage(`${origin}/no-type`, { allowLoopback: true }));
    expect(error.code).toBe('unsupported_media_type');
  });

  it('turns an error status into a gateway error', async () => {
    const error = await captureError(fetchArticlePage(`${origin}/missing`, { allowLoopback: true }));
    expect(error.code).toBe('bad_gateway');
    expect(error.details).toEqual({ status: 404 });
  });

  it('decodes the charset named in Content-Type', async () => {
    const page = await fetchArticlePage(`${origin}/latin1-header`, { allowLoopback: true });
    expect(page.html).toBe('<p>café “quoted”</p>');
  });

  it('falls back to a <meta charset> when the header has none', async () => {
    const page = await fetchArticlePage(`${origin}/latin1-meta`, { allowLoopback: true });
    expect(page.html).toContain('<p>café</p>');
  });

  it('falls back to UTF-8 for an unknown charset', async () => {
    const page = await fetchArticlePage(`${origin}/bogus-charset`, { allowLoopback: true });
    expect(page.html).toBe('<p>Héllo</p>');
  });

  it('decompresses gzip and brotli bodies', async () => {
    await expect(fetchArticlePage(`${origin}/gzip`, { allowLoopback: true })).resolves.toMatchObject({ html: PAGE_HTML });
    await expect(fetchArticlePage(`${origin}/brotli`, { allowLoopback: true })).resolves.toMatchObject({ html: PAGE_HTML });
  });
});

describe('size and time limits', () => {
  it('refuses a body over the default 5 MB while streaming it', async () => {
    const error = await captureError(fetchArticlePage(`${origin}/huge-chunked`, { allowLoopback: true }));
    expect(error.code).toBe('payload_too_large');
    expect(error.message).toMatch(/larger than 5 MB/);
  });

  it('refuses on a declared Content-Length before reading', async () => {
    const error = await captureError(fetchArticlePage(`${origin}/huge-declared`, { allowLoopback: true }));
    expect(error.code).toBe('payload_too_large');
  });

  it('honours a smaller maxBytes', async () => {
    const error = await captureError(fetchArticlePage(`${origin}/medium`, { allowLoopback: true, maxBytes: 64 * 1024 }));
    expect(error.code).toBe('payload_too_large');
    await expect(fetchArticlePage(`${origin}/medium`, { allowLoopback: true, maxBytes: 256 * 1024 })).resolves.toMatchObject({
      contentType: 'text/html',
    });
  });

  it('counts bytes after decompression', async () => {
    const error = await captureError(fetchArticlePage(`${origin}/gzip-bomb`, { allowLoopback: true, maxBytes: 1024 * 1024 }));
    expect(error.code).toBe('payload_too_large');
  });

  it('times out a server that never answers', async () => {
    const started = Date.now();
    const error = await captureError(fetchArticlePage(`${origin}/slow-headers`, { allowLoopback: true, timeoutMs: 300 }));
    expect(error.code).toBe('bad_gateway');
    expect(error.message).toMatch(/did not respond within 0\.3 seconds/);
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it('times out a body that stalls half way', async () => {
    const error = await captureError(fetchArticlePage(`${origin}/slow-body`, { allowLoopback: true, timeoutMs: 300 }));
    expect(error.code).toBe('bad_gateway');
    expect(error.details).toEqual({ cause: 'timeout' });
  });

  it('gives up on a name lookup that hangs with the address refusal (a name that does not resolve)', async () => {
    const lookup: ResolveHost = () => new Promise(() => undefined);
    const error = await captureError(fetchArticlePage('http://hang.test/', { lookup, timeoutMs: 200 }));
    expect(error.code).toBe('bad_request');
    expect(error.message).toBe(ADDRESS_REFUSED_MESSAGE);
    expect(error.details).toBeUndefined();
  });

  it('reports a refused connection as a gateway error', async () => {
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const closedPort = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const error = await captureError(fetchArticlePage(`http://127.0.0.1:${closedPort}/`, { allowLoopback: true }));
    expect(error.code).toBe('bad_gateway');
    expect(error.message).toBe(`Could not fetch 127.0.0.1:${closedPort}: the connection was refused.`);
  });
});

describe('hostile spellings of loopback, private and metadata hosts (no loopback allowance)', () => {
  it.each([
    'http://017700000001/',
    'http://0x7f000001/',
    'http://0177.0.0.1/',
    'http://127.000.000.001/',
    'http://127.1/',
    'http://0/',
    'http://0.0.0.0/',
    'http://①②⑦.⓪.⓪.①/',
    'http://2852039166/latest/meta-data/',
    'http://169.254.169.254./latest/meta-data/',
    'http://[fd00:ec2::254]/',
    'http://[0:0:0:0:0:ffff:7f00:1]/',
    'http://[::]/',
    'http://[fe80::1]/',
    'http://100.64.0.1/',
    'http://224.0.0.1/',
  ])('refuses %s before connecting', async (url) => {
    const error = await captureError(fetchArticlePage(url));
    expect(error.code).toBe('bad_request');
    expect([ADDRESS_REFUSED_MESSAGE, 'That is not a valid web address.']).toContain(error.message);
    expect(connectTargets).toEqual([]);
  });

  it('refuses localhost with a trailing dot, judged on what it resolves to', async () => {
    const lookup = staticLookup({ 'localhost.': ['127.0.0.1'] });
    const error = await captureError(fetchArticlePage(`http://localhost.:${port}/page`, { lookup }));
    expect(error.code).toBe('bad_request');
    expect(lookup.calls).toEqual(['localhost.']);
    expect(connectTargets).toEqual([]);
    expect(hits.size).toBe(0);
  });

  it.each([
    ['userinfo in front of loopback', `http://example.com@127.0.0.1:PORT/page`, /user name or password/],
    ['a fragment that looks like userinfo', `http://127.0.0.1:PORT#@example.com/page`, /^That address cannot be imported/],
    ['a backslash that looks like userinfo', `http://127.0.0.1:PORT\\@example.com/page`, /^That address cannot be imported/],
  ])('refuses %s', async (_name, url, message) => {
    const error = await captureError(fetchArticlePage(url.replace('PORT', String(port))));
    expect(error.code).toBe('bad_request');
    expect(error.message).toMatch(message);
    expect(connectTargets).toEqual([]);
    expect(hits.size).toBe(0);
  });

  it('refuses a name whose answers mix a public address with the metadata address', async () => {
    const lookup = staticLookup({ 'mixed.example': ['93.184.215.14', '169.254.169.254'] });
    const error = await captureError(fetchArticlePage('http://mixed.example/', { lookup }));
    expect(error.code).toBe('bad_request');
    expect(connectTargets).toEqual([]);
  });
});

describe('one answer for every address refusal (no oracle for internal names)', () => {
  const PUBLIC = '93.184.215.14';
  const names = (): ResolveHost => {
    const table: Record<string, string[]> = {
      'intranet.corp': ['10.20.30.40'],
      'db.corp': ['127.0.0.1'],
      'metadata.corp': ['169.254.169.254'],
      'reserved.corp': ['240.0.0.1'],
      'ula.corp': ['fd12:3456::1'],
      'rebind.example.org': [PUBLIC, '192.168.0.10'],
      'empty.corp': [],
      'news.example.org': [PUBLIC],
    };
    return async (hostname) => {
      if (hostname === 'servfail.corp') throw Object.assign(new Error('temporary failure'), { code: 'EAI_AGAIN' });
      const addresses = table[hostname];
      if (!addresses) throw Object.assign(new Error(`no such host ${hostname}`), { code: 'ENOTFOUND' });
      return addresses.map((address) => ({ address, family: isIP(address) }));
    };
  };

  // Each without the loopback allowance, as in production. The first is the reference answer.
  const direct: [string, string][] = [
    ['a name that resolves to a private address', 'http://intranet.corp/'],
    ['a name that does not resolve', 'http://no-such-host.corp/'],
    ['a name whose lookup fails', 'http://servfail.corp/'],
    ['a name with no addresses', 'http://empty.corp/'],
    ['a name that resolves to loopback', 'http://db.corp/'],
    ['a name that resolves to link-local (cloud metadata)', 'http://metadata.corp/latest/meta-data/'],
    ['a name that resolves to reserved space', 'http://reserved.corp/'],
    ['a name that resolves to an IPv6 unique-local address', 'http://ula.corp/'],
    ['a name mixing public and private answers', 'http://rebind.example.org/'],
    ['a private address literal', 'http://10.0.0.1/'],
    ['an ftp URL', 'ftp://files.example.org/story.html'],
    ['a public name on the mail port', 'http://news.example.org:25/'],
    ['a public name on a database port', 'http://news.example.org:5432/'],
  ];

  const shape = (error: AppError) => ({ code: error.code, status: error.status, message: error.message, details: error.details });

  it.each(direct)('refuses %s with the same answer, before connecting', async (_name, url) => {
    const reference = shape(await captureError(fetchArticlePage(direct[0]![1], { lookup: names() })));
    expect(reference).toEqual({ code: 'bad_request', status: 400, message: ADDRESS_REFUSED_MESSAGE, details: undefined });
    connectTargets.length = 0;
    expect(shape(await captureError(fetchArticlePage(url, { lookup: names() })))).toEqual(reference);
    expect(connectTargets).toEqual([]);
  });

  it.each([
    ['a name that does not resolve', '/redirect-unresolvable-name'],
    ['a name that resolves privately', '/redirect-named-private'],
    ['the metadata address', '/redirect-metadata'],
    ['another scheme', '/redirect-ftp'],
    ['a public name on the mail port', '/redirect-mail-port'],
  ])('refuses a redirect to %s with the same answer, without following it', async (_name, path) => {
    const lookup: ResolveHost = async (hostname) => {
      if (hostname === 'metadata.test') return [{ address: '10.0.0.5', family: 4 }];
      if (hostname === 'news.example.org') return [{ address: PUBLIC, family: 4 }];
      throw Object.assign(new Error(`no such host ${hostname}`), { code: 'ENOTFOUND' });
    };
    const error = await captureError(fetchArticlePage(`${origin}${path}`, { allowLoopback: true, lookup }));
    expect(shape(error)).toEqual({ code: 'bad_request', status: 400, message: ADDRESS_REFUSED_MESSAGE, details: undefined });
    expect(connectTargets).toEqual(['127.0.0.1']);
    expect([...hits.keys()]).toEqual([path]);
  });

  it('answers a name the resolver knows at once no sooner than one it has to look for', async () => {
    const floorMs = 150;
    const slowNxdomain: ResolveHost = async (hostname) => {
      await new Promise((resolve) => setTimeout(resolve, 60));
      throw Object.assign(new Error(`no such host ${hostname}`), { code: 'ENOTFOUND' });
    };
    const instantPrivate: ResolveHost = async () => [{ address: '10.1.2.3', family: 4 }];
    for (const lookup of [slowNxdomain, instantPrivate, staticLookup({})]) {
      const started = performance.now();
      const error = await captureError(fetchArticlePage('http://intranet.test/', { lookup, addressRefusalFloorMs: floorMs }));
      expect(error.message).toBe(ADDRESS_REFUSED_MESSAGE);
      // A lower bound only: timers never fire early (1 ms of slack for clock rounding).
      expect(performance.now() - started).toBeGreaterThanOrEqual(floorMs - 1);
    }
  });

  it('keeps telling public failures apart, naming the public host', async () => {
    const missing = await captureError(fetchArticlePage(`${origin}/missing`, { allowLoopback: true }));
    expect(shape(missing)).toMatchObject({ code: 'bad_gateway', status: 502, details: { status: 404 } });
    expect(missing.message).toBe(`Could not fetch 127.0.0.1:${port}: the site answered with status 404.`);
    const media = await captureError(fetchArticlePage(`${origin}/pdf`, { allowLoopback: true }));
    expect(media.code).toBe('unsupported_media_type');
  });
});
