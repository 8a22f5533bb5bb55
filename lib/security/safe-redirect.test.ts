import { describe, expect, it } from 'vitest';
import { MAX_REDIRECT_LENGTH, safeRedirectPath } from './safe-redirect';

/** Where a browser would really go from a page of the app with this href (the WHATWG parser, as Chromium resolves it). */
function browserOrigin(href: string, page = 'https://app.example.org/signin'): string {
  return new URL(href, page).origin;
}

describe('safeRedirectPath', () => {
  it.each([
    ['a plain path', '/articles/5f0c', '/articles/5f0c'],
    ['a path with a query and fragment', '/review?needs=disputes&q=Iran#top', '/review?needs=disputes&q=Iran#top'],
    ['the dashboard', '/', '/'],
    ['encoded characters in the query', '/?q=a%20b%2Fc', '/?q=a%20b%2Fc'],
    ['a space, encoded by the parser', '/articles?q=a b', '/articles?q=a%20b'],
    ['a non-ASCII path, encoded by the parser', '/artículos', '/art%C3%ADculos'],
    ['an @ inside the path (a path, not userinfo)', '/@evil.test', '/@evil.test'],
  ])('keeps %s', (_what, raw, expected) => {
    expect(safeRedirectPath(raw)).toBe(expected);
  });

  // Each of these is a value some browser, router or decoder would take to another origin
  // (or run as script); every one must come back as the dashboard.
  const HOSTILE: [string, string][] = [
    ['scheme-relative', '//evil.test'],
    ['scheme-relative with a path', '//evil.test/phish'],
    ['a backslash after the slash', '/\\evil.test'],
    ['two backslashes', '\\\\evil.test'],
    ['a backslash then slash', '\\/evil.test'],
    ['an encoded backslash', '/%5Cevil.test/phish'],
    ['an encoded backslash, lower case', '/%5cevil.test'],
    ['a double-encoded backslash', '/%255Cevil.test'],
    ['encoded slashes', '/%2F%2Fevil.test'],
    ['an encoded second slash', '/%2Fevil.test'],
    ['double-encoded slashes', '/%252F%252Fevil.test'],
    ['a tab inside the slashes', '/\t/evil.test'],
    ['an encoded tab', '/%09/evil.test'],
    ['a newline inside the slashes', '/\n/evil.test'],
    ['a carriage return', '/\r/evil.test'],
    ['an encoded newline', '/%0A/evil.test'],
    ['a NUL', '/\u0000/evil.test'],
    ['a zero-width space', '/\u200B/evil.test'],
    ['a right-to-left override', '/\u202Etset.live//'],
    ['a line separator', '/\u2028/evil.test'],
    ['a fullwidth solidus (NFKC: /)', '/\uFF0Fevil.test'],
    ['an encoded fullwidth solidus', '/%EF%BC%8Fevil.test'],
    ['a fullwidth reverse solidus (NFKC: \\)', '/\uFF3Cevil.test'],
    ['dot segments that leave //', '/.//evil.test'],
    ['parent segments that leave //', '/a/..//evil.test'],
    ['https without slashes', 'https:evil.test'],
    ['an absolute URL', 'https://evil.test'],
    ['an absolute URL with a path', 'https://evil.test/signin'],
    ['javascript:', 'javascript:alert(document.cookie)'],
    ['javascript: after whitespace', ' javascript:alert(1)'],
    ['data:', 'data:text/html,<script>alert(1)</script>'],
    ['a relative path (no leading slash)', 'evil.test'],
    ['leading whitespace before //', ' //evil.test'],
    ['a very long value', `/${'a'.repeat(MAX_REDIRECT_LENGTH)}`],
    ['a deeply nested encoding', '/%25252525255Cevil.test'],
    ['the empty string', ''],
  ];

  it.each(HOSTILE)('sends %s to the dashboard', (_what, raw) => {
    expect(safeRedirectPath(raw)).toBe('/');
  });

  it('never returns anything that a browser resolves off the site', () => {
    for (const [, raw] of HOSTILE) expect(browserOrigin(safeRedirectPath(raw))).toBe('https://app.example.org');
  });

  it('the table is hostile: without the check, a browser would leave the site', () => {
    // Guards the table itself: these raw values really do resolve elsewhere, from an http or an https page.
    for (const raw of ['//evil.test', '/\\evil.test', '/\t/evil.test', '/\n/evil.test', 'https:evil.test', '\\\\evil.test', 'https://evil.test']) {
      const origins = [browserOrigin(raw, 'http://app.example.org/signin'), browserOrigin(raw, 'https://app.example.org/signin')];
      expect(origins.some((origin) => !origin.endsWith('//app.example.org')), raw).toBe(true);
    }
  });

  it('refuses what is not a string', () => {
    for (const raw of [undefined, null, 42, ['/a'], { toString: () => '/a' }]) expect(safeRedirectPath(raw)).toBe('/');
  });

  it('accepts an absolute URL on the given origin as its path, and no other origin', () => {
    const origin = 'https://app.example.org';
    expect(safeRedirectPath('https://app.example.org/articles/1?x=1', { origin })).toBe('/articles/1?x=1');
    expect(safeRedirectPath('HTTPS://APP.EXAMPLE.ORG/review', { origin })).toBe('/review');
    expect(safeRedirectPath('https://app.example.org.evil.test/x', { origin })).toBe('/');
    expect(safeRedirectPath('https://app.example.org@evil.test/x', { origin })).toBe('/');
    expect(safeRedirectPath('https://app.example.org//evil.test', { origin })).toBe('/');
    expect(safeRedirectPath('https://app.example.org/\\evil.test', { origin })).toBe('/');
    expect(safeRedirectPath('http://app.example.org/articles', { origin })).toBe('/');
    expect(safeRedirectPath('https://evil.test/articles', { origin })).toBe('/');
  });
});
