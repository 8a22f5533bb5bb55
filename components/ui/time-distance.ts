// How far an instant is from "now" ("3 minutes ago", "in 90 days"), and the
// exact instant for a tooltip, in the interface's language. The unit and the
// rounding are chosen here rather than left to Intl.RelativeTimeFormat, so the
// server's render and the browser's hydration produce the same words whatever
// ICU data each has; the words come from the `layout.time` catalogue.
import type { useTranslations } from 'next-intl';
import { paddedDigitsFormat } from '@/lib/i18n/kept-formatters';

type TimeTranslator = ReturnType<typeof useTranslations<'layout.time'>>;

const UNITS = [
  { name: 'minute', ms: 60_000, below: 60 * 60_000 },
  { name: 'hour', ms: 60 * 60_000, below: 24 * 60 * 60_000 },
  // Days up to about three months: "in 90 days" is how a token's term is chosen.
  { name: 'day', ms: 24 * 60 * 60_000, below: 100 * 24 * 60 * 60_000 },
  { name: 'month', ms: 30 * 24 * 60 * 60_000, below: 730 * 24 * 60 * 60_000 },
  { name: 'year', ms: 365 * 24 * 60 * 60_000, below: Number.POSITIVE_INFINITY },
] as const;

export type TimeDistance = { unit: 'now' } | { unit: (typeof UNITS)[number]['name']; count: number; past: boolean };

/**
 * "Now" within half a minute either way; otherwise rounded to the nearest
 * whole unit, in the smallest unit whose rounded amount stays below the next
 * (a token made a moment ago for 90 days is "in 90 days", not "in 89 days").
 */
export function measureTimeDistance(iso: string, nowIso: string): TimeDistance {
  const distance = new Date(iso).getTime() - new Date(nowIso).getTime();
  const size = Math.abs(distance);
  if (size < 30_000) return { unit: 'now' };
  const unit = UNITS.find((candidate) => Math.round(size / candidate.ms) * candidate.ms < candidate.below) ?? UNITS[4];
  return { unit: unit.name, count: Math.round(size / unit.ms), past: distance < 0 };
}

/** The distance in words: "just now", "1 minute ago", "in 90 days". */
export function describeTimeDistance(t: TimeTranslator, iso: string, nowIso: string): string {
  const distance = measureTimeDistance(iso, nowIso);
  if (distance.unit === 'now') return t('justNow');
  const amount = t('amount', { unit: distance.unit, count: distance.count });
  return distance.past ? t('past', { amount }) : t('future', { amount });
}

/** "2026-12-06 01:55:38 UTC": exact and unambiguous, the same on server and client, in the language's digits. */
export function exactTime(t: TimeTranslator, locale: string, iso: string): string {
  const instant = new Date(iso);
  const digits = (value: number, width: number) => paddedDigitsFormat(locale, width).format(value);
  const date = [digits(instant.getUTCFullYear(), 4), digits(instant.getUTCMonth() + 1, 2), digits(instant.getUTCDate(), 2)].join('-');
  const time = [digits(instant.getUTCHours(), 2), digits(instant.getUTCMinutes(), 2), digits(instant.getUTCSeconds(), 2)].join(':');
  return t('exact', { date, time });
}
