'use client';
// The sign-in page's language switcher: before anyone is signed in, the choice
// lives in the browser's cookie (i18n/request.ts reads it), and the page is
// rendered again in the chosen language. Once signed in, the Account page saves it.
import { useLocale } from 'next-intl';
import { useTranslations } from '@/components/i18n/kept-translations';
import { useRouter } from 'next/navigation';
import { isLocale, LOCALE_DIRECTION, LOCALE_NAMES, localeCookieString } from '@/lib/i18n/locales';
import { LOCALES } from '@/lib/vocabulary';

export function SignInLanguage() {
  const t = useTranslations('auth.signIn');
  const locale = useLocale();
  const router = useRouter();

  const choose = (value: string) => {
    if (!isLocale(value)) return;
    document.cookie = localeCookieString(value);
    router.refresh();
  };

  return (
    <label className="mt-10 flex items-center justify-end gap-2 text-sm">
      <span className="text-stone-700">{t('language')}</span>
      <select value={locale} onChange={(event) => choose(event.target.value)} className="rounded border border-stone-400 bg-white px-2 py-1">
        {LOCALES.map((option) => (
          <option key={option} value={option} lang={option} dir={LOCALE_DIRECTION[option]}>{LOCALE_NAMES[option]}</option>
        ))}
      </select>
    </label>
  );
}
