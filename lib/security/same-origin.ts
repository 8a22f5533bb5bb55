// Whether a browser request comes from a page of this site: its Origin's host
// is the host the request was sent to. The host is the one the deployment
// trusts (lib/security/forwarded-headers.ts: Host, or X-Forwarded-Host from a
// trusted proxy); proxy.ts rewrites X-Forwarded-Host to that same value before
// Next.js checks a server action's origin, so both checks agree and a refusal
// is this 403, never Next's 500.

/** True when there is no Origin (not a browser's cross-site request) or it names `host`; "null" and garbage are foreign. */
export function isSameOrigin(origin: string | null, host: string | null): boolean {
  if (origin === null) return true;
  if (!host) return false;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
