import { useFormatter, useTranslations } from 'next-intl';
import { exactTime } from './time-distance';

/** A date in the interface's language (UTC, as the server renders it), with the exact instant in the tooltip, in the same language. */
export function RelativeTime({ iso }: { iso: string }) {
  const t = useTranslations('layout.time');
  const format = useFormatter();
  return <time dateTime={iso} title={exactTime(t, format, iso)}>{format.dateTime(new Date(iso), 'date')}</time>;
}
