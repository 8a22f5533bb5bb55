/** A date shown the same on server and client (UTC, unambiguous), with the exact instant in the tooltip. */
export function RelativeTime({ iso }: { iso: string }) {
  const date = new Date(iso);
  const text = date.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
  return <time dateTime={iso} title={date.toISOString()}>{text}</time>;
}
