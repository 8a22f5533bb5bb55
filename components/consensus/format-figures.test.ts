import { describe, expect, it } from 'vitest';
import { formatCoefficient, formatCount, formatPercent, truncateText } from './format-figures';

describe('formatCoefficient', () => {
  it('writes three decimals', () => {
    expect(formatCoefficient(0.81234)).toBe('0.812');
    expect(formatCoefficient(1)).toBe('1.000');
    expect(formatCoefficient(-0.1256)).toBe('-0.126');
  });
  it('never shows NaN, infinity or a negative zero', () => {
    expect(formatCoefficient(null)).toBe('not defined');
    expect(formatCoefficient(undefined)).toBe('not defined');
    expect(formatCoefficient(Number.NaN)).toBe('not defined');
    expect(formatCoefficient(Number.POSITIVE_INFINITY)).toBe('not defined');
    expect(formatCoefficient(-0.0001)).toBe('0.000');
  });
});

describe('formatPercent', () => {
  it('writes a share with one decimal', () => {
    expect(formatPercent(0.125)).toBe('12.5%');
    expect(formatPercent(1 / 3)).toBe('33.3%');
    expect(formatPercent(0)).toBe('0.0%');
    expect(formatPercent(1)).toBe('100.0%');
  });
  it('says when it is not defined', () => {
    expect(formatPercent(null)).toBe('not defined');
    expect(formatPercent(Number.NaN)).toBe('not defined');
  });
});

describe('small formats', () => {
  it('counts with the right plural', () => {
    expect(formatCount(1, 'reviewer')).toBe('1 reviewer');
    expect(formatCount(3, 'reviewer')).toBe('3 reviewers');
    expect(formatCount(1200, 'character')).toBe('1,200 characters');
    expect(formatCount(2, 'passage', 'passages')).toBe('2 passages');
  });
});

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
