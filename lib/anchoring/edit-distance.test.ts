import { describe, expect, it } from 'vitest';
import { costsEndingAt, costsFromAnchor, costsStartingAt, costsToAnchor } from './edit-distance';

/** The textbook definition, as the reference the fast versions are checked against. */
function levenshtein(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1), previous[j]! + 1, current[j - 1]! + 1);
    }
    previous = current;
  }
  return previous[b.length]!;
}

describe('costsEndingAt / costsStartingAt', () => {
  const text = 'said that Russia sent troops';

  it('measures a pattern that must end exactly at each offset', () => {
    const at = text.indexOf(' Russia');
    const costs = costsEndingAt('said that', text, at - 1, at + 1);
    expect([...costs]).toEqual([1, 0, 1]);
  });

  it('measures a pattern that must start exactly at each offset', () => {
    const at = text.indexOf('Russia');
    const costs = costsStartingAt('Russia sent', text, at - 1, at + 1);
    expect([...costs]).toEqual([1, 0, 1]);
  });

  it('handles the edges of the text', () => {
    expect([...costsEndingAt('said', text, 0, 0)]).toEqual([4]);
    expect([...costsStartingAt('troops', text, text.length, text.length)]).toEqual([6]);
    expect([...costsEndingAt('troops', text, text.length, text.length)]).toEqual([0]);
    expect([...costsStartingAt('', text, 0, 2)]).toEqual([0, 0, 0]);
  });
});

describe('costsFromAnchor / costsToAnchor', () => {
  const text = 'Moscow said Russia sent 5,000 troops to Syria.';

  it('prices every end of a span whose start is fixed', () => {
    const anchor = text.indexOf('Russia');
    const quote = 'Russia sent troops';
    const costs = costsFromAnchor(quote, text, anchor, text.length - anchor, 40);
    for (let c = 0; c <= text.length - anchor; c++) expect(costs[c]).toBe(levenshtein(quote, text.slice(anchor, anchor + c)));
    expect(costs[text.indexOf(' to') - anchor]).toBe(6);
  });

  it('prices every start of a span whose end is fixed', () => {
    const anchor = text.indexOf(' to');
    const quote = 'Russia sent troops';
    const costs = costsToAnchor(quote, text, anchor, anchor, 40);
    for (let c = 0; c <= anchor; c++) expect(costs[c]).toBe(levenshtein(quote, text.slice(anchor - c, anchor)));
  });

  it('leaves alignments outside the band out', () => {
    const costs = costsFromAnchor('Russia', text, 0, text.length, 2);
    expect(costs[text.length]).toBeGreaterThan(1000);
    expect(costs[6]).toBe(levenshtein('Russia', text.slice(0, 6)));
  });
});

describe('bit-parallel and plain scans agree', () => {
  // Patterns of up to 32 code units take Myers' bit-vector path; longer ones the plain programme.
  const text = 'Officials in Moscow said on Monday that Russia sent troops to Syria to protect its naval base at Tartus 🇸🇾.';
  const naiveEnding = (pattern: string, j: number) => {
    let best = pattern.length;
    for (let x = 0; x <= j; x++) best = Math.min(best, levenshtein(pattern, text.slice(x, j)));
    return best;
  };
  const naiveStarting = (pattern: string, j: number) => {
    let best = pattern.length;
    for (let y = j; y <= text.length; y++) best = Math.min(best, levenshtein(pattern, text.slice(j, y)));
    return best;
  };

  for (const pattern of ['said on Monday that ', 'x', 'Russia sent troops to Syria to pr', 'on Monday that Russia sent troops to Syria to protect', 'Tartus 🇸🇾', 'a'.repeat(32)]) {
    it(`scores "${pattern.slice(0, 20)}…" (${pattern.length} units) like the plain definition`, () => {
      const ending = costsEndingAt(pattern, text, 0, text.length);
      const starting = costsStartingAt(pattern, text, 0, text.length);
      for (let j = 0; j <= text.length; j += 7) {
        expect(ending[j]).toBe(naiveEnding(pattern, j));
        expect(starting[j]).toBe(naiveStarting(pattern, j));
      }
    });
  }
});
