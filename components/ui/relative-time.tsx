import { useLocale } from 'next-intl';
import { useTranslations } from '@/components/i18n/kept-translations';
import { utcDateFormat } from '@/lib/i18n/kept-formatters';
import { exactTime } from './time-distance';

/**
 * A date in the interface's language (UTC, as the server renders it), with the exact instant in the tooltip, in the same language.
 * The formatters are the process's (kept-formatters.ts), not use-intl's per-request ones: the same options, the same words.
 */
export function RelativeTime({ iso }: { iso: string }) {
  const t = useTranslations('layout.time');
  const locale = useLocale();
  return <time dateTime={iso} title={exactTime(t, locale, iso)}>{utcDateFormat(locale).format(new Date(iso))}</time>;
}
