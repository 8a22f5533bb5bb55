import 'server-only';
// The address the outside world reaches the workbench at, for the IRIs that
// exports and the annotation container mint: NEXTAUTH_URL when set (behind a
// proxy it is the only reliable answer), else the Host the client used. Not
// request.url: next start builds that from its own bind address
// ("localhost"), which is not what a client on 127.0.0.1 or a LAN name asked for.
export function publicBaseUrl(request: Request): string {
  const configured = process.env.NEXTAUTH_URL?.trim();
  if (configured) return configured.endsWith('/') ? configured : `${configured}/`;
  const url = new URL(request.url);
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host') ?? url.host;
  const protocol = request.headers.get('x-forwarded-proto')?.split(',')[0]?.trim() ?? url.protocol.replace(/:$/, '');
  return `${protocol}://${host}/`;
}
