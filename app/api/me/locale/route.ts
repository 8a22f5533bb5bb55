import { NextResponse } from 'next/server';
import { LOCALE_COOKIE, LOCALE_COOKIE_MAX_AGE_S } from '@/lib/i18n/locales';
import { readUserLocale, updateUserLocale } from '@/lib/server/data/users/update-user-locale';
import { requireActor } from '@/lib/server/guards';
import { readJson, route } from '@/lib/server/http/route';
import { parseInput } from '@/lib/validation/parse-input';
import { ZLocaleChoice } from '@/lib/validation/users';

export const GET = route(async () => {
  const actor = await requireActor('account:locale');
  return NextResponse.json(await readUserLocale(actor));
});

/**
 * Saves the signed-in person's interface language. The cookie mirrors it so
 * that the sign-in page, before anyone is signed in, speaks it too.
 */
export const PUT = route(async (request) => {
  const actor = await requireActor('account:locale');
  const input = parseInput(ZLocaleChoice, await readJson(request, 1_000));
  const response = NextResponse.json(await updateUserLocale(actor, input.locale));
  if (input.locale) response.cookies.set(LOCALE_COOKIE, input.locale, { path: '/', sameSite: 'lax', maxAge: LOCALE_COOKIE_MAX_AGE_S, httpOnly: false });
  else response.cookies.delete(LOCALE_COOKIE);
  return response;
});
