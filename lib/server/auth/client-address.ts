import 'server-only';
// The client's address for rate limiting. Behind a load balancer the first
// X-Forwarded-For entry is the client; set TRUST_PROXY=0 when the app is
// exposed directly, so a client cannot pick its own address.
type HeaderBag = Headers | Record<string, string | string[] | undefined> | undefined;

export function clientAddress(headers: HeaderBag): string {
  const read = (name: string): string | undefined => {
    if (!headers) return undefined;
    if (headers instanceof Headers) return headers.get(name) ?? undefined;
    const value = headers[name];
    return Array.isArray(value) ? value[0] : value;
  };
  if (process.env.TRUST_PROXY !== '0') {
    const forwarded = read('x-forwarded-for')?.split(',')[0]?.trim();
    if (forwarded) return forwarded.slice(0, 64);
    const real = read('x-real-ip')?.trim();
    if (real) return real.slice(0, 64);
  }
  return 'direct';
}
