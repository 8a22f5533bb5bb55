// Each submitted reviewer's Dawid–Skene reliability, as bars and as numbers,
// only where the data can carry the estimate (dawid-skene-support.ts); the
// passages it rests on always beside it, and no estimate surer than "> 99%".
import { useTranslations } from '@/components/i18n/kept-translations';
import type { DawidSkeneSupport, ReviewerReliability } from '@/lib/consensus/types';
import { type Column, DataTable, ROW_CLASS } from '../ui/data-table';
import { useFigureFormat } from './figure-format';
import { ValueBarChart } from './value-bar-chart';

type Props = { reliability: ReviewerReliability[]; reviewers: { id: string; name: string }[]; weighting: DawidSkeneSupport };

export function ReviewerReliabilityPanel({ reliability, reviewers, weighting }: Props) {
  const t = useTranslations('consensus.reliability');
  const figures = useFigureFormat();
  const byId = new Map(reviewers.map((reviewer) => [reviewer.id, reviewer.name]));
  const rows = reliability.map((entry) => ({ ...entry, name: byId.get(entry.reviewerId) ?? entry.reviewerId }));
  const bars = rows.flatMap((row) => (row.reliability !== null && Number.isFinite(row.reliability) ? [{ name: row.name, value: row.reliability }] : []));
  const columns: Column[] = [{ label: t('column.reviewer') }, { label: t('column.reliability'), numeric: true }, { label: t('column.labelled'), numeric: true }];
  return (
    <section aria-labelledby="reviewer-reliability-heading" className="space-y-3">
      <h3 id="reviewer-reliability-heading" className="text-lg font-semibold">{t('heading')}</h3>
      <p className="max-w-3xl text-sm text-stone-800">{t('intro')}</p>
      {weighting.computed ? (
        <p className="max-w-3xl text-sm text-stone-800">{t('restsOn', { passages: weighting.passages, reviewers: weighting.reviewers })}</p>
      ) : (
        <p className="max-w-3xl rounded border border-stone-300 bg-stone-50 p-3 text-sm text-stone-900">
          {t('notEstimated', { minPassages: weighting.minPassages, minReviewers: weighting.minReviewers, passages: weighting.passages, reviewers: weighting.reviewers })}
        </p>
      )}
      {rows.length === 0 ? (
        <p className="text-sm text-stone-700">{t('noReviews')}</p>
      ) : !weighting.computed ? null : (
        <DataTable caption={t('caption')} columns={columns} compact className="max-w-3xl">
          {rows.map((row) => (
            <tr key={row.reviewerId} className={ROW_CLASS}>
              <th scope="row" className="p-2 font-medium">{row.name}</th>
              <td className="p-2 text-end tabular-nums">{row.reliability === null ? t('labelledNothing') : figures.estimatedProbability(row.reliability)}</td>
              <td className="p-2 text-end tabular-nums">{figures.number(row.labelled)}</td>
            </tr>
          ))}
        </DataTable>
      )}
      {bars.length > 0 && (
        <figure className="rounded border border-stone-300 bg-white p-3">
          <div aria-hidden="true">
            <ValueBarChart data={bars} domain={[0, 1]} valueFormat="percent" />
          </div>
          <figcaption className="mt-2 text-xs text-stone-700">{t('barsCaption')}</figcaption>
        </figure>
      )}
    </section>
  );
}
