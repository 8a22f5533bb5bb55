import { describe, expect, it } from 'vitest';
import { prefixSimilarity, suffixSimilarity } from './context-similarity';

describe('context similarity', () => {
  const text = 'Officials in Moscow said on Monday that Russia sent troops to Syria.';
  const at = text.indexOf('Russia');

  it('is 1 when the stored context is exactly adjacent', () => {
    expect(prefixSimilarity(text, at, 'said on Monday that ')).toBe(1);
    expect(suffixSimilarity(text, at, 'Russia sent')).toBe(1);
  });

  it('falls with each edit', () => {
    expect(prefixSimilarity(text, at, 'said on Tuesday that ')).toBeCloseTo(1 - 4 / 21); // Monday → Tuesday: three substitutions and an insertion
    expect(prefixSimilarity(text, at, 'said on Tuesday that ')).toBeGreaterThan(prefixSimilarity(text, at, 'denied on Tuesday that ')!);
  });

  it('does not count a context that matches nearby but not adjacent', () => {
    expect(prefixSimilarity(text, at + 7, 'said on Monday that ')).toBeLessThan(0.7);
  });

  it('is null when no context was stored', () => {
    expect(prefixSimilarity(text, 0, '')).toBeNull();
    expect(suffixSimilarity(text, text.length, '')).toBeNull();
  });

  it('scores a context cut short by the edge of the text', () => {
    expect(prefixSimilarity(text, 4, 'xx Offi')).toBeCloseTo(4 / 7);
    expect(suffixSimilarity(text, text.length, ' Next')).toBe(0);
  });
});
