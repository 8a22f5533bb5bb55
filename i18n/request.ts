// next-intl's per-request configuration: the interface language of this
// request (the user's saved choice, else the browser's cookie, else
// Accept-Language) and its catalogue. Dates are shown in UTC, as the server
// renders them, so the server's render and the browser's hydration agree.
import { getRequestConfig } from 'next-intl/server';
import { cookies, headers } from 'next/headers';
import { chooseLocale, LOCALE_COOKIE } from '@/lib/i18n/locales';
import { getActor } from '@/lib/server/session';
import { FORMATS } from './formats';
import { loadMessages } from './messages';

export default getRequestConfig(async () => {
  const [cookieStore, headerList] = await Promise.all([cookies(), headers()]);
  const actor = await getActor().catch(() => null);
  const locale = chooseLocale({
    saved: actor?.locale,
    cookie: cookieStore.get(LOCALE_COOKIE)?.value,
    acceptLanguage: headerList.get('accept-language'),
  });
  return { locale, messages: await loadMessages(locale), timeZone: 'UTC', formats: FORMATS };
});
