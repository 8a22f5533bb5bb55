// The desk's view of how well a project's reviewers agree, over all its
// articles: the project alpha with its 95% interval and the chance it lies below
// Krippendorff's minimums, what it rests on, and per reviewer the figures an
// editor reads to decide whom to calibrate. Every figure says what it is, the
// data behind it and its uncertainty; one the data cannot define says so.
// The calibration call is worded here from the reviewer's figures and the
// call's grounds, in the interface's language (the data's `reason` is the API's English).
import { useFormatter, useTranslations } from 'next-intl';
import { CALIBRATION_AGREEMENT_GAP, CALIBRATION_ALPHA_MARGIN, CALIBRATION_MIN_PASSAGES } from '@/lib/consensus/project-agreement';
import type { Figure, ReviewerCalibration } from '@/lib/consensus/types';
import type { ProjectAgreementView } from '@/lib/views/project-views';
import { FigureUncertainty, FigureValue } from '../consensus/agreement-figures';
import { type Column, DataTable, ROW_CLASS } from '../ui/data-table';

/** Krippendorff's two minimums, as the project-wide prose states them. */
const TENTATIVE_ALPHA = 0.667;
const GOOD_ALPHA = 0.8;

type Translate = ReturnType<typeof useTranslations<'projects.agreement'>>;

/** Coefficients with three decimals and shares with one, as on the consensus view, in the interface's digits. */
function useFigureFormat() {
  const format = useFormatter();
  const defined = (value: number | null | undefined): value is number => typeof value === 'number' && Number.isFinite(value);
  return {
    defined,
    coefficient: (value: number) => format.number(value === 0 ? 0 : value, { minimumFractionDigits: 3, maximumFractionDigits: 3 }),
    change: (value: number) => format.number(value, { minimumFractionDigits: 3, maximumFractionDigits: 3, signDisplay: 'exceptZero' }),
    percent: (share: number) => format.number(share, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }),
    number: (value: number) => format.number(value),
  };
}

type FigureFormat = ReturnType<typeof useFigureFormat>;

/** A share of agreeing comparisons: the percentage, its Wilson interval and what it rests on; the reason where it is not defined. */
function ShareCell({ figure, undefinedNote }: { figure: Figure; undefinedNote: string }) {
  const t = useTranslations('projects.agreement');
  const figures = useFigureFormat();
  if (!figures.defined(figure.value)) {
    return (
      <>
        <span className="font-medium">{t('notDefined')}</span>
        <span className="block text-xs text-stone-700">{undefinedNote}</span>
      </>
    );
  }
  return (
    <>
      <span className="font-semibold tabular-nums">{figures.percent(figure.value)}</span>
      <span className="block text-xs tabular-nums text-stone-700">
        {figure.interval ? t('interval', { low: figures.percent(figure.interval.low), high: figures.percent(figure.interval.high) }) : t('noInterval')}
      </span>
      <span className="block text-xs text-stone-700">{t('over', { passages: figure.units })}</span>
    </>
  );
}

/** The call's reason in words, from the same figures and grounds the rule used (lib/consensus/project-agreement.ts calibrationCall). */
function calibrationReason(reviewer: ReviewerCalibration, grounds: { below: boolean; raises: boolean }, t: Translate, figures: FigureFormat): string {
  const { agreement, othersAgreement: others, alphaIfRemoved, alphaChange } = reviewer;
  const interval = agreement.interval;
  const own = t('calibration.own', {
    share: figures.percent(agreement.value ?? 0),
    passages: reviewer.passages,
    low: interval ? figures.percent(interval.low) : '',
    high: interval ? figures.percent(interval.high) : '',
  });
  const versus = figures.defined(others.value)
    ? t('calibration.versus', { share: figures.percent(others.value), gap: figures.percent(CALIBRATION_AGREEMENT_GAP) })
    : t('calibration.versusUndefined');
  const removal = (key: 'removal' | 'removalFirst') =>
    alphaChange === null || !figures.defined(alphaIfRemoved.value)
      ? t('calibration.removalUndefined')
      : t(`calibration.${key}`, {
          from: figures.coefficient(alphaIfRemoved.value - alphaChange),
          to: figures.coefficient(alphaIfRemoved.value),
          change: figures.change(alphaChange),
          margin: figures.number(CALIBRATION_ALPHA_MARGIN),
        });
  if (!grounds.below && !grounds.raises) return t('calibration.notNeeded', { own, versus, removal: removal('removal') });
  const reasons = [grounds.below ? t('calibration.below', { own, versus }) : null, grounds.raises ? removal('removalFirst') : null].filter((reason) => reason !== null);
  return t('calibration.needed', { reasons: reasons.join('. ') });
}

