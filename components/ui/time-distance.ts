// How far an instant is from "now", in words ("3 minutes ago", "in 90 days"),
// and the exact instant for a tooltip. Written out rather than left to
// Intl.RelativeTimeFormat so the server's render and the browser's hydration
// produce the same text whatever ICU data each has.

const UNITS = [
  { name: 'minute', ms: 60_000, below: 60 * 60_000 },
  { name: 'hour', ms: 60 * 60_000, below: 24 * 60 * 60_000 },
  // Days up to about three months: "in 90 days" is how a token's term is chosen.
  { name: 'day', ms: 24 * 60 * 60_000, below: 100 * 24 * 60 * 60_000 },
  { name: 'month', ms: 30 * 24 * 60 * 60_000, below: 730 * 24 * 60 * 60_000 },
  { name: 'year', ms: 365 * 24 * 60 * 60_000, below: Number.POSITIVE_INFINITY },
] as const;

/**
 * "just now" within half a minute either way; otherwise rounded to the nearest
 * whole unit, in the smallest unit whose rounded amount stays below the next
 * (a token made a moment ago for 90 days reads "in 90 days", not "in 89 days").
 */
export function describeTimeDistance(iso: string, nowIso: string): string {
  const distance = new Date(iso).getTime() - new Date(nowIso).getTime();
  const size = Math.abs(distance);
  if (size < 30_000) return 'just now';
  const unit = UNITS.find((candidate) => Math.round(size / candidate.ms) * candidate.ms < candidate.below) ?? UNITS[4];
  const count = Math.round(size / unit.ms);
  const amount = `${count} ${unit.name}${count === 1 ? '' : 's'}`;
  return distance < 0 ? `${amount} ago` : `in ${amount}`;
}

/** "2026-12-06 01:55:38 UTC": exact, unambiguous and the same on server and client. */
export function exactTime(iso: string): string {
  return `${new Date(iso).toISOString().slice(0, 19).replace('T', ' ')} UTC`;
}
