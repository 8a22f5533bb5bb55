// Issue 17: a person's interface language is saved on their account and mirrored in a cookie.
import { describe, expect, it, vi } from 'vitest';
import { LOCALE_COOKIE } from '@/lib/i18n/locales';
import { findSessionUser } from '@/lib/server/data/users/find-session-user';
import { routeClient } from '../support/route-client';
import { routes } from '../support/routes';
import { withSeededDatabase } from '../support/seeded-database';

vi.mock('@/lib/server/auth/cookie-session', () => import('../support/session'));

const database = withSeededDatabase();
const { hit } = routeClient(database);

const savedLocale = async (who: 'reviewer1' | 'reviewer2') =>
  (await database.query<{ locale: string | null }>('SELECT locale FROM "User" WHERE id = $1', [database.actors[who].id]))[0]?.locale;

describe('PUT /api/me/locale', () => {
  it('saves the choice on the account, sets the cookie, and the next session carries it', async () => {
    const answer = await hit('reviewer1', routes.meLocale.PUT, { method: 'PUT', path: '/api/me/locale', body: { locale: 'fa' } });
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({ locale: 'fa' });
    expect(answer.headers.get('set-cookie')).toMatch(new RegExp(`^${LOCALE_COOKIE}=fa;`));
    expect(await savedLocale('reviewer1')).toBe('fa');
    expect(await savedLocale('reviewer2')).toBeNull();
    const actor = await findSessionUser(database.actors.reviewer1.id, undefined);
    expect(actor?.locale).toBe('fa');
    expect((await hit('reviewer1', routes.meLocale.GET, { path: '/api/me/locale' })).body).toEqual({ locale: 'fa' });
    expect((await hit('reviewer2', routes.meLocale.GET, { path: '/api/me/locale' })).body).toEqual({ locale: null });
  });

  it('null goes back to following the browser and clears the cookie', async () => {
    await hit('reviewer1', routes.meLocale.PUT, { method: 'PUT', path: '/api/me/locale', body: { locale: 'fa' } });
    const answer = await hit('reviewer1', routes.meLocale.PUT, { method: 'PUT', path: '/api/me/locale', body: { locale: null } });
    expect(answer.status).toBe(200);
    expect(answer.headers.get('set-cookie')).toMatch(new RegExp(`^${LOCALE_COOKIE}=;`));
    expect(await savedLocale('reviewer1')).toBeNull();
  });

  it.each([
    ['a language without a catalogue', 'reviewer1', { locale: 'de' }, 400],
    ['a number', 'reviewer1', { locale: 7 }, 400],
    ['no locale', 'reviewer1', {}, 400],
    ['another user’s id', 'reviewer1', { locale: 'fa', userId: '00000000-0000-4000-8000-000000000000' }, 400],
    ['nobody signed in', null, { locale: 'fa' }, 401],
  ] as const)('refuses %s and writes nothing', async (_what, who, body, status) => {
    const before = await database.snapshot();
    const answer = await hit(who, routes.meLocale.PUT, { method: 'PUT', path: '/api/me/locale', body });
    expect(answer.status).toBe(status);
    expect(answer.headers.get('set-cookie')).toBeNull();
    expect(await database.snapshot()).toEqual(before);
  });
});
