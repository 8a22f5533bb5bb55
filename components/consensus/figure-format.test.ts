import type { Locale } from '@/lib/vocabulary';
import { createFormatter, createTranslator } from 'next-intl';
import { describe, expect, it } from 'vitest';
import { FIGURE_NOTES, figureNoteCode } from '@/lib/consensus/figure-notes';
import type { FigureInterval } from '@/lib/consensus/types';
import { FORMATS } from '@/i18n/formats';
import en from '@/messages/en';
import fa from '@/messages/fa';
import { type FiguresTranslator, type Formatter, figureFormat } from './figure-format';

function formatsIn(locale: Locale) {
  const messages = locale === 'en' ? en : fa;
  const t = createTranslator({ locale, messages, namespace: 'consensus.figures' }) as unknown as FiguresTranslator;
  return figureFormat(t, createFormatter({ locale, formats: FORMATS, timeZone: 'UTC' }) as unknown as Formatter);
}

const figures = formatsIn('en');

describe('intervals and risks', () => {
  const interval: FigureInterval = { low: 0.6123, high: 0.8531, level: 0.95, resamples: 1000, method: 'kalpha-bootstrap' };
  it('writes the interval with how it was made', () => {
    expect(figures.interval(interval)).toBe('95% CI 0.612–0.853 (Krippendorff’s bootstrap, 1,000 resamples)');
    expect(figures.interval({ ...interval, resamples: 0, method: 'analytic' })).toBe('95% CI 0.612–0.853 (large-sample standard error)');
    expect(figures.intervalRange(null)).toBe('no interval');
  });
  it('writes q for both of Krippendorff’s minimums, never as a certainty', () => {
    expect(figures.thresholdRisk({ belowThresholds: { '0.667': 0.12, '0.8': 1 } })).toBe('P(α < 0.667) = 12.0%; P(α < 0.800) > 99.9%');
    expect(figures.thresholdRisk({ belowThresholds: { '0.667': 0, '0.8': 0.5 } }, 'u-α')).toBe('P(u-α < 0.667) < 0.1%; P(u-α < 0.800) = 50.0%');
    expect(figures.thresholdRisk({ belowThresholds: null })).toBe('');
  });
  it('caps a model’s probability at > 99% and < 1%', () => {
    expect(figures.estimatedProbability(0.9996)).toBe('> 99%');
    expect(figures.estimatedProbability(0.991)).toBe('> 99%');
    expect(figures.estimatedProbability(0.87)).toBe('87%');
    expect(figures.estimatedProbability(0.004)).toBe('< 1%');
    expect(figures.estimatedProbability(null)).toBe('not defined');
  });
});

describe('coefficients, percentages and probabilities', () => {
  it('writes three decimals, never NaN, infinity or a negative zero', () => {
    expect(figures.coefficient(0.81234)).toBe('0.812');
    expect(figures.coefficient(1)).toBe('1.000');
    expect(figures.coefficient(-0.1256)).toBe('-0.126');
    expect(figures.coefficient(-0.0001)).toBe('0.000');
    for (const value of [null, undefined, Number.NaN, Number.POSITIVE_INFINITY]) expect(figures.coefficient(value)).toBe('not defined');
  });
  it('writes a share with one decimal', () => {
    expect(figures.percent(0.125)).toBe('12.5%');
    expect(figures.percent(1 / 3)).toBe('33.3%');
    expect(figures.percent(0)).toBe('0.0%');
    expect(figures.percent(1)).toBe('100.0%');
    expect(figures.percent(Number.NaN)).toBe('not defined');
  });
  it('never rounds a probability to a certainty or an impossibility it is not', () => {
    expect(figures.probability(0.99989)).toBe('> 99.9%');
    expect(figures.probability(1)).toBe('100.0%');
    expect(figures.probability(0.0001)).toBe('< 0.1%');
    expect(figures.probability(0)).toBe('0.0%');
    expect(figures.probability(0.976)).toBe('97.6%');
    expect(figures.probability(null)).toBe('not defined');
  });
  it('writes name lists and counts', () => {
    expect(figures.names([])).toBe('');
    expect(figures.names(['Ana'])).toBe('Ana');
    expect(figures.names(['Ana', 'Ben'])).toBe('Ana and Ben');
    expect(figures.names(['Ana', 'Ben', 'Cy'])).toBe('Ana, Ben and Cy');
    expect(figures.list(['Claim', 'Opinion'])).toBe('Claim, Opinion');
    expect(figures.number(1200)).toBe('1,200');
  });
});

describe('in Persian', () => {
  const persian = formatsIn('fa');
  it('writes Persian digits and separators, and the interval, its method and q in Persian', () => {
    expect(persian.coefficient(0.81234)).toBe('۰٫۸۱۲');
    expect(persian.percent(0.125)).toMatch(/^۱۲٫۵\s?٪$/);
    expect(persian.interval({ low: 0.6123, high: 0.8531, level: 0.95, resamples: 1000, method: 'kalpha-bootstrap' })).toBe('بازهٔ اطمینان ۹۵٪: ۰٫۶۱۲ تا ۰٫۸۵۳ (بوت‌استرپ کریپندورف، ۱٬۰۰۰ بازنمونه)');
    expect(persian.thresholdRisk({ belowThresholds: { '0.667': 0, '0.8': 0.5 } })).toMatch(/^احتمال α < ۰٫۶۶۷: کمتر از ۰٫۱\s?٪؛ احتمال α < ۰٫۸۰۰: ۵۰٫۰\s?٪$/);
    expect(persian.coefficient(null)).toBe('تعریف‌نشده');
    expect(persian.names(['Ana', 'Ben', 'Cy'])).toBe('Ana، Ben و Cy');
    expect(`${persian.coefficient(-0.5)}${persian.percent(0.5)}`).not.toMatch(/[0-9]/);
  });
});

describe('figure notes', () => {
  it('finds the code of every note lib/consensus writes, and knows no other text', () => {
    for (const [code, text] of Object.entries(FIGURE_NOTES)) expect(figureNoteCode(text)).toBe(code);
    expect(figureNoteCode('Something else.')).toBeNull();
  });
  it('has the words of every code in each catalogue', () => {
    for (const code of Object.keys(FIGURE_NOTES)) {
      expect(en.consensus.figureNote).toHaveProperty(code);
      expect(fa.consensus.figureNote).toHaveProperty(code);
    }
  });
});