function CalibrationCell({ reviewer }: { reviewer: ReviewerCalibration }) {
  const t = useTranslations('projects.agreement');
  const figures = useFigureFormat();
  const call = reviewer.calibration;
  if (call.needed === null) {
    return (
      <>
        <span className="font-medium">{t('calibration.notEnoughData')}</span>
        <span className="block text-xs text-stone-700">
          {call.lacking === 'passages' ? t('calibration.fewPassages', { passages: reviewer.passages, min: CALIBRATION_MIN_PASSAGES }) : t('calibration.nothingToCompare')}
        </span>
      </>
    );
  }
  return (
    <>
      <span className={call.needed ? 'font-semibold text-red-900' : 'font-medium'}>{call.needed ? t('calibration.calibrate') : t('calibration.noNeed')}</span>
      <span className="block text-xs text-stone-700">{calibrationReason(reviewer, call.grounds, t, figures)}</span>
    </>
  );
}

export function ProjectAgreementSection({ view }: { view: ProjectAgreementView }) {
  const t = useTranslations('projects.agreement');
  const figures = useFigureFormat();
  const { agreement } = view;
  const names = new Map(view.reviewers.map((reviewer) => [reviewer.id, reviewer.name]));
  const columns: Column[] = [
    { label: t('column.reviewer') },
    { label: t('column.articles'), numeric: true },
    { label: t('column.passages'), numeric: true },
    { label: t('column.agreement') },
    { label: t('column.othersAgreement') },
    { label: t('column.alphaIfRemoved'), numeric: true },
    { label: t('column.change'), numeric: true },
    { label: t('column.calibration') },
  ];
  // computeProjectAgreement's note, said from the same counts.
  const note = agreement.articles === 0 ? t('noArticles') : agreement.passages === 0 ? t('noPassages') : null;
  return (
    <section aria-labelledby="project-agreement-heading" className="space-y-3 rounded border border-stone-300 bg-white p-4">
      <h2 id="project-agreement-heading" className="text-lg font-semibold">{t('heading')}</h2>
      <p className="max-w-3xl text-sm text-stone-800">{t('intro', { good: figures.coefficient(GOOD_ALPHA), tentative: figures.coefficient(TENTATIVE_ALPHA) })}</p>
      <p className="text-sm text-stone-800" data-testid="project-agreement-data">
        {t('data', { articles: agreement.articles, passages: agreement.passages, pairable: agreement.alpha.units, reviewers: agreement.alpha.reviewers })}
        {view.omittedArticles > 0 && t('omitted', { limit: view.articleLimit, omitted: view.omittedArticles })}
      </p>
      {note && <p className="rounded border border-stone-300 bg-stone-50 p-3 text-sm">{note}</p>}
      <dl className="grid max-w-3xl gap-x-6 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
        <dt className="font-medium">{t('alphaName')}</dt>
        <dd data-testid="project-alpha">
          <FigureValue figure={agreement.alpha} />
        </dd>
        <dt className="font-medium">{t('uncertainty')}</dt>
        <dd data-testid="project-alpha-uncertainty">
          <FigureUncertainty figure={agreement.alpha} symbol="α" />
        </dd>
        <dt className="font-medium">{t('behindIt')}</dt>
        <dd>{t('behindItValue', { reviewers: agreement.alpha.reviewers, passages: agreement.alpha.units })}</dd>
      </dl>
      <h3 className="text-base font-semibold">{t('perReviewer')}</h3>
      <p className="max-w-3xl text-sm text-stone-800">{t('perReviewerIntro', { min: CALIBRATION_MIN_PASSAGES })}</p>
      {agreement.reviewers.length === 0 ? (
        <p className="text-sm text-stone-700">{t('noReviews')}</p>
      ) : (
        <div className="overflow-x-auto">
          <DataTable caption={t('caption')} columns={columns} compact>
            {agreement.reviewers.map((reviewer) => (
              <tr key={reviewer.reviewerId} className={`${ROW_CLASS} align-top`}>
                <th scope="row" className="p-2 font-medium">{names.get(reviewer.reviewerId) ?? reviewer.reviewerId}</th>
                <td className="p-2 text-end tabular-nums">{figures.number(reviewer.articles)}</td>
                <td className="p-2 text-end tabular-nums">{figures.number(reviewer.passages)}</td>
                <td className="p-2"><ShareCell figure={reviewer.agreement} undefinedNote={t('agreementUndefined')} /></td>
                <td className="p-2"><ShareCell figure={reviewer.othersAgreement} undefinedNote={t('othersUndefined')} /></td>
                <td className="p-2 text-end">
                  <FigureValue figure={reviewer.alphaIfRemoved} />
                </td>
                <td className="p-2 text-end tabular-nums">{reviewer.alphaChange === null || !Number.isFinite(reviewer.alphaChange) ? t('notDefined') : figures.change(reviewer.alphaChange)}</td>
                <td className="p-2"><CalibrationCell reviewer={reviewer} /></td>
              </tr>
            ))}
          </DataTable>
        </div>
      )}
    </section>
  );
}
