import { describe, expect, it } from 'vitest';
import type { FigureInterval } from '@/lib/consensus/types';
import { formatCoefficient, formatCount, formatEstimatedProbability, formatInterval, formatIntervalRange, formatNames, formatPercent, formatProbability, formatSupport, formatThresholdRisk, truncateText } from './format-figures';

describe('intervals and risks', () => {
  const interval: FigureInterval = { low: 0.6123, high: 0.8531, level: 0.95, resamples: 1000, method: 'kalpha-bootstrap' };
  it('writes the interval with how it was made', () => {
    expect(formatInterval(interval)).toBe('95% CI 0.612–0.853 (Krippendorff’s bootstrap, 1,000 resamples)');
    expect(formatInterval({ ...interval, resamples: 0, method: 'analytic' })).toBe('95% CI 0.612–0.853 (large-sample standard error)');
    expect(formatIntervalRange(null)).toBe('no interval');
  });
  it('writes q for both of Krippendorff’s minimums, never as a certainty', () => {
    expect(formatThresholdRisk({ belowThresholds: { '0.667': 0.12, '0.8': 1 } })).toBe('P(α < 0.667) = 12.0%; P(α < 0.800) > 99.9%');
    expect(formatThresholdRisk({ belowThresholds: { '0.667': 0, '0.8': 0.5 } }, 'u-α')).toBe('P(u-α < 0.667) < 0.1%; P(u-α < 0.800) = 50.0%');
    expect(formatThresholdRisk({ belowThresholds: null })).toBe('');
  });
  it('caps a model’s probability at > 99% and < 1%', () => {
    expect(formatEstimatedProbability(0.9996)).toBe('> 99%');
    expect(formatEstimatedProbability(0.991)).toBe('> 99%');
    expect(formatEstimatedProbability(0.87)).toBe('87%');
    expect(formatEstimatedProbability(0.004)).toBe('< 1%');
    expect(formatEstimatedProbability(null)).toBe('not defined');
  });
});

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

describe('formatProbability', () => {
  it('never rounds to a certainty or an impossibility it is not', () => {
    expect(formatProbability(0.99989)).toBe('> 99.9%');
    expect(formatProbability(1)).toBe('100.0%');
    expect(formatProbability(0.0001)).toBe('< 0.1%');
    expect(formatProbability(0)).toBe('0.0%');
    expect(formatProbability(0.976)).toBe('97.6%');
    expect(formatProbability(null)).toBe('not defined');
  });
});

describe('small formats', () => {
  it('counts with the right plural', () => {
    expect(formatCount(1, 'reviewer')).toBe('1 reviewer');
    expect(formatCount(3, 'reviewer')).toBe('3 reviewers');
    expect(formatCount(1200, 'character')).toBe('1,200 characters');
    expect(formatCount(2, 'passage', 'passages')).toBe('2 passages');
  });
  it('writes support and name lists', () => {
    expect(formatSupport(2, 3)).toBe('2 of 3');
    expect(formatNames([])).toBe('');
    expect(formatNames(['Ana'])).toBe('Ana');
    expect(formatNames(['Ana', 'Ben'])).toBe('Ana and Ben');
    expect(formatNames(['Ana', 'Ben', 'Cy'])).toBe('Ana, Ben and Cy');
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
