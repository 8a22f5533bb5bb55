// The words of a reviewer's calibration call on the project page, in the
// interface's language: built from the same figures and grounds the rule used
// (lib/consensus/project-agreement.ts calibrationCall), whose English `reason`
// and `note` stay the API's. In English the two read the same (the test holds them to it).
import type { useFormatter, useTranslations } from 'next-intl';
import { CALIBRATION_AGREEMENT_GAP, CALIBRATION_ALPHA_MARGIN, CALIBRATION_MIN_PASSAGES } from '@/lib/consensus/project-agreement';
import type { ReviewerCalibration } from '@/lib/consensus/types';

export type AgreementTranslator = ReturnType<typeof useTranslations<'projects.agreement'>>;
export type Formatter = ReturnType<typeof useFormatter>;

function isNumber(value: number | null | undefined): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/** Coefficients with three decimals and shares with one, as on the consensus view, in the interface's digits. */
export function projectFigureFormat(format: Formatter) {
  const fixed = { minimumFractionDigits: 3, maximumFractionDigits: 3 } as const;
  return {
    defined: isNumber,
    coefficient: (value: number) => format.number(value === 0 ? 0 : value, fixed),
    /** A change of alpha: "+0.751", "-0.012", "0.000". */
    change: (value: number) => format.number(value, { ...fixed, signDisplay: 'exceptZero' }),
    percent: (share: number) => format.number(share, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }),
    number: (value: number) => format.number(value),
  };
}

export type ProjectFigureFormat = ReturnType<typeof projectFigureFormat>;

/** The call ("Calibrate", "No need", "not enough data") and the reason or note beneath it. */
export function calibrationText(reviewer: ReviewerCalibration, t: AgreementTranslator, figures: ProjectFigureFormat): { call: string; detail: string } {
  const call = reviewer.calibration;
  if (call.needed === null) {
    return {
      call: t('calibration.notEnoughData'),
      detail: call.lacking === 'passages' ? t('calibration.fewPassages', { passages: reviewer.passages, min: CALIBRATION_MIN_PASSAGES }) : t('calibration.nothingToCompare'),
    };
  }
  const { agreement, othersAgreement: others, alphaIfRemoved, alphaChange } = reviewer;
  const interval = agreement.interval;
  const own = t('calibration.own', {
    share: figures.percent(agreement.value ?? 0),
    passages: reviewer.passages,
    low: interval ? figures.percent(interval.low) : '',
    high: interval ? figures.percent(interval.high) : '',
  });
  const versus = isNumber(others.value)
    ? t('calibration.versus', { share: figures.percent(others.value), gap: figures.percent(CALIBRATION_AGREEMENT_GAP) })
    : t('calibration.versusUndefined');
  const removal = (key: 'removal' | 'removalFirst') =>
    alphaChange === null || !isNumber(alphaIfRemoved.value)
      ? t('calibration.removalUndefined')
      : t(`calibration.${key}`, {
          from: figures.coefficient(alphaIfRemoved.value - alphaChange),
          to: figures.coefficient(alphaIfRemoved.value),
          change: figures.change(alphaChange),
          margin: figures.number(CALIBRATION_ALPHA_MARGIN),
        });
  if (!call.needed) return { call: t('calibration.noNeed'), detail: t('calibration.notNeeded', { own, versus, removal: removal('removal') }) };
  const reasons = [call.grounds.below ? t('calibration.below', { own, versus }) : null, call.grounds.raises ? removal('removalFirst') : null].filter((reason) => reason !== null);
  return { call: t('calibration.calibrate'), detail: t('calibration.needed', { reasons: reasons.join('. ') }) };
}
