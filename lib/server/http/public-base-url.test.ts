import { afterEach, describe, expect, it } from 'vitest';
import { setConfigEnv } from '../../config';
import { publicBaseUrl } from './public-base-url';

const request = (url: string, headers: Record<string, string> = {}) => new Request(url, { headers });

describe('the public base URL', () => {
  afterEach(() => {
    setConfigEnv({ NEXTAUTH_URL: undefined, TRUST_PROXY: undefined });
  });

  it('is the Host the client used, not the bind address in request.url', () => {
    expect(publicBaseUrl(request('http://0.0.0.0:3000/annotations/', { host: '127.0.0.1:3000' }))).toBe('http://127.0.0.1:3000/');
  });

  it('ignores forwarded host and protocol unless TRUST_PROXY is set', () => {
    const forwarded = { host: 'localhost:3000', 'x-forwarded-host': 'evil.example', 'x-forwarded-proto': 'https' };
    expect(publicBaseUrl(request('http://localhost:3000/x', forwarded))).toBe('http://localhost:3000/');
    setConfigEnv({ TRUST_PROXY: '1' });
    expect(publicBaseUrl(request('http://localhost:3000/x', { ...forwarded, 'x-forwarded-host': 'evil.example, desk.example' }))).toBe('https://desk.example/');
  });

  it('is NEXTAUTH_URL when configured, with one trailing slash', () => {
    setConfigEnv({ NEXTAUTH_URL: 'https://desk.example/corroborate/' });
    expect(publicBaseUrl(request('http://localhost:3000/x', { host: 'evil.example' }))).toBe('https://desk.example/corroborate/');
  });
});
