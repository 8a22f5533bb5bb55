// Each submitted reviewer's Dawid–Skene reliability, as bars and as numbers,
// only where the data can carry the estimate (dawid-skene-support.ts); the
// passages it rests on always beside it, and no estimate surer than "> 99%".
import type { DawidSkeneSupport, ReviewerReliability } from '@/lib/consensus/types';
import { formatCount, formatEstimatedProbability } from './format-figures';
import { ValueBarChart } from './value-bar-chart';
import { type Column, DataTable, ROW_CLASS } from '../ui/data-table';

type Props = { reliability: ReviewerReliability[]; reviewers: { id: string; name: string }[]; weighting: DawidSkeneSupport };

const RELIABILITY_COLUMNS: Column[] = [{ label: 'Reviewer' }, { label: 'Reliability', numeric: true }, { label: 'Passages labelled', numeric: true }];

export function ReviewerReliabilityPanel({ reliability, reviewers, weighting }: Props) {
  const byId = new Map(reviewers.map((reviewer) => [reviewer.id, reviewer.name]));
  const rows = reliability.map((entry) => ({ ...entry, name: byId.get(entry.reviewerId) ?? entry.reviewerId }));
  const bars = rows.flatMap((row) => (row.reliability !== null && Number.isFinite(row.reliability) ? [{ name: row.name, value: row.reliability }] : []));
  return (
    <section aria-labelledby="reviewer-reliability-heading" className="space-y-3">
      <h3 id="reviewer-reliability-heading" className="text-lg font-semibold">Reviewer reliability (Dawid–Skene)</h3>
      <p className="max-w-3xl text-sm text-stone-800">
        The probability that a reviewer&apos;s label on a passage is the true one, estimated from everyone&apos;s labels at once with the EM algorithm of Dawid &amp;
        Skene (1979). The reliability-weighted label of each passage below counts votes by these estimates.
      </p>
      {weighting.computed ? (
        <p className="max-w-3xl text-sm text-stone-800">
          These estimates rest on {formatCount(weighting.passages, 'passage')} with two or more votes from {formatCount(weighting.reviewers, 'reviewer')}: a model
          fitted to that few cannot vouch for more than two digits, so no estimate is shown above 99%.
        </p>
      ) : (
        <p className="max-w-3xl rounded border border-stone-300 bg-stone-50 p-3 text-sm text-stone-900">
          Not estimated: reliability weighting needs at least {weighting.minPassages} passages with two or more votes and at least {weighting.minReviewers}{' '}
          reviewers voting on them; this article has {formatCount(weighting.passages, 'such passage', 'such passages')} and{' '}
          {formatCount(weighting.reviewers, 'such reviewer', 'such reviewers')}. With fewer, the estimates would look near-certain from almost no evidence.
        </p>
      )}
      {rows.length === 0 ? (
        <p className="text-sm text-stone-700">No submitted reviews yet.</p>
      ) : !weighting.computed ? null : (
        <DataTable caption="Estimated reliability of each reviewer" columns={RELIABILITY_COLUMNS} compact className="max-w-3xl">
            {rows.map((row) => (
              <tr key={row.reviewerId} className={ROW_CLASS}>
                <th scope="row" className="p-2 font-medium">{row.name}</th>
                <td className="p-2 text-end tabular-nums">{row.reliability === null ? 'not estimated (labelled nothing)' : formatEstimatedProbability(row.reliability)}</td>
                <td className="p-2 text-end tabular-nums">{row.labelled}</td>
              </tr>
            ))}
          </DataTable>
      )}
      {bars.length > 0 && (
        <figure className="rounded border border-stone-300 bg-white p-3">
          <div aria-hidden="true">
            <ValueBarChart data={bars} domain={[0, 1]} valueFormat="percent" />
          </div>
          <figcaption className="mt-2 text-xs text-stone-700">The reliability of each reviewer in the table above as bars.</figcaption>
        </figure>
      )}
    </section>
  );
}
