import { describeTimeDistance, exactTime } from './time-distance';

/**
 * An instant relative to `now` ("3 minutes ago", "in 90 days"), with the exact
 * time in the tooltip. `now` comes from the server's render, so hydration
 * reproduces the same words.
 */
export function TimeAgo({ iso, now }: { iso: string; now: string }) {
  return <time dateTime={iso} title={exactTime(iso)}>{describeTimeDistance(iso, now)}</time>;
}
