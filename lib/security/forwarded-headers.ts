// Reading the X-Forwarded-* headers only as far as the deployment trusts them.
// Each proxy appends to a list header, so with `trustProxy` proxies in front the
// right-most entry is the one the nearest trusted proxy wrote; anything further
// left is the client's own claim. With no trusted proxy they are all claims.
export type HeaderBag = Headers | Record<string, string | string[] | undefined> | undefined;

export function headerValues(headers: HeaderBag, name: string): string[] {
  if (!headers) return [];
  if (headers instanceof Headers) {
    const value = headers.get(name);
    return value === null ? [] : [value];
  }
  const value = headers[name];
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

/** A comma-separated list header, every occurrence in order, entries trimmed. */
export function listHeader(headers: HeaderBag, name: string): string[] {
  return headerValues(headers, name)
    .flatMap((value) => value.split(','))
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
}

/** The right-most entry of a forwarded list header when at least one proxy is trusted, else null. */
export function trustedForwarded(headers: HeaderBag, name: string, trustProxy: number): string | null {
  if (trustProxy <= 0) return null;
  return listHeader(headers, name).at(-1) ?? null;
}

/** The host the client asked for: X-Forwarded-Host from a trusted proxy, else Host. */
export function forwardedHost(headers: Headers, trustProxy: number): string | null {
  return trustedForwarded(headers, 'x-forwarded-host', trustProxy) ?? headers.get('host');
}

/** The scheme the client used: X-Forwarded-Proto from a trusted proxy, else plain HTTP (the app itself never terminates TLS). */
export function forwardedProtocol(headers: Headers, trustProxy: number): 'http' | 'https' {
  return trustedForwarded(headers, 'x-forwarded-proto', trustProxy)?.toLowerCase() === 'https' ? 'https' : 'http';
}
