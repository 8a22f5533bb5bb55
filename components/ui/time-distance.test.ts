import { describe, expect, it } from 'vitest';
import { describeTimeDistance, exactTime } from './time-distance';

const NOW = '2026-12-06T12:00:00.000Z';
const at = (offsetMs: number) => new Date(Date.parse(NOW) + offsetMs).toISOString();
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

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
    expect(describeTimeDistance(at(offset), NOW)).toBe(words);
  });
});

describe('exactTime', () => {
  it('gives the instant in UTC to the second', () => {
    expect(exactTime('2026-12-06T01:55:38.123Z')).toBe('2026-12-06 01:55:38 UTC');
  });
});
