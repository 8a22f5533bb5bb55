import { describe, expect, it } from 'vitest';
import { refineBoundaries } from './refine-boundaries';

describe('refineBoundaries', () => {
  it('moves the end past words inserted before the quote’s final character', () => {
    const text = 'Moscow said Russia sent troops to Syria on Monday night. Satellite images confirmed it.';
    const quote = { exact: 'Russia sent troops to Syria on Monday.', prefix: 'Moscow said ', suffix: ' Satellite images confirmed it.' };
    const start = text.indexOf('Russia');
    // Where the search alone would end: the quote minus its full stop.
    const edges = refineBoundaries(text, quote, start, text.indexOf(' night'), 1);
    expect(edges.errors).toBe(' night'.length);
    expect(text.slice(edges.start, edges.end)).toBe('Russia sent troops to Syria on Monday night.');
  });

  it('takes words added exactly at an edge into the span when the old neighbour resumes verbatim after them', () => {
    // Counted against the quote or against the suffix, " and Libya" costs the same; the suffix resuming verbatim decides.
    const text = 'Moscow said Russia sent troops to Syria and Libya. Satellite images confirmed it.';
    const quote = { exact: 'Russia sent troops to Syria', prefix: 'Moscow said ', suffix: '. Satellite images confirmed it.' };
    const start = text.indexOf('Russia');
    const edges = refineBoundaries(text, quote, start, start + quote.exact.length, 0);
    expect(text.slice(edges.start, edges.end)).toBe('Russia sent troops to Syria and Libya');
    expect(edges.errors).toBe(' and Libya'.length);
  });

  it('keeps words added at an edge outside the span when the old neighbour does not resume verbatim', () => {
    const text = 'Moscow said Russia sent troops to Syria and Libya; satellite images confirmed it.';
    const quote = { exact: 'Russia sent troops to Syria', prefix: 'Moscow said ', suffix: '. Satellite images confirmed it.' };
    const start = text.indexOf('Russia');
    const edges = refineBoundaries(text, quote, start, start + quote.exact.length, 0);
    expect(text.slice(edges.start, edges.end)).toBe('Russia sent troops to Syria');
  });

  it('uses the prefix to drop a character the quote lost at its start', () => {
    const text = 'Officials said Russia sent troops to Syria.';
    const quote = { exact: '«Russia sent troops to Syria', prefix: 'Officials said ', suffix: '.' };
    // The quote alone fits as well from the space as from "Russia".
    const edges = refineBoundaries(text, quote, text.indexOf(' Russia'), text.indexOf('.'), 1);
    expect(text.slice(edges.start, edges.end)).toBe('Russia sent troops to Syria');
  });

  it('never puts an edge inside a surrogate pair', () => {
    const text = 'Tehran 🇮🇷 replied: Russia sent troops 😀 to Iran';
    const quote = { exact: 'Russia sent troops 😀😀', prefix: ' replied: ', suffix: ' to Iran' };
    const start = text.indexOf('Russia');
    for (let end = start + 18; end <= start + 21; end++) {
      const edges = refineBoundaries(text, quote, start, end, 4);
      const code = text.charCodeAt(edges.end);
      expect(code >= 0xdc00 && code <= 0xdfff).toBe(false);
    }
  });
});

describe('refineBoundaries with a look-alike next door', () => {
  it('does not shrink a span to a stub because the suffix resembles the quote', () => {
    // The deleted Syria sentence's suffix was the Iran sentence; aligned to the Iran sentence,
    // the quote must keep (about) its length rather than collapse to where that suffix fits.
    const text = 'Officials in Moscow said on Monday: Russia sent troops to Iran. Analysts were sceptical.';
    const quote = { exact: 'Russia sent troops to Syria.', prefix: 'ials in Moscow said on Monday: ', suffix: ' Russia sent troops to Iran. Ana' };
    const start = text.indexOf('Russia');
    const edges = refineBoundaries(text, quote, start, text.indexOf(' Analysts'), 4);
    expect(edges.end - edges.start).toBeGreaterThan(20);
  });
});
