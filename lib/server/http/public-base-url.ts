import 'server-only';
// The address the outside world reaches the workbench at, for the IRIs that
// exports and the annotation container mint: NEXTAUTH_URL when set (behind a
// proxy it is the only reliable answer), else the request's own origin.
export function publicBaseUrl(request: Request): string {
  const configured = process.env.NEXTAUTH_URL?.trim();
  const base = configured ? configured : new URL(request.url).origin;
  return base.endsWith('/') ? base : `${base}/`;
}
