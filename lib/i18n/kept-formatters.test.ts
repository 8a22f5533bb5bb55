import { createFormatter } from 'next-intl';
import { describe, expect, it } from 'vitest';
import { FORMATS } from '../../i18n/formats';
import { LOCALES } from '../vocabulary';
import { paddedDigitsFormat, utcDateFormat } from './kept-formatters';

// The kept formatters stand in for use-intl's in the time components: the same words in every language.
describe('kept formatters', () => {
  const instants = [new Date('2026-12-06T01:55:38.123Z'), new Date('2026-01-01T23:59:59Z'), new Date('1999-07-31T00:00:00Z')];

  it.each(LOCALES)('%s: the date reads as use-intl writes the named "date" format in UTC', (locale) => {
    const format = createFormatter({ locale, timeZone: 'UTC', formats: FORMATS });
    for (const instant of instants) expect(utcDateFormat(locale).format(instant)).toBe(format.dateTime(instant, 'date'));
  });

  it.each(LOCALES)('%s: padded digits read as use-intl writes them', (locale) => {
    const format = createFormatter({ locale, timeZone: 'UTC' });
    for (const [value, width] of [[7, 2], [2026, 4], [0, 2], [12, 2]] as const) {
      expect(paddedDigitsFormat(locale, width).format(value)).toBe(format.number(value, { minimumIntegerDigits: width, useGrouping: false }));
    }
  });

  it('keeps one formatter per language and options', () => {
    expect(utcDateFormat('en')).toBe(utcDateFormat('en'));
    expect(utcDateFormat('fa')).not.toBe(utcDateFormat('en'));
    expect(paddedDigitsFormat('en', 2)).not.toBe(paddedDigitsFormat('en', 4));
    expect(paddedDigitsFormat('fa', 4).format(7)).toBe('۰۰۰۷');
  });
});
