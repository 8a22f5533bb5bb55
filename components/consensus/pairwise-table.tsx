// Cohen's kappa per pair of reviewers, with its 95% interval (large-sample
// standard error, Fleiss, Cohen & Everitt 1969), the raw agreement and the units it rests on.
import { useTranslations } from '@/components/i18n/kept-translations';
import type { PairwiseMatrix } from '@/lib/consensus/types';
import { useFigureFormat } from './figure-format';
import { reviewerPairs } from './pairwise-scale';

export function PairwiseTable({ pairwise, names }: { pairwise: PairwiseMatrix; names: string[] }) {
  const t = useTranslations('consensus.pairwise');
  const figures = useFigureFormat();
  const pairs = reviewerPairs(names.length);
  if (pairs.length === 0) return <p className="text-sm text-stone-700">{t('needsTwo')}</p>;
  return (
    <table className="w-full max-w-4xl border-collapse bg-white text-start text-sm shadow-sm">
      <caption className="sr-only">{t('caption')}</caption>
      <thead className="border-b border-stone-300 text-stone-700">
        <tr>
          <th scope="col" className="p-2">{t('column.reviewer')}</th>
          <th scope="col" className="p-2">{t('column.other')}</th>
          <th scope="col" className="p-2 text-end">{t('column.kappa')}</th>
          <th scope="col" className="p-2 text-end">{t('column.uncertainty')}</th>
          <th scope="col" className="p-2 text-end">{t('column.observed')}</th>
          <th scope="col" className="p-2 text-end">{t('column.shared')}</th>
        </tr>
      </thead>
      <tbody>
        {pairs.map(([row, column]) => (
          <tr key={`${row}-${column}`} className="border-b border-stone-200 last:border-0">
            <th scope="row" className="p-2 font-medium">{names[row]}</th>
            <td className="p-2">{names[column]}</td>
            <td className="p-2 text-end tabular-nums">{figures.coefficient(pairwise.cohenKappa[row]?.[column])}</td>
            <td className="p-2 text-end tabular-nums">{figures.intervalRange(pairwise.cohenKappaInterval[row]?.[column])}</td>
            <td className="p-2 text-end tabular-nums">{figures.percent(pairwise.observedAgreement[row]?.[column])}</td>
            <td className="p-2 text-end tabular-nums">{figures.number(pairwise.sharedUnits[row]?.[column] ?? 0)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
