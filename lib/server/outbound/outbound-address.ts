import 'server-only';
// Where an outgoing request (a webhook delivery) may go: the URL-import address
// policy (lib/articles/address-policy.ts) — http(s), a web port, every address the
// name resolves to public — unless the host is listed in OUTBOUND_ALLOW_HOSTS (a
// newsroom system on the internal network, or the tests' local receivers). The
// addresses are resolved once and the connection pinned to them, so DNS cannot
// answer differently between the check and the connect.
import { lookup as dnsLookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import { isPublicAddress, isWebPort } from '../../articles/address-policy';
import { config } from '../../config';

export type VettedAddress = { address: string; family: number };

/** The one refusal, for creation (400) and delivery (recorded on the delivery) alike. */
export const OUTBOUND_REFUSED_MESSAGE =
  'That webhook URL cannot be used: it must be an http(s) URL on a web port (80, 443, 8080, 8443) whose host resolves only to public internet addresses. A host on a private network must be listed in OUTBOUND_ALLOW_HOSTS.';

export class OutboundAddressRefused extends Error {
  constructor() {
    super(OUTBOUND_REFUSED_MESSAGE);
    this.name = 'OutboundAddressRefused';
  }
}

function bareHost(url: URL): string {
  return url.hostname.replace(/^\[(.*)\]$/, '$1').toLowerCase();
}

/** True when the URL's host is listed in OUTBOUND_ALLOW_HOSTS (by name, or by the IP literal written in the URL). */
export function isAllowListed(url: URL, allowHosts: readonly string[] = config().outbound.allowHosts): boolean {
  return allowHosts.includes(bareHost(url));
}

/** The addresses to connect to, or OutboundAddressRefused. */
export async function vetOutboundUrl(raw: string): Promise<{ url: URL; addresses: VettedAddress[] }> {
  if (!URL.canParse(raw)) throw new OutboundAddressRefused();
  const url = new URL(raw);
  if (!/^https?:$/.test(url.protocol) || url.username || url.password) throw new OutboundAddressRefused();
  const host = bareHost(url);
  let addresses: VettedAddress[];
  if (isIP(host) !== 0) addresses = [{ address: host, family: isIP(host) }];
  else {
    try {
      addresses = (await dnsLookup(host, { all: true, verbatim: true })).map(({ address }) => ({ address, family: isIP(address) }));
    } catch {
      throw new OutboundAddressRefused();
    }
  }
  if (addresses.length === 0 || addresses.some(({ family }) => family === 0)) throw new OutboundAddressRefused();
  if (isAllowListed(url)) return { url, addresses };
  // Any non-public answer refuses the whole name: a mix is what DNS rebinding looks like.
  if (!isWebPort(url.port) || !addresses.every(({ address }) => isPublicAddress(address))) throw new OutboundAddressRefused();
  return { url, addresses };
}
