import { describe, expect, it } from 'vitest';
import { chooseLocale, localeCookieString, negotiateLocale } from './locales';

describe('negotiateLocale', () => {
  it.each([
    ['fa-IR,fa;q=0.9,en;q=0.8', 'fa'],
    ['en-GB,en;q=0.9', 'en'],
    ['de-DE,fa;q=0.5', 'fa'],
    ['de-DE,fr;q=0.5', 'en'],
    ['en;q=0.1,fa;q=0.9', 'fa'],
    ['', 'en'],
    ['*', 'en'],
    ['not a language tag ;;; q=x', 'en'],
  ])('%j → %s', (header, expected) => {
    expect(negotiateLocale(header)).toBe(expected);
  });

  it('reads only the head of a huge header', () => {
    expect(negotiateLocale(`fa,${'x-'.repeat(100_000)}`)).toBe('fa');
  });
});

describe('chooseLocale', () => {
  it('prefers the saved choice, then the cookie, then the header', () => {
    expect(chooseLocale({ saved: 'fa', cookie: 'en', acceptLanguage: 'en' })).toBe('fa');
    expect(chooseLocale({ saved: null, cookie: 'fa', acceptLanguage: 'en' })).toBe('fa');
    expect(chooseLocale({ saved: null, cookie: 'xx', acceptLanguage: 'fa' })).toBe('fa');
    expect(chooseLocale({})).toBe('en');
  });
});

describe('localeCookieString', () => {
  it('keeps the choice for a year on every path', () => {
    expect(localeCookieString('fa')).toBe('corroborate-locale=fa; Path=/; Max-Age=31536000; SameSite=Lax');
  });
});
