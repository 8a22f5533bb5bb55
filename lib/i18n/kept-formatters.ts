// Intl's formatters are dear to build and cheap to use: here an Intl.DateTimeFormat took about
// 0.2 ms to make and 3 µs to format with, an Intl.NumberFormat 0.07 ms. use-intl makes its own anew
// for every server render (its cache is per request), and every page shows dates, so the few the
// time components need, fixed by the code, are kept for the process's life, one per language
// (the interface has a handful; issue 16).
import { FORMATS } from '../../i18n/formats';

const kept = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();

function keep<F extends Intl.DateTimeFormat | Intl.NumberFormat>(key: string, make: () => F): F {
  const found = kept.get(key) as F | undefined;
  if (found) return found;
  const made = make();
  kept.set(key, made);
  return made;
}

/** The named "date" format (i18n/formats.ts) in UTC, as use-intl's `format.dateTime(date, 'date')` makes it with the app's time zone. */
export function utcDateFormat(locale: string): Intl.DateTimeFormat {
  return keep(`date ${locale}`, () => new Intl.DateTimeFormat(locale, { ...FORMATS.dateTime.date, timeZone: 'UTC' }));
}

/** Whole numbers padded to `width` digits, without grouping, in the language's digits. */
export function paddedDigitsFormat(locale: string, width: number): Intl.NumberFormat {
  return keep(`digits ${width} ${locale}`, () => new Intl.NumberFormat(locale, { minimumIntegerDigits: width, useGrouping: false }));
}
