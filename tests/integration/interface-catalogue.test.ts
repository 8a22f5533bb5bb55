// GET /api/i18n/:locale: the interface's catalogue as the browser loads it (the root layout names
// and preloads it; components/layout/interface-messages.tsx reads it). Versioned by its content,
// so a browser may keep the current one for good, and only that one.
import { describe, expect, it } from 'vitest';
import { loadMessages } from '@/i18n/messages';
import { LOCALES } from '@/lib/vocabulary';

const { GET } = await import('@/app/api/i18n/[locale]/route');
const { catalogueUrl } = await import('@/lib/server/http/interface-catalogue');

const get = (locale: string, version?: string) =>
  GET(new Request(`http://localhost/api/i18n/${locale}${version === undefined ? '' : `?v=${encodeURIComponent(version)}`}`), { params: Promise.resolve({ locale }) });

describe('GET /api/i18n/:locale', () => {
  it.each(LOCALES)('answers the whole %s catalogue, to be kept for good at the address the layout names', async (locale) => {
    const url = new URL(await catalogueUrl(locale), 'http://localhost');
    expect(url.pathname).toBe(`/api/i18n/${locale}`);
    const answer = await get(locale, url.searchParams.get('v')!);
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(answer.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(await answer.json()).toEqual(await loadMessages(locale));
  });

  it('names each language by a version of its own content', async () => {
    const versions = await Promise.all(LOCALES.map(async (locale) => new URL(await catalogueUrl(locale), 'http://localhost').searchParams.get('v')));
    expect(new Set(versions).size).toBe(LOCALES.length);
    for (const version of versions) expect(version).toMatch(/^[A-Za-z0-9_-]{16}$/);
  });

  it.each([['another version', 'an-old-release'], ['no version', undefined]])('answers %s with the current catalogue, not to be kept', async (_case, version) => {
    const answer = await get('en', version);
    expect(answer.status).toBe(200);
    expect(answer.headers.get('cache-control')).toBe('no-cache');
    expect(await answer.json()).toEqual(await loadMessages('en'));
  });

  it.each(['xx', 'EN', '..%2Fen', ''])('refuses a language it does not have (%j) with a clear 404', async (locale) => {
    const answer = await get(locale);
    expect(answer.status).toBe(404);
    expect(((await answer.json()) as { error: { code: string } }).error.code).toBe('not_found');
  });
});
