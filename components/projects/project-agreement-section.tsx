// The desk's view of how well a project's reviewers agree, over all its
// articles: the project alpha with its 95% interval and the chance it lies below
// Krippendorff's minimums, what it rests on, and per reviewer the figures an
// editor reads to decide whom to calibrate. Every figure says what it is, the
// data behind it and its uncertainty; one the data cannot define says so.
import type { Figure, FigureInterval, ReviewerCalibration } from '@/lib/consensus/types';
import type { ProjectAgreementView } from '@/lib/views/project-views';
import { FigureUncertainty, FigureValue } from '../consensus/agreement-figures';
import { NOT_DEFINED, formatCoefficient, formatCount, formatPercent } from '../consensus/format-figures';
import { type Column, DataTable, ROW_CLASS } from '../ui/data-table';

const REVIEWER_COLUMNS: Column[] = [
  { label: 'Reviewer' },
  { label: 'Articles', numeric: true },
  { label: 'Shared passages', numeric: true },
  { label: 'Agreement with the others' },
  { label: "Others' agreement among themselves" },
  { label: 'α if removed', numeric: true },
  { label: 'Change in α', numeric: true },
  { label: 'Calibration' },
];

function shareInterval(interval: FigureInterval | null | undefined): string {
  return interval ? `95% CI ${formatPercent(interval.low)}–${formatPercent(interval.high)}` : 'no interval';
}

/** A share of agreeing comparisons: the percentage, its Wilson interval and what it rests on; the reason where it is not defined. */
function ShareCell({ figure }: { figure: Figure }) {
  if (figure.value === null || !Number.isFinite(figure.value)) {
    return (
      <>
        <span className="font-medium">{NOT_DEFINED}</span>
        {figure.note && <span className="block text-xs text-stone-700">{figure.note}</span>}
      </>
    );
  }
  return (
    <>
      <span className="font-semibold tabular-nums">{formatPercent(figure.value)}</span>
      <span className="block text-xs tabular-nums text-stone-700">{shareInterval(figure.interval)}</span>
      {!figure.interval && figure.intervalNote && <span className="block text-xs text-stone-700">{figure.intervalNote}</span>}
      <span className="block text-xs text-stone-700">over {formatCount(figure.units, figure.unit)}</span>
    </>
  );
}

function signedChange(change: number | null): string {
  if (change === null || !Number.isFinite(change)) return NOT_DEFINED;
  const text = formatCoefficient(change);
  return change > 0 && text !== '0.000' ? `+${text}` : text;
}

function CalibrationCell({ call }: { call: ReviewerCalibration['calibration'] }) {
  if (call.needed === null) {
    return (
      <>
        <span className="font-medium">not enough data</span>
        <span className="block text-xs text-stone-700">{call.note}</span>
      </>
    );
  }
  return (
    <>
      <span className={call.needed ? 'font-semibold text-red-900' : 'font-medium'}>{call.needed ? 'Calibrate' : 'No need'}</span>
      <span className="block text-xs text-stone-700">{call.reason}</span>
    </>
  );
}

export function ProjectAgreementSection({ view }: { view: ProjectAgreementView }) {
  const { agreement } = view;
  const names = new Map(view.reviewers.map((reviewer) => [reviewer.id, reviewer.name]));
  return (
    <section aria-labelledby="project-agreement-heading" className="space-y-3 rounded border border-stone-300 bg-white p-4">
      <h2 id="project-agreement-heading" className="text-lg font-semibold">Reviewer agreement in this project</h2>
      <p className="max-w-3xl text-sm text-stone-800">
        Krippendorff&apos;s alpha (nominal) over the passages of all the project&apos;s articles with a submitted review, pooled into one data set: 1 is perfect
        agreement, 0 no better than chance. Krippendorff advises relying on data with α ≥ 0.800 and drawing only tentative conclusions from 0.667 to 0.800. Only
        submitted reviews count.
      </p>
      <p className="text-sm text-stone-800" data-testid="project-agreement-data">
        Data: {formatCount(agreement.articles, 'article')} with submitted reviews, {formatCount(agreement.passages, 'passage')} in all, of which{' '}
        {formatCount(agreement.alpha.units, 'passage')} marked by two or more reviewers; {formatCount(agreement.alpha.reviewers, 'reviewer')}.
        {view.omittedArticles > 0 &&
          ` Only the ${view.articleLimit.toLocaleString('en-GB')} most recently active articles are taken in; ${formatCount(view.omittedArticles, 'older article')} left out.`}
      </p>
      {agreement.note && <p className="rounded border border-stone-300 bg-stone-50 p-3 text-sm">{agreement.note}</p>}
      <dl className="grid max-w-3xl gap-x-6 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
        <dt className="font-medium">{agreement.alpha.name}</dt>
        <dd data-testid="project-alpha">
          <FigureValue figure={agreement.alpha} />
        </dd>
        <dt className="font-medium">Uncertainty</dt>
        <dd data-testid="project-alpha-uncertainty">
          <FigureUncertainty figure={agreement.alpha} symbol="α" />
        </dd>
        <dt className="font-medium">Behind it</dt>
        <dd>
          {formatCount(agreement.alpha.reviewers, 'reviewer')}, {formatCount(agreement.alpha.units, agreement.alpha.unit)}
        </dd>
      </dl>
      <h3 className="text-base font-semibold">Per reviewer</h3>
      <p className="max-w-3xl text-sm text-stone-800">
        Agreement is the share of a reviewer&apos;s comparisons with the other reviewers, on passages both labelled, that give the same label; beside it the same
        share among the others only. Their 95% intervals are Wilson score intervals over passages (not comparisons, which are not independent). α if removed is
        the project alpha without this reviewer&apos;s labels: a rise means the project agrees better without them. No call is made on fewer than 10 shared passages.
      </p>
      {agreement.reviewers.length === 0 ? (
        <p className="text-sm text-stone-700">No submitted reviews yet.</p>
      ) : (
        <div className="overflow-x-auto">
          <DataTable caption="Each reviewer's agreement with the others, with its uncertainty, and whether they need calibration" columns={REVIEWER_COLUMNS} compact>
            {agreement.reviewers.map((reviewer) => (
              <tr key={reviewer.reviewerId} className={`${ROW_CLASS} align-top`}>
                <th scope="row" className="p-2 font-medium">{names.get(reviewer.reviewerId) ?? reviewer.reviewerId}</th>
                <td className="p-2 text-end tabular-nums">{reviewer.articles}</td>
                <td className="p-2 text-end tabular-nums">{reviewer.passages}</td>
                <td className="p-2"><ShareCell figure={reviewer.agreement} /></td>
                <td className="p-2"><ShareCell figure={reviewer.othersAgreement} /></td>
                <td className="p-2 text-end">
                  <FigureValue figure={reviewer.alphaIfRemoved} />
                </td>
                <td className="p-2 text-end tabular-nums">{signedChange(reviewer.alphaChange)}</td>
                <td className="p-2"><CalibrationCell call={reviewer.calibration} /></td>
              </tr>
            ))}
          </DataTable>
        </div>
      )}
    </section>
  );
}
