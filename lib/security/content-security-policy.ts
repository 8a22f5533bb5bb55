// The Content-Security-Policy of every response. Pages allow only scripts that
// carry this request's nonce (Next.js puts it on its own scripts when it finds
// the nonce in the request's CSP header) and what those load ('strict-dynamic');
// no inline script, no eval in production. Inline *styles* stay allowed:
// ProseMirror, Radix and the charts position things with style attributes,
// which cannot carry a nonce. API answers are data and may load nothing.
export function pageContentSecurityPolicy(nonce: string, options: { dev: boolean }): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${options.dev ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

export const API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/** 16 random bytes, base64: unguessable and fresh for each request. */
export function generateNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

/** HSTS only over https (directly, or as a proxy in front of us reports it); on plain http it would be ignored or lock out a LAN install. */
export function strictTransportSecurity(protocol: string | null): string | null {
  return protocol === 'https' ? 'max-age=63072000; includeSubDomains' : null;
}
