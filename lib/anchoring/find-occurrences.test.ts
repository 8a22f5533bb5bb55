import { describe, expect, it } from 'vitest';
import { findOccurrences } from './find-occurrences';

/** Every start, by comparing at each offset: the definition the fast search must agree with. */
function naive(text: string, pattern: string): number[] {
  const starts: number[] = [];
  if (pattern === '') return starts;
  for (let at = 0; at + pattern.length <= text.length; at++) if (text.startsWith(pattern, at)) starts.push(at);
  return starts;
}

describe('findOccurrences', () => {
  it('finds overlapping occurrences of periodic and aperiodic patterns alike', () => {
    expect(findOccurrences('ha ha ha ha', 'ha ha')).toEqual([0, 3, 6]);
    expect(findOccurrences('aaaaa', 'aa')).toEqual([0, 1, 2, 3]);
    expect(findOccurrences('abcabcab', 'cab')).toEqual([2, 5]);
    expect(findOccurrences('abc', '')).toEqual([]);
    expect(findOccurrences('ab', 'abc')).toEqual([]);
  });

  it('agrees with comparing at every offset, on random texts from small alphabets', () => {
    let seed = 11;
    const random = (n: number) => Math.floor(((seed = (seed * 16_807) % 2_147_483_647) / 2_147_483_647) * n);
    for (let round = 0; round < 500; round++) {
      const alphabet = 'ab👋c'.slice(0, 1 + random(5));
      const word = (length: number) => Array.from({ length }, () => alphabet[random(alphabet.length)]).join('');
      const unit = word(1 + random(4));
      const text = random(2) === 0 ? word(random(200)) : unit.repeat(random(60)) + word(random(5));
      const pattern = random(2) === 0 ? word(1 + random(8)) : unit.repeat(1 + random(6));
      expect(findOccurrences(text, pattern), `${JSON.stringify(pattern)} in ${JSON.stringify(text)}`).toEqual(naive(text, pattern));
    }
  });

  it('stops at the limit', () => {
    expect(findOccurrences('x'.repeat(1_000), 'xx', 3)).toEqual([0, 1, 2]);
    expect(findOccurrences('abab abab', 'abab', 1)).toEqual([0]);
  });

  it('finds every place of a long periodic quote on a long repetitive text', () => {
    const line = 'The same line, again. ';
    const text = line.repeat(5_000);
    const quote = line.repeat(100);
    const found = findOccurrences(text, quote);
    expect(found).toHaveLength(4_901);
    expect(found[1]! - found[0]!).toBe(line.length);
  });
});
