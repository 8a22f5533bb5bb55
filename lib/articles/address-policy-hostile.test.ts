// The SSRF gate against the forms attackers use, on resolved addresses only (nothing
// here connects anywhere): every loopback, private, link-local, unique-local, CGNAT,
// multicast, metadata and IPv4-embedding spelling a resolver could hand back is
// refused, and URLs that spell loopback or metadata in decimal, octal, hex, IDNA
// digits or behind userinfo resolve (per the WHATWG URL parser the fetcher uses)
// to a host the gate refuses.
import { describe, expect, it } from 'vitest';
import { SSRF_URLS } from '../../tests/support/hostile-corpus';
import { isLoopbackAddress, isPublicAddress } from './address-policy';

const REFUSED: Array<[string, string]> = [
  // Loopback, every way round
  ['127.0.0.1', 'loopback'],
  ['127.0.0.0', 'loopback network address'],
  ['127.255.255.255', 'loopback broadcast'],
  ['::1', 'IPv6 loopback'],
  ['0:0:0:0:0:0:0:1', 'IPv6 loopback, expanded'],
  ['0000:0000:0000:0000:0000:0000:0000:0001', 'IPv6 loopback, zero-padded'],
  ['[::1]', 'IPv6 loopback in brackets'],
  [' 127.0.0.1 ', 'loopback with spaces'],
  // Unspecified ("this host")
  ['0.0.0.0', 'unspecified'],
  ['::', 'IPv6 unspecified'],
  ['0:0:0:0:0:0:0:0', 'IPv6 unspecified, expanded'],
  // Private (RFC 1918), with the edges
  ['10.0.0.0', '10/8 first'],
  ['10.255.255.255', '10/8 last'],
  ['172.16.0.0', '172.16/12 first'],
  ['172.31.255.255', '172.16/12 last'],
  ['192.168.0.0', '192.168/16 first'],
  ['192.168.255.255', '192.168/16 last'],
  // Link-local and cloud metadata services
  ['169.254.0.1', 'link-local'],
  ['169.254.169.254', 'AWS/GCP/Azure metadata'],
  ['169.254.170.2', 'ECS task metadata'],
  ['fe80::1', 'IPv6 link-local'],
  ['fe80::a9fe:a9fe', 'IPv6 link-local with the metadata address in it'],
  ['fd00:ec2::254', 'AWS IPv6 metadata (unique-local)'],
  ['100.100.100.200', 'Alibaba metadata (CGNAT)'],
  ['192.0.0.192', 'Oracle metadata (IETF protocol assignments)'],
  // Unique-local and site-local IPv6
  ['fc00::', 'ULA first'],
  ['fdff:ffff:ffff:ffff:ffff:ffff:ffff:ffff', 'ULA last'],
  ['fec0::1', 'site-local (deprecated)'],
  // CGNAT
  ['100.64.0.0', 'CGNAT first'],
  ['100.127.255.255', 'CGNAT last'],
  // Multicast and broadcast
  ['224.0.0.0', 'multicast first'],
  ['224.0.0.251', 'mDNS'],
  ['233.252.0.1', 'MCAST-TEST-NET'],
  ['239.255.255.255', 'multicast last'],
  ['255.255.255.255', 'broadcast'],
  ['ff02::1', 'IPv6 link-local multicast'],
  ['ff05::1:3', 'IPv6 site-local multicast'],
  ['ff0e::1', 'IPv6 global multicast'],
  // IPv6 forms that carry an IPv4 address
  ['::ffff:127.0.0.1', 'IPv4-mapped loopback'],
  ['0:0:0:0:0:ffff:7f00:1', 'IPv4-mapped loopback, expanded hex'],
  ['::ffff:7f00:1', 'IPv4-mapped loopback, short hex'],
  ['::ffff:169.254.169.254', 'IPv4-mapped metadata'],
  ['::ffff:a9fe:a9fe', 'IPv4-mapped metadata, hex'],
  ['::ffff:10.0.0.1', 'IPv4-mapped private'],
  ['::ffff:100.64.0.1', 'IPv4-mapped CGNAT'],
  ['::ffff:0.0.0.0', 'IPv4-mapped unspecified'],
  ['::ffff:224.0.0.1', 'IPv4-mapped multicast'],
  ['::ffff:0:127.0.0.1', 'IPv4-translated loopback'],
  ['::127.0.0.1', 'IPv4-compatible loopback'],
  ['::0.0.0.0', 'IPv4-compatible unspecified'],
  ['::169.254.169.254', 'IPv4-compatible metadata'],
  ['64:ff9b::7f00:1', 'NAT64 of loopback'],
  ['64:ff9b::169.254.169.254', 'NAT64 of metadata'],
  ['64:ff9b::c0a8:101', 'NAT64 of 192.168.1.1'],
  ['2002:7f00:1::1', '6to4 of loopback'],
  ['2002:a9fe:a9fe::', '6to4 of metadata'],
  ['2002:ac10:1::', '6to4 of 172.16.0.1'],
  // Spellings a resolver never returns, so none of them is ever treated as an address
  ['2130706433', 'decimal loopback'],
  ['2852039166', 'decimal metadata'],
  ['017700000001', 'octal loopback as one number'],
  ['0x7f000001', 'hex loopback as one number'],
  ['0x7f.1', 'hex loopback, short'],
  ['0177.0.0.1', 'octal loopback, dotted'],
  ['127.000.000.001', 'zero-padded loopback'],
  ['127.1', 'short loopback'],
  ['0', 'zero'],
  ['127.0.0.1.', 'loopback with a trailing dot'],
  ['169.254.169.254.', 'metadata with a trailing dot'],
  ['localhost', 'localhost by name'],
  ['localhost.', 'localhost with a trailing dot'],
  ['LOCALHOST', 'localhost in capitals'],
  ['127.0.0.1:80', 'address with a port'],
  ['[::ffff:127.0.0.1]:80', 'bracketed address with a port'],
  ['example.com@127.0.0.1', 'userinfo in front of loopback'],
  ['127.0.0.1%00', 'percent-encoded NUL after loopback'],
  ['127.0.0.1\u0000', 'NUL after loopback'],
  ['::1%lo', 'IPv6 loopback with a zone id'],
];

