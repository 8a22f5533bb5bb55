import { describe, expect, it } from 'vitest';
import { SEARCH_QUERY_MAX, cutAtMatches, findTextMatches, foldCase, matchAtOrAfter, stepMatch } from './find-text-matches';

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

describe('cutAtMatches', () => {
  const matches = [{ start: 2, end: 4 }, { start: 6, end: 9 }, { start: 20, end: 22 }];
  it('cuts a stretch at the edges of the matches inside it, naming each match', () => {
    expect(cutAtMatches(0, 8, matches)).toEqual([
      { start: 0, end: 2, match: null },
      { start: 2, end: 4, match: 0 },
      { start: 4, end: 6, match: null },
      { start: 6, end: 8, match: 1 },
    ]);
    expect(cutAtMatches(7, 12, matches)).toEqual([
      { start: 7, end: 9, match: 1 },
      { start: 9, end: 12, match: null },
    ]);
  });
  it('leaves a stretch without matches whole', () => {
    expect(cutAtMatches(10, 15, matches)).toEqual([{ start: 10, end: 15, match: null }]);
    expect(cutAtMatches(0, 5, [])).toEqual([{ start: 0, end: 5, match: null }]);
  });
});
