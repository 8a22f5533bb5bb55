import { createTranslator } from 'next-intl';
import { describe, expect, it } from 'vitest';
import en from '@/messages/en';
import fa from '@/messages/fa';
import { describeTimeDistance, exactTime, measureTimeDistance } from './time-distance';

const NOW = '2026-12-06T12:00:00.000Z';
const at = (offsetMs: number) => new Date(Date.parse(NOW) + offsetMs).toISOString();
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const english = createTranslator({ locale: 'en', messages: en, namespace: 'layout.time' });
const persian = createTranslator({ locale: 'fa', messages: fa, namespace: 'layout.time' });

describe('describeTimeDistance', () => {
  it.each([
    [0, 'just now'],
    [-29_999, 'just now'],
    [29_999, 'just now'],
    [-30_000, '1 minute ago'],
    [-MINUTE, '1 minute ago'],
    [-59 * MINUTE, '59 minutes ago'],
    [-59.6 * MINUTE, '1 hour ago'],
    [-23 * 60 * MINUTE - 20 * MINUTE, '23 hours ago'],
    [-DAY, '1 day ago'],
    [90 * DAY, 'in 90 days'],
    [90 * DAY - 5_000, 'in 90 days'],
    [99 * DAY, 'in 99 days'],
    [100 * DAY, 'in 3 months'],
    [365 * DAY, 'in 12 months'],
    [-800 * DAY, '2 years ago'],
  ])('%i ms from now reads "%s"', (offset, words) => {
    expect(describeTimeDistance(english, at(offset), NOW)).toBe(words);
  });

  it('speaks Persian with Persian digits', () => {
    expect(describeTimeDistance(persian, at(-3 * MINUTE), NOW)).toBe('۳ دقیقه پیش');
    expect(describeTimeDistance(persian, at(90 * DAY), NOW)).toBe('۹۰ روز دیگر');
  });

  it('measures the same distance whatever the language', () => {
    expect(measureTimeDistance(at(-800 * DAY), NOW)).toEqual({ unit: 'year', count: 2, past: true });
  });
});

describe('exactTime', () => {
  it('gives the instant in UTC to the second', () => {
    expect(exactTime(english, 'en', '2026-12-06T01:55:38.123Z')).toBe('2026-12-06 01:55:38 UTC');
  });

  it('writes Persian digits in Persian', () => {
    expect(exactTime(persian, 'fa', '2026-12-06T01:55:38.123Z')).toBe('۲۰۲۶-۱۲-۰۶، ساعت ۰۱:۵۵:۳۸ (UTC)');
  });
});
