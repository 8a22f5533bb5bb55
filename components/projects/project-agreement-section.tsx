// The desk's view of how well a project's reviewers agree, over all its
// articles: the project alpha with its 95% interval and the chance it lies below
// Krippendorff's minimums, what it rests on, and per reviewer the figures an
// editor reads to decide whom to calibrate. Every figure says what it is, the
// data behind it and its uncertainty; one the data cannot define says so.
// The calibration call is worded from the reviewer's figures and the call's
// grounds (calibration-text.ts); the data's `reason` is the API's English.
import { useFormatter } from 'next-intl';
import { useTranslations } from '@/components/i18n/kept-translations';
import { CALIBRATION_MIN_PASSAGES } from '@/lib/consensus/project-agreement';
import type { Figure, ReviewerCalibration } from '@/lib/consensus/types';
import type { ProjectAgreementView } from '@/lib/views/project-views';
import { FigureUncertainty, FigureValue } from '../consensus/agreement-figures';
import { type Column, DataTable, ROW_CLASS } from '../ui/data-table';
import { calibrationText, projectFigureFormat } from './calibration-text';

/** Krippendorff's two minimums, as the project-wide prose states them. */
const TENTATIVE_ALPHA = 0.667;
const GOOD_ALPHA = 0.8;

function useProjectFigureFormat() {
  return projectFigureFormat(useFormatter());
}

/** A share of agreeing comparisons: the percentage, its Wilson interval and what it rests on; the reason where it is not defined. */
function ShareCell({ figure, undefinedNote }: { figure: Figure; undefinedNote: string }) {
  const t = useTranslations('projects.agreement');
  const figures = useProjectFigureFormat();
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

function CalibrationCell({ reviewer }: { reviewer: ReviewerCalibration }) {
  const { call, detail } = calibrationText(reviewer, useTranslations('projects.agreement'), useProjectFigureFormat());
  return (
    <>
      <span className={reviewer.calibration.needed ? 'font-semibold text-red-900' : 'font-medium'}>{call}</span>
      <span className="block text-xs text-stone-700">{detail}</span>
    </>
  );
}

export function ProjectAgreementSection({ view }: { view: ProjectAgreementView }) {
  const t = useTranslations('projects.agreement');
  const figures = useProjectFigureFormat();
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
