import { createFormatter, createTranslator } from 'next-intl';
import { describe, expect, it } from 'vitest';
import { calibrationCall } from '@/lib/consensus/project-agreement';
import type { Figure, ReviewerCalibration } from '@/lib/consensus/types';
import type { Locale } from '@/lib/vocabulary';
import { wilsonInterval } from '@/lib/consensus/wilson-interval';
import en from '@/messages/en';
import fa from '@/messages/fa';
import { calibrationText, projectFigureFormat } from './calibration-text';

function share(value: number | null, passages: number): Figure {
  return { key: 'share', name: 'share', value, reviewers: 3, units: passages, unit: 'passage', interval: value === null ? null : wilsonInterval(value, passages) };
}

/** A reviewer with the given figures and the call lib/consensus makes on them. */
function reviewer(passages: number, agreement: number | null, others: number | null, alphaIfRemoved: number | null, alphaChange: number | null): ReviewerCalibration {
  const figures = {
    passages,
    agreement: share(agreement, passages),
    othersAgreement: share(others, passages),
    alphaIfRemoved: { key: 'alpha', name: 'alpha', value: alphaIfRemoved, reviewers: 2, units: passages, unit: 'passage' as const },
    alphaChange,
  };
  return { reviewerId: 'r', articles: 2, ...figures, calibration: calibrationCall(figures) };
}

function words(locale: Locale) {
  const t = createTranslator({ locale, messages: locale === 'en' ? en : fa, namespace: 'projects.agreement' });
  return (of: ReviewerCalibration) => calibrationText(of, t, projectFigureFormat(createFormatter({ locale, timeZone: 'UTC' })));
}

const CASES = {
  'too few passages': reviewer(2, 0.5, 0.9, 0.7, 0.1),
  'nothing to compare': reviewer(12, 0.5, null, 0.7, null),
  'below the others and raising alpha': reviewer(15, 0, 1, 1, 0.751),
  'below the others only': reviewer(40, 0.6, 0.95, 0.71, 0.01),
  'raising alpha only': reviewer(40, 0.9, 0.92, 0.8, 0.08),
  'no need': reviewer(250, 0.968, 1, 0.81, 0.012),
};

describe('calibrationText', () => {
  const english = words('en');

  it.each(Object.entries(CASES))('%s: the English interface says what the API says', (_name, of) => {
    const call = of.calibration;
    expect(english(of).detail).toBe(call.needed === null ? call.note : call.reason);
  });

  it('names the call', () => {
    expect(english(CASES['too few passages']).call).toBe('not enough data');
    expect(english(CASES['below the others only']).call).toBe('Calibrate');
    expect(english(CASES['raising alpha only']).call).toBe('Calibrate');
    expect(english(CASES['no need']).call).toBe('No need');
  });

  it('words every case in Persian, with Persian digits and no English left', () => {
    const persian = words('fa');
    for (const of of Object.values(CASES)) {
      const { call, detail } = persian(of);
      expect(`${call} ${detail}`).not.toMatch(/[A-Za-z]{3}|[0-9]/);
    }
    expect(persian(CASES['no need']).detail).toContain('۹۶٫۸٪');
    expect(persian(CASES['too few passages']).detail).toContain('۱۰');
  });
});