const ALLOWED: Array<[string, string]> = [
  ['8.8.4.4', 'public DNS'],
  ['9.9.9.9', 'public DNS'],
  ['151.101.1.69', 'a CDN'],
  ['169.255.0.1', 'just above link-local'],
  ['11.0.0.1', 'just above 10/8'],
  ['192.169.0.1', 'just above 192.168/16'],
  ['2001:4860:4860::8888', 'public IPv6'],
  ['::ffff:151.101.1.69', 'IPv4-mapped public'],
];

describe('isPublicAddress on hostile resolved addresses', () => {
  it.each(REFUSED)('refuses %s (%s)', (ip) => {
    expect(isPublicAddress(ip)).toBe(false);
  });

  it.each(ALLOWED)('allows %s (%s)', (ip) => {
    expect(isPublicAddress(ip)).toBe(true);
  });

  it('never treats an embedded loopback as the test-only loopback allowance', () => {
    for (const ip of ['::ffff:127.0.0.1', '0:0:0:0:0:ffff:7f00:1', '::127.0.0.1', '64:ff9b::7f00:1', '2002:7f00:1::1', '2130706433', '127.1', 'localhost', '127.0.0.1.']) {
      expect(isLoopbackAddress(ip), ip).toBe(false);
    }
  });
});

/** The host the fetcher resolves for `url`: WHATWG URL parsing, brackets removed (as fetch-article-page does). */
function hostOf(url: string): string {
  return new URL(url).hostname.replace(/^\[(.*)\]$/, '$1');
}

describe('URL spellings of loopback and metadata hosts', () => {
  it.each([
    ['http://2130706433/', '127.0.0.1'],
    ['http://0x7f.1/', '127.0.0.1'],
    ['http://017700000001/', '127.0.0.1'],
    ['http://0x7f000001/', '127.0.0.1'],
    ['http://0177.0.0.1/', '127.0.0.1'],
    ['http://127.000.000.001/', '127.0.0.1'],
    ['http://127.1/', '127.0.0.1'],
    ['http://0/', '0.0.0.0'],
    ['http://①②⑦.⓪.⓪.①/', '127.0.0.1'],
    ['http://2852039166/', '169.254.169.254'],
    ['http://169.254.169.254./', '169.254.169.254'],
    ['http://[0:0:0:0:0:ffff:7f00:1]/', '::ffff:7f00:1'],
    ['http://[::ffff:127.0.0.1]/', '::ffff:7f00:1'],
    ['http://example.com@127.0.0.1/', '127.0.0.1'],
    ['http://127.0.0.1#@example.com/', '127.0.0.1'],
    ['http://127.0.0.1\\@example.com/', '127.0.0.1'],
  ])('%s names %s, which is refused', (url, host) => {
    expect(hostOf(url)).toBe(host);
    expect(isPublicAddress(hostOf(url))).toBe(false);
  });

  it('names localhost with a trailing dot as a host name, which goes to the resolver (and its answer to the gate)', () => {
    expect(hostOf('http://localhost./')).toBe('localhost.');
    // Whatever a resolver answers for it, the loopback answer is refused.
    expect(isPublicAddress('127.0.0.1')).toBe(false);
    expect(isPublicAddress('::1')).toBe(false);
  });

  it('refuses every literal address of the corpus as the gate sees it', () => {
    const literal = SSRF_URLS.map((entry) => entry.value).filter((url) => /^https?:\/\//.test(url) && URL.canParse(url));
    expect(literal.length).toBeGreaterThan(25);
    for (const url of literal) {
      const host = hostOf(url);
      if (/^[a-z][a-z0-9.-]*[a-z]$/i.test(host) && !/^\d/.test(host)) continue; // a name: the resolver's answer is judged
      expect(isPublicAddress(host), `${url} → ${host}`).toBe(false);
    }
  });
});
