// Whether a browser request comes from a page of this site: its Origin's
// host is the host the request was sent to. The host is read as Next.js
// reads it for server actions (the first X-Forwarded-Host, else Host), so a
// request this check lets through is one Next.js accepts too, and one it
// refuses is refused here first with a 403 instead of Next's 500.
export type OriginHeaders = { origin: string | null; host: string | null; forwardedHost: string | null };

/** True when there is no Origin (not a browser's cross-site request) or it names this host; "null" and garbage are foreign. */
export function isSameOrigin(headers: OriginHeaders): boolean {
  if (headers.origin === null) return true;
  const host = headers.forwardedHost?.split(',')[0]?.trim() || headers.host;
  if (!host) return false;
  try {
    return new URL(headers.origin).host === host;
  } catch {
    return false;
  }
}
