import 'server-only';
// The address the outside world reaches the workbench at, for the IRIs that
// exports and the annotation container mint: NEXTAUTH_URL when set (behind a
// proxy it is the only reliable answer), else the host and scheme the client
// used (forwarded ones only from a trusted proxy, see client-address.ts). Not
// request.url: the server builds that from its own bind address ("0.0.0.0",
// "localhost"), which is not what a client on 127.0.0.1 or a LAN name asked for.
import { config } from '../../config';
import { requestHost, requestProtocol } from './client-address';

export function publicBaseUrl(request: Request): string {
  const configured = config().publicUrl;
  if (configured) return `${configured}/`;
  const host = requestHost(request) ?? new URL(request.url).host;
  return `${requestProtocol(request)}://${host}/`;
}
