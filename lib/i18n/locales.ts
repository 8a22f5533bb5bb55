// Which interface language a request gets, and which way it runs. Pure: the
// request config (i18n/request.ts) passes in what it read from the user, the
// cookie and the Accept-Language header.
import { match } from '@formatjs/intl-localematcher';
import Negotiator from 'negotiator';
import { LANGUAGES } from '../../messages/languages';
import { LOCALES, type Locale, type TextDirection } from '../vocabulary';

export const DEFAULT_LOCALE: Locale = 'en';

/** The cookie that keeps a signed-out browser's choice (the sign-in page's switcher), and mirrors a user's saved one. */
export const LOCALE_COOKIE = 'corroborate-locale';

/** A year: the cookie keeps a choice until it is changed. */
export const LOCALE_COOKIE_MAX_AGE_S = 365 * 24 * 60 * 60;

/** The Set-Cookie string a browser script writes for the sign-in page's switcher (not a secret: any value outside LOCALES is ignored). */
export function localeCookieString(locale: Locale): string {
  return `${LOCALE_COOKIE}=${locale}; Path=/; Max-Age=${LOCALE_COOKIE_MAX_AGE_S}; SameSite=Lax`;
}

/** The whole page's direction: the root <html dir> follows the interface language, never the article's. */
export const LOCALE_DIRECTION: Readonly<Record<Locale, TextDirection>> = Object.fromEntries(LOCALES.map((locale) => [locale, LANGUAGES[locale].direction])) as Record<Locale, TextDirection>;

/** Each language named in itself, as a language menu lists them (these names are not translated). */
export const LOCALE_NAMES: Readonly<Record<Locale, string>> = Object.fromEntries(LOCALES.map((locale) => [locale, LANGUAGES[locale].name])) as Record<Locale, string>;

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** The best of our languages for an Accept-Language header (RFC 9110 q-values, BCP 47 lookup), else the default. */
export function negotiateLocale(acceptLanguage: string | null | undefined): Locale {
  if (!acceptLanguage) return DEFAULT_LOCALE;
  // A hostile header must not cost much: the first 500 characters hold any real preference list.
  const requested = new Negotiator({ headers: { 'accept-language': acceptLanguage.slice(0, 500) } }).languages().filter(isWellFormedTag);
  if (requested.length === 0) return DEFAULT_LOCALE;
  const best = match(requested, [...LOCALES], DEFAULT_LOCALE);
  return isLocale(best) ? best : DEFAULT_LOCALE;
}

/** Intl refuses a malformed tag with a RangeError; such a tag (or "*") is skipped, not a reason to refuse the page. */
function isWellFormedTag(tag: string): boolean {
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}

/**
 * The request's language: the signed-in user's saved choice, else the
 * browser's cookie (a choice made before signing in), else Accept-Language.
 */
export function chooseLocale(input: { saved?: string | null; cookie?: string | null; acceptLanguage?: string | null }): Locale {
  if (isLocale(input.saved)) return input.saved;
  if (isLocale(input.cookie)) return input.cookie;
  return negotiateLocale(input.acceptLanguage);
}
