import { describe, expect, it } from 'vitest';
import { truncateText } from './format-figures';

describe('truncateText', () => {
  it('keeps short text and flattens whitespace', () => {
    expect(truncateText('  Unemployment\nfell  ', 40)).toBe('Unemployment fell');
  });
  it('cuts at a word boundary with an ellipsis', () => {
    const sentence = 'The minister said unemployment fell by half last year';
    expect(truncateText(sentence, 31)).toBe('The minister said unemployment…');
    expect(truncateText(sentence, 30)).toBe('The minister said…');
    expect(truncateText('Supercalifragilistic words', 10)).toBe('Supercali…');
    for (const max of [5, 12, 20, 40]) expect(truncateText(sentence, max).length).toBeLessThanOrEqual(max);
  });
  it('never splits a surrogate pair', () => {
    const cut = truncateText('ab😀cdefghij', 4);
    expect(cut).toBe('ab…');
  });
});
