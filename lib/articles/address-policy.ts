// Decides whether a resolved IP address (and port) is one the article importer may
// connect to. This is the SSRF gate: anything that could reach the server's own
// network, cloud metadata services or other non-internet destinations must come
// out `false`.
import ipaddr from 'ipaddr.js';

/**
 * The one answer to every import refused because of where the address points:
 * a name that does not resolve, one that resolves to a loopback, private,
 * link-local or reserved address (directly or after a redirect), a scheme other
 * than http(s), a port other than a web port. Saying which would make the
 * importer an oracle for the server's internal DNS ("not allowed" = the name
 * exists inside; "not found" = it does not).
 */
export const ADDRESS_REFUSED_MESSAGE = 'That address cannot be imported: it must be a public http(s) web page.';

/** Ports news sites serve web pages on. Anything else on a public host is some other service, which an import has no business poking. */
const WEB_PORTS = new Set([80, 443, 8080, 8443]);

/** `port` as URL#port gives it: '' for the scheme's default (80 or 443), else digits. */
export function isWebPort(port: string): boolean {
  return port === '' || WEB_PORTS.has(Number(port));
}

type IPv4 = ipaddr.IPv4;
type IPv6 = ipaddr.IPv6;

// Only 2000::/3 is allocated by IANA as global unicast; ipaddr.js calls everything
// it has no name for "unicast", so without this bound unassigned space (e.g. 4000::,
// or the deprecated IPv4-compatible ::/96 block) would slip through as public.
const GLOBAL_UNICAST_V6 = ipaddr.IPv6.parseCIDR('2000::/3');

// Prefixes whose addresses carry an IPv4 address in a known position. A host
// reached through one of these effectively talks to the embedded IPv4 address,
// so that is the address we judge (e.g. ::ffff:127.0.0.1 must count as loopback).
const MAPPED_V6 = ipaddr.IPv6.parseCIDR('::ffff:0:0/96');
const TRANSLATED_V6 = ipaddr.IPv6.parseCIDR('::ffff:0:0:0/96'); // RFC 6145
const COMPATIBLE_V6 = ipaddr.IPv6.parseCIDR('::/96'); // RFC 4291, deprecated
const NAT64_WELL_KNOWN_V6 = ipaddr.IPv6.parseCIDR('64:ff9b::/96'); // RFC 6052
const SIX_TO_FOUR_V6 = ipaddr.IPv6.parseCIDR('2002::/16'); // RFC 3056

// Prefixes refused outright: their embedded IPv4 address is either not at a fixed
// position (local-use NAT64 picks its own prefix length) or obfuscated and
// meaningless to a news importer (Teredo). No news site lives behind either.
const ALWAYS_REFUSED_V6 = [
  ipaddr.IPv6.parseCIDR('64:ff9b:1::/48'), // RFC 8215 local-use NAT64
  ipaddr.IPv6.parseCIDR('2001::/32'), // RFC 4380 Teredo
];

/**
 * True when `ip` (a literal IPv4 or IPv6 address, as returned by dns.lookup) is a
 * globally routable unicast address. Anything unparseable is refused, and so is any
 * non-canonical IPv4 spelling ("127.1", "0x7f.0.0.1", "010.0.0.1"), because a
 * resolver never returns those and accepting them only widens what can be smuggled.
 */
export function isPublicAddress(ip: string): boolean {
  const address = parseStrictAddress(ip);
  if (!address) return false;
  return address.kind() === 'ipv4' ? isPublicV4(address as IPv4) : isPublicV6(address as IPv6);
}

/**
 * True only for the loopback ranges 127.0.0.0/8 and ::1. The importer's test-only
 * loopback allowance uses this; it deliberately does not look inside IPv4-mapped
 * addresses so that the allowance stays as narrow as its description.
 */
export function isLoopbackAddress(ip: string): boolean {
  const address = parseStrictAddress(ip);
  return address?.range() === 'loopback';
}

function parseStrictAddress(ip: string): IPv4 | IPv6 | null {
  const trimmed = ip.trim().replace(/^\[(.*)\]$/, '$1');
  try {
    if (ipaddr.IPv4.isValidFourPartDecimal(trimmed)) return ipaddr.IPv4.parse(trimmed);
    if (ipaddr.IPv6.isValid(trimmed)) return ipaddr.IPv6.parse(trimmed);
  } catch {
    // ipaddr.js validates before parsing, so this is belt and braces.
  }
  return null;
}

function isPublicV4(address: IPv4): boolean {
  // Everything ipaddr.js names (private, loopback, linkLocal, carrierGradeNat,
  // reserved — which covers documentation, benchmarking and 240/4 — multicast,
  // broadcast, unspecified, as112, amt) is refused; only plain "unicast" passes.
  return address.range() === 'unicast';
}

function isPublicV6(address: IPv6): boolean {
  if (ALWAYS_REFUSED_V6.some((range) => address.match(range))) return false;

  const embedded = findEmbeddedIPv4(address);
  if (embedded) return isPublicV4(embedded);

  if (!address.match(GLOBAL_UNICAST_V6)) return false;
  // Within 2000::/3 this still refuses documentation (2001:db8::/32, 3fff::/20),
  // benchmarking, ORCHID, AMT, AS112 and the rest of 2001::/23.
  return address.range() === 'unicast';
}

function findEmbeddedIPv4(address: IPv6): IPv4 | null {
  const parts = address.parts;
  const fromParts = (high: number, low: number): IPv4 =>
    new ipaddr.IPv4([high >> 8, high & 0xff, low >> 8, low & 0xff]);

  if (
    address.match(MAPPED_V6) ||
    address.match(TRANSLATED_V6) ||
    address.match(COMPATIBLE_V6) ||
    address.match(NAT64_WELL_KNOWN_V6)
  ) {
    // :: and ::1 land here as 0.0.0.0 and 0.0.0.1, both in 0.0.0.0/8, so they are
    // refused without a special case.
    return fromParts(parts[6] ?? 0, parts[7] ?? 0);
  }
  if (address.match(SIX_TO_FOUR_V6)) {
    return fromParts(parts[1] ?? 0, parts[2] ?? 0);
  }
  return null;
}
