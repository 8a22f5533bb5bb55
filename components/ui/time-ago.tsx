import { useLocale } from 'next-intl';
import { useTranslations } from '@/components/i18n/kept-translations';
import { describeTimeDistance, exactTime } from './time-distance';

/**
 * An instant relative to `now` ("3 minutes ago", "in 90 days"), with the exact
 * time in the tooltip. `now` comes from the server's render, so hydration
 * reproduces the same words.
 */
export function TimeAgo({ iso, now }: { iso: string; now: string }) {
  const t = useTranslations('layout.time');
  const locale = useLocale();
  return <time dateTime={iso} title={exactTime(t, locale, iso)}>{describeTimeDistance(t, iso, now)}</time>;
}
