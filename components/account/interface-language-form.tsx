'use client';
// The signed-in person's interface language, saved on their account through
// PUT /api/me/locale (which also sets the cookie the sign-in page reads), or
// none: then the browser's Accept-Language decides. The page is rendered again
// at once in the chosen language.
import { useLocale } from 'next-intl';
import { useTranslations } from '@/components/i18n/kept-translations';
import { useRouter } from 'next/navigation';
import { type FormEvent, useState } from 'react';
import { isLocale, LOCALE_DIRECTION, LOCALE_NAMES } from '@/lib/i18n/locales';
import { LOCALES, type Locale } from '@/lib/vocabulary';
import { apiRequest, useErrorMessage } from '../api/api-request';
import { Button } from '../ui/button';

/** The radio value for "no saved choice". */
const FOLLOW_BROWSER = 'browser';

type Outcome = { ok: true } | { ok: false; text: string } | null;

export function InterfaceLanguageForm({ saved }: { saved: Locale | null }) {
  const t = useTranslations('account.language');
  const common = useTranslations('common.language');
  const shown = useLocale();
  const router = useRouter();
  const errorMessage = useErrorMessage();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);

  async function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const chosen = new FormData(event.currentTarget).get('locale');
    setBusy(true);
    setOutcome(null);
    try {
      await apiRequest('PUT', '/api/me/locale', { locale: isLocale(chosen) ? chosen : null });
      setOutcome({ ok: true });
      router.refresh();
    } catch (error) {
      setOutcome({ ok: false, text: errorMessage(error) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={save} aria-labelledby="interface-language-heading" className="mt-4 max-w-2xl">
      <p className="text-stone-700">{t('intro')}</p>
      <fieldset className="mt-3">
        <legend className="sr-only">{common('label')}</legend>
        {LOCALES.map((locale) => (
          <label key={locale} className="mt-2 flex items-center gap-2">
            <input type="radio" name="locale" value={locale} defaultChecked={saved === locale} />
            <span lang={locale} dir={LOCALE_DIRECTION[locale]}>{LOCALE_NAMES[locale]}</span>
          </label>
        ))}
        <label className="mt-2 flex items-center gap-2">
          <input type="radio" name="locale" value={FOLLOW_BROWSER} defaultChecked={saved === null} />
          <span>{common('followBrowser')}</span>
        </label>
      </fieldset>
      {saved === null && <p className="mt-2 text-sm text-stone-700">{t('browserNow', { language: LOCALE_NAMES[shown] })}</p>}
      <div className="mt-4 flex items-center gap-3">
        <Button type="submit" disabled={busy}>{busy ? t('saving') : t('save')}</Button>
        {outcome && <span role={outcome.ok ? 'status' : 'alert'} className={outcome.ok ? 'text-green-800' : 'text-red-900'}>{outcome.ok ? t('saved') : outcome.text}</span>}
      </div>
    </form>
  );
}
