import { describe, expect, it } from 'vitest';
import { fewestErrorMatches, type SearchLimits, tierSearch } from './approximate-matches';
import { SearchBudget, SearchLimit } from './search-budget';

const unbounded = (): SearchLimits => ({ budget: new SearchBudget(Number.POSITIVE_INFINITY), maxMatches: Number.POSITIVE_INFINITY });

describe('tierSearch', () => {
  const text = 'Russia sent troops to Syria. Russia sent troops to Iran. Russia sent troops to Libya.';

  it('yields the fewest-error matches first, then the next tier elsewhere', () => {
    const next = tierSearch(text, 'Russia sent troops to Iraq.', unbounded());
    const first = next(13);
    expect(first.every((match) => match.errors === 1)).toBe(true);
    expect(first.some((match) => text.slice(match.start, match.end).startsWith('Russia sent troops to Iran'))).toBe(true);
    const second = next(13);
    expect(second.length).toBeGreaterThan(0);
    expect(second[0]!.errors).toBeGreaterThan(1);
    // The second tier is elsewhere: none of it lies within the first tier's place.
    const [place] = first;
    for (const match of second) expect(match.start >= place!.end || match.end <= place!.start).toBe(true);
  });

  it('yields exact occurrences as a zero-error tier', () => {
    const first = tierSearch(text, 'Russia sent troops', unbounded())(4);
    expect(first.map((match) => [match.start, match.errors])).toEqual([
      [0, 0],
      [29, 0],
      [57, 0],
    ]);
  });

  it('stays within the bound it is given', () => {
    const next = tierSearch(text, 'Russia sent troops to Iraq.', unbounded());
    expect(next(0)).toEqual([]);
    expect(next(1).length).toBeGreaterThan(0);
    expect(next(1)).toEqual([]);
  });

  it('yields nothing for an empty quote or text, or when nothing is close', () => {
    expect(tierSearch(text, '', unbounded())(3)).toEqual([]);
    expect(tierSearch('', 'Iran', unbounded())(1)).toEqual([]);
    expect(tierSearch(text, 'Tehran denied it', unbounded())(2)).toEqual([]);
  });
});

describe('fewestErrorMatches', () => {
  // Deterministic pseudo-random prose from a small vocabulary, so pieces of quotes recur.
  let seed = 7;
  const random = () => (seed = (seed * 16_807) % 2_147_483_647) / 2_147_483_647;
  const few = ['Russia', 'Iran', 'sent', 'troops', 'to', 'Syria', 'officials', 'said', 'on', 'Monday', 'the', 'deal', 'drones', 'Tehran', 'denied'];
  // A larger vocabulary makes long pieces rare, so the filter does the work; a small one makes it give up.
  const many = Array.from({ length: 300 }, () => Array.from({ length: 3 + Math.floor(random() * 6) }, () => String.fromCharCode(97 + Math.floor(random() * 26))).join(''));
  let words = few;
  const prose = (count: number) => Array.from({ length: count }, () => words[Math.floor(random() * words.length)]).join(' ');
  const edit = (text: string, edits: number) => {
    let result = text;
    for (let i = 0; i < edits; i++) {
      const at = Math.floor(random() * result.length);
      const kind = Math.floor(random() * 3);
      result = kind === 0 ? result.slice(0, at) + 'x' + result.slice(at) : kind === 1 ? result.slice(0, at) + result.slice(at + 1) : result.slice(0, at) + 'y' + result.slice(at + 1);
    }
    return result;
  };

  it('finds exactly what a full pass of approx-string-match finds', async () => {
    const { default: fullSearch } = await import('approx-string-match');
    for (let round = 0; round < 80; round++) {
      words = round % 2 === 0 ? few : many;
      const text = prose(400);
      const start = Math.floor(random() * (text.length - 200));
      const quote = edit(text.slice(start, start + 20 + Math.floor(random() * 150)), Math.floor(random() * 6));
      for (const maxErrors of [0, 1, 3, Math.floor(quote.length / 4), Math.floor(quote.length / 2)]) {
        const key = (matches: { start: number; end: number; errors: number }[]) => matches.map((m) => `${m.start}-${m.end}-${m.errors}`).sort();
        expect(key(fewestErrorMatches(text, quote, maxErrors, unbounded()))).toEqual(key(fullSearch(text, quote, maxErrors)));
      }
    }
  });
});

describe('bounds on the search', () => {
  const line = 'The same line of the report, again and again. ';
  const text = line.repeat(400);
  const quote = `${line.repeat(3).slice(0, 100)}x${line.slice(0, 20)}`;

  it('refuses to report more equally good places than the limit', () => {
    const limits = { budget: new SearchBudget(Number.POSITIVE_INFINITY), maxMatches: 50 };
    expect(() => tierSearch(text, quote, limits)(30)).toThrow(SearchLimit);
    try {
      tierSearch(text, quote, limits)(30);
    } catch (error) {
      expect((error as SearchLimit).reason).toBe('ambiguous');
    }
    // The same search without the limit reports them all.
    expect(tierSearch(text, quote, unbounded())(30).length).toBeGreaterThan(50);
  });

  it('stops once its work passes the budget, and counts what it spent', () => {
    const small = new SearchBudget(10_000);
    expect(() => fewestErrorMatches(text, quote, 30, { budget: small, maxMatches: Number.POSITIVE_INFINITY })).toThrow(new SearchLimit('too_costly'));
    const ample = new SearchBudget(Number.POSITIVE_INFINITY);
    tierSearch(text.slice(0, 2_000), quote, { budget: ample, maxMatches: Number.POSITIVE_INFINITY })(30);
    expect(ample.spent).toBeGreaterThan(0);
  });
});
