import { useFormatter } from 'next-intl';

/** A date in the interface's language (UTC, as the server renders it), with the exact instant in the tooltip. */
export function RelativeTime({ iso }: { iso: string }) {
  const format = useFormatter();
  const date = new Date(iso);
  return <time dateTime={iso} title={date.toISOString()}>{format.dateTime(date, 'date')}</time>;
}
