import { describe, expect, it } from 'vitest';
import { registrableDomain } from './registrable-domain';

describe('registrableDomain', () => {
  it('drops subdomains, keeping a known two-part suffix whole', () => {
    expect(registrableDomain('https://www.apnews.com/article/x')).toBe('apnews.com');
    expect(registrableDomain('https://news.bbc.co.uk/1/hi/world')).toBe('bbc.co.uk');
    expect(registrableDomain('Edition.CNN.com')).toBe('cnn.com');
  });

  it('refuses what is not a named host', () => {
    expect(registrableDomain('http://192.168.0.1/page')).toBeNull();
    expect(registrableDomain('http://[::1]/')).toBeNull();
    expect(registrableDomain('localhost')).toBeNull();
    expect(registrableDomain('co.uk')).toBeNull();
    expect(registrableDomain('not a host')).toBeNull();
  });
});
