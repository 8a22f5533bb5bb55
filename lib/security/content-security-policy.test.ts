import { describe, expect, it } from 'vitest';
import { API_CONTENT_SECURITY_POLICY, generateNonce, pageContentSecurityPolicy, strictTransportSecurity } from './content-security-policy';

describe('the content security policy', () => {
  it('allows scripts only with the nonce, and no eval in production', () => {
    const policy = pageContentSecurityPolicy('abc123', { dev: false });
    const scripts = policy.split('; ').find((directive) => directive.startsWith('script-src'));
    expect(scripts).toBe("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("object-src 'none'");
    expect(pageContentSecurityPolicy('n', { dev: true })).toContain("'unsafe-eval'");
  });

  it('lets API answers load nothing', () => {
    expect(API_CONTENT_SECURITY_POLICY).toMatch(/^default-src 'none'/);
  });

  it('makes a fresh, unguessable nonce each time', () => {
    const nonces = new Set(Array.from({ length: 50 }, generateNonce));
    expect(nonces.size).toBe(50);
    for (const nonce of nonces) expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });

  it('sends HSTS over https only', () => {
    expect(strictTransportSecurity('https')).toMatch(/^max-age=\d+/);
    expect(strictTransportSecurity('http')).toBeNull();
    expect(strictTransportSecurity(null)).toBeNull();
  });
});
