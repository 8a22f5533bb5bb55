// Table tests for the SSRF address gate: every range the importer must never reach,
// plus enough real public addresses to show the gate is not simply "refuse all".
import { describe, it, expect } from 'vitest';
import { isLoopbackAddress, isPublicAddress, isWebPort } from './address-policy';

const REFUSED: Array<[string, string]> = [
  // IPv4
  ['0.0.0.0', 'unspecified'],
  ['0.1.2.3', 'this network 0/8'],
  ['127.0.0.1', 'loopback'],
  ['127.255.255.254', 'loopback /8'],
  ['10.0.0.1', 'private 10/8'],
  ['10.255.255.255', 'private 10/8 top'],
  ['172.16.0.1', 'private 172.16/12'],
  ['172.31.255.255', 'private 172.16/12 top'],
  ['192.168.1.1', 'private 192.168/16'],
  ['169.254.169.254', 'link-local / cloud metadata'],
  ['100.64.0.1', 'CGNAT'],
  ['100.127.255.255', 'CGNAT top'],
  ['192.0.0.8', 'IETF protocol assignments'],
  ['192.0.2.1', 'TEST-NET-1'],
  ['198.51.100.7', 'TEST-NET-2'],
  ['203.0.113.9', 'TEST-NET-3'],
  ['198.18.0.1', 'benchmarking'],
  ['198.19.255.255', 'benchmarking top'],
  ['192.88.99.1', '6to4 relay anycast'],
  ['224.0.0.1', 'multicast'],
  ['239.255.255.250', 'multicast SSDP'],
  ['240.0.0.1', 'reserved 240/4'],
  ['255.255.255.255', 'broadcast'],
  // IPv6
  ['::', 'unspecified'],
  ['::1', 'loopback'],
  ['fe80::1', 'link-local'],
  ['fe80::1%eth0', 'link-local with zone'],
  ['febf:ffff::1', 'link-local top of fe80::/10'],
  ['fec0::1', 'site-local (deprecated)'],
  ['fc00::1', 'unique-local fc00::/7'],
  ['fd12:3456:789a::1', 'unique-local fd00::/8'],
  ['ff02::1', 'multicast'],
  ['2001:db8::1', 'documentation'],
  ['3fff::1', 'documentation (RFC 9637)'],
  ['2001:2::1', 'benchmarking'],
  ['2001:10::1', 'ORCHID'],
  ['100::1', 'discard-only'],
  ['4000::1', 'unallocated, outside 2000::/3'],
  ['5f00::1', 'segment routing'],
  // IPv6 forms that embed an IPv4 address
  ['::ffff:127.0.0.1', 'IPv4-mapped loopback'],
  ['::ffff:7f00:1', 'IPv4-mapped loopback, hex'],
  ['::ffff:10.0.0.1', 'IPv4-mapped private'],
  ['::ffff:169.254.169.254', 'IPv4-mapped metadata'],
  ['::ffff:0.0.0.0', 'IPv4-mapped unspecified'],
  ['::127.0.0.1', 'IPv4-compatible loopback'],
  ['::10.0.0.1', 'IPv4-compatible private'],
  ['::ffff:0:a00:1', 'IPv4-translated private (RFC 6145)'],
  ['64:ff9b::a9fe:a9fe', 'NAT64 of 169.254.169.254'],
  ['64:ff9b::127.0.0.1', 'NAT64 of loopback'],
  ['64:ff9b:1::808:808', 'local-use NAT64, always refused'],
  ['2002:7f00:1::', '6to4 of 127.0.0.1'],
  ['2002:0a00:0001::1', '6to4 of 10.0.0.1'],
  ['2002:c0a8:0101::1', '6to4 of 192.168.1.1'],
  ['2001:0:4136:e378:8000:63bf:3fff:fdd2', 'Teredo, always refused'],
  // Not addresses, or spellings a resolver never returns
  ['', 'empty'],
  ['localhost', 'host name'],
  ['example.com', 'host name'],
  ['127.1', 'short IPv4'],
  ['0x7f.0.0.1', 'hex IPv4'],
  ['2130706433', 'integer IPv4'],
  ['010.0.0.1', 'octal-looking IPv4'],
  ['8.8.8.8/32', 'CIDR, not an address'],
  ['1.2.3.4.5', 'five parts'],
  ['::ffff:1.2.3', 'malformed embedded IPv4'],
];

const ALLOWED: Array<[string, string]> = [
  ['8.8.8.8', 'public DNS'],
  ['1.1.1.1', 'public DNS'],
  ['93.184.215.14', 'public web host'],
  ['172.15.255.255', 'just below 172.16/12'],
  ['172.32.0.1', 'just above 172.16/12'],
  ['100.63.255.255', 'just below CGNAT'],
  ['100.128.0.1', 'just above CGNAT'],
  ['169.253.255.255', 'just below link-local'],
  ['223.255.255.254', 'just below multicast'],
  ['2606:4700:4700::1111', 'public IPv6'],
  ['2a00:1450:4001:82b::200e', 'public IPv6'],
  ['[2606:4700:4700::1111]', 'bracketed IPv6 as in URLs'],
  ['::ffff:8.8.8.8', 'IPv4-mapped public'],
  ['64:ff9b::808:808', 'NAT64 of a public address (DNS64 networks)'],
  ['2002:0808:0808::1', '6to4 of a public address'],
];

describe('isPublicAddress', () => {
  it.each(REFUSED)('refuses %s (%s)', (ip) => {
    expect(isPublicAddress(ip)).toBe(false);
  });

  it.each(ALLOWED)('allows %s (%s)', (ip) => {
    expect(isPublicAddress(ip)).toBe(true);
  });
});

describe('isLoopbackAddress', () => {
  it.each(['127.0.0.1', '127.8.9.10', '::1', '[::1]'])('treats %s as loopback', (ip) => {
    expect(isLoopbackAddress(ip)).toBe(true);
  });

  it.each(['10.0.0.1', '169.254.169.254', '::', '::ffff:127.0.0.1', 'fe80::1', '8.8.8.8', 'localhost', '127.1'])(
    'does not treat %s as loopback',
    (ip) => {
      expect(isLoopbackAddress(ip)).toBe(false);
    },
  );
});

describe('isWebPort', () => {
  it.each(['', '80', '443', '8080', '8443'])('accepts the web port %j', (port) => {
    expect(isWebPort(port)).toBe(true);
  });

  it.each(['22', '25', '3000', '5432', '6379', '11211', '0', '65535'])('refuses port %s', (port) => {
    expect(isWebPort(port)).toBe(false);
  });

  it('takes ports as URL#port spells them (the default port is empty)', () => {
    expect(new URL('https://news.example.org:443/').port).toBe('');
    expect(isWebPort(new URL('https://news.example.org:443/').port)).toBe(true);
    expect(isWebPort(new URL('http://news.example.org:25/').port)).toBe(false);
  });
});
