import 'server-only';
// Who is asking, and under which host and scheme, as far as this process can
// know it. The TCP peer is the only fact: scripts/server.ts writes it into the
// PEER_HEADER of every request (overwriting whatever a client sent), because a
// Next.js route handler never sees the socket. Forwarded headers
// (X-Forwarded-For / -Host / -Proto) are believed only when TRUST_PROXY says how
// many proxies stand in front; otherwise anyone could name their own address
// (escaping a per-address limit) or host (passing a same-origin check).
import ipaddr from 'ipaddr.js';
import { config } from '../../config';
import { type HeaderBag, forwardedHost, forwardedProtocol, headerValues, listHeader } from '../../security/forwarded-headers';
import { PEER_HEADER, PEER_SERVER_MARK } from '../../security/peer-header';

export { PEER_HEADER, PEER_SERVER_MARK };

/** The address rate limits use when the peer is not known (no scripts/server.ts in front). */
export const UNKNOWN_ADDRESS = 'unknown';

/** An IP address in its canonical text form (IPv4-mapped IPv6 as IPv4), or null when it is not one. */
export function canonicalAddress(value: string): string | null {
  const bare = value.replace(/^\[(.*)\](?::\d+)?$/, '$1').replace(/^(\d{1,3}(?:\.\d{1,3}){3}):\d+$/, '$1');
  if (!ipaddr.isValid(bare)) return null;
  const parsed = ipaddr.parse(bare);
  if (parsed.kind() === 'ipv6' && (parsed as ipaddr.IPv6).isIPv4MappedAddress()) return (parsed as ipaddr.IPv6).toIPv4Address().toString();
  return parsed.toString();
}

function peerAddress(headers: HeaderBag): string | null {
  if (!(globalThis as Record<symbol, unknown>)[PEER_SERVER_MARK]) return null;
  const [peer] = headerValues(headers, PEER_HEADER);
  return peer ? canonicalAddress(peer) : null;
}

/**
 * The client's address: the TCP peer's, or with TRUST_PROXY=n the right-most
 * X-Forwarded-For entry that none of the n trusted proxies added (each proxy
 * appends the address it was contacted from, so entries left of that are the
 * client's own claims). An entry that is not an address stops the walk at the
 * last trusted hop rather than letting a malformed value become a bucket.
 */
export function clientAddress(headers: HeaderBag, trustProxy = config().trustProxy): string {
  const peer = peerAddress(headers);
  if (peer === null) return UNKNOWN_ADDRESS;
  const hops = [peer, ...listHeader(headers, 'x-forwarded-for').reverse()];
  let address = peer;
  for (let index = 1; index <= trustProxy && index < hops.length; index += 1) {
    const hop = canonicalAddress(hops[index]!);
    if (hop === null) break;
    address = hop;
  }
  return address;
}

/** The host the client asked for: X-Forwarded-Host from a trusted proxy, else Host. */
export function requestHost(request: Request): string | null {
  return forwardedHost(request.headers, config().trustProxy);
}

/** The scheme the client used: X-Forwarded-Proto from a trusted proxy, else that of the connection (the app serves plain HTTP). */
export function requestProtocol(request: Request): 'http' | 'https' {
  return forwardedProtocol(request.headers, config().trustProxy);
}
