import { describe, expect, it } from 'vitest';
import { isSameOrigin } from './same-origin';

const on = (origin: string | null, host: string | null = 'desk.example:3000') => isSameOrigin(origin, host);

describe('isSameOrigin', () => {
  it('lets requests without an Origin through (scripts; browsers send one on cross-site POSTs)', () => {
    expect(on(null)).toBe(true);
  });

  it('accepts an Origin naming the host, port included', () => {
    expect(on('http://desk.example:3000')).toBe(true);
    expect(on('https://desk.example:3000')).toBe(true);
  });

  it('refuses another site, another port, the opaque origin "null" and a malformed Origin', () => {
    expect(on('https://evil.test')).toBe(false);
    expect(on('http://desk.example:3001')).toBe(false);
    expect(on('null')).toBe(false);
    expect(on('not a url')).toBe(false);
  });

  it('refuses when there is no host to compare with', () => {
    expect(on('https://desk.example', null)).toBe(false);
  });
});
