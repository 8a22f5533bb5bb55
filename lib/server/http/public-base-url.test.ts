import { afterEach, describe, expect, it } from 'vitest';
import { publicBaseUrl } from './public-base-url';

const request = (url: string, headers: Record<string, string> = {}) => new Request(url, { headers });

describe('the public base URL', () => {
  afterEach(() => {
    delete process.env.NEXTAUTH_URL;
  });

  it('is the Host the client used, not the bind address in request.url', () => {
    expect(publicBaseUrl(request('http://localhost:3000/annotations/', { host: '127.0.0.1:3000' }))).toBe('http://127.0.0.1:3000/');
  });

  it('follows a proxy\'s forwarded host and protocol', () => {
    expect(publicBaseUrl(request('http://localhost:3000/x', { host: 'localhost:3000', 'x-forwarded-host': 'desk.example', 'x-forwarded-proto': 'https' }))).toBe('https://desk.example/');
  });

  it('is NEXTAUTH_URL when configured, with a trailing slash', () => {
    process.env.NEXTAUTH_URL = 'https://desk.example/corroborate';
    expect(publicBaseUrl(request('http://localhost:3000/x', { host: 'evil.example' }))).toBe('https://desk.example/corroborate/');
  });
});
