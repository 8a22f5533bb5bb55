import { describe, expect, it } from 'vitest';
import { SEARCH_QUERY_MAX, describeMatches, findTextMatches, foldCase, matchAtOrAfter, stepMatch } from './find-text-matches';

describe('findTextMatches', () => {
  it('finds every occurrence ignoring case, in text order', () => {
    const text = 'Troops in Iran. TROOPS left; the troops stayed.';
    expect(findTextMatches(text, 'troops').matches).toEqual([
      { start: 0, end: 6 },
      { start: 16, end: 22 },
      { start: 33, end: 39 },
    ]);
  });

  it('does not report overlapping occurrences', () => {
    expect(findTextMatches('aaaa', 'aa').matches).toEqual([
      { start: 0, end: 2 },
      { start: 2, end: 4 },
    ]);
  });

  it('finds nothing for an empty, blank or over-long query', () => {
    expect(findTextMatches('some text', '').matches).toEqual([]);
    expect(findTextMatches('some text', '   ').matches).toEqual([]);
    expect(findTextMatches('a'.repeat(500), 'a'.repeat(SEARCH_QUERY_MAX + 1)).matches).toEqual([]);
  });

  it('keeps offsets when a character would change length on lower-casing', () => {
    const text = 'İstanbul and istanbul';
    expect(foldCase(text)).toHaveLength(text.length);
    expect(findTextMatches(text, 'STANBUL').matches).toEqual([
      { start: 1, end: 8 },
      { start: 14, end: 21 },
    ]);
  });

  it('stops at the limit and says so, on a text of one repeated character', () => {
    const result = findTextMatches('a'.repeat(100_000), 'A', 5);
    expect(result.matches).toHaveLength(5);
    expect(result.truncated).toBe(true);
    expect(findTextMatches('abab', 'ab', 2).truncated).toBe(false);
  });
});

describe('stepMatch', () => {
  it('moves forward and back, wrapping round', () => {
    expect(stepMatch(3, null, 1)).toBe(0);
    expect(stepMatch(3, null, -1)).toBe(2);
    expect(stepMatch(3, 2, 1)).toBe(0);
    expect(stepMatch(3, 0, -1)).toBe(2);
    expect(stepMatch(0, null, 1)).toBeNull();
  });
});

describe('matchAtOrAfter', () => {
  it('keeps the reader near where they were', () => {
    const matches = [{ start: 5, end: 7 }, { start: 20, end: 22 }];
    expect(matchAtOrAfter(matches, 6)).toBe(1);
    expect(matchAtOrAfter(matches, 30)).toBe(0);
    expect(matchAtOrAfter([], 0)).toBeNull();
  });
});

describe('describeMatches', () => {
  it('reads "k of n"', () => {
    const two = { matches: [{ start: 0, end: 1 }, { start: 2, end: 3 }], truncated: false };
    expect(describeMatches(two, 1)).toBe('2 of 2');
    expect(describeMatches(two, null)).toBe('2 matches');
    expect(describeMatches({ matches: [], truncated: false }, null)).toBe('No matches');
    expect(describeMatches({ matches: [{ start: 0, end: 1 }], truncated: true }, 0)).toBe('1 of 1+');
  });
});
