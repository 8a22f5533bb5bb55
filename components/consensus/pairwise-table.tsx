// Cohen's kappa per pair of reviewers, with its 95% interval (large-sample
// standard error, Fleiss, Cohen & Everitt 1969), the raw agreement and the units it rests on.
import type { PairwiseMatrix } from '@/lib/consensus/types';
import { formatCoefficient, formatIntervalRange, formatPercent } from './format-figures';
import { reviewerPairs } from './pairwise-scale';

export function PairwiseTable({ pairwise, names }: { pairwise: PairwiseMatrix; names: string[] }) {
  const pairs = reviewerPairs(names.length);
  if (pairs.length === 0) return <p className="text-sm text-stone-700">Pairwise agreement needs at least two submitted reviewers.</p>;
  return (
    <table className="w-full max-w-4xl border-collapse bg-white text-start text-sm shadow-sm">
      <caption className="sr-only">Cohen&apos;s kappa for each pair of reviewers</caption>
      <thead className="border-b border-stone-300 text-stone-700">
        <tr>
          <th scope="col" className="p-2">Reviewer</th>
          <th scope="col" className="p-2">Other reviewer</th>
          <th scope="col" className="p-2 text-end">Cohen&apos;s kappa</th>
          <th scope="col" className="p-2 text-end">Uncertainty (large-sample SE)</th>
          <th scope="col" className="p-2 text-end">Observed agreement</th>
          <th scope="col" className="p-2 text-end">Units both labelled</th>
        </tr>
      </thead>
      <tbody>
        {pairs.map(([row, column]) => (
          <tr key={`${row}-${column}`} className="border-b border-stone-200 last:border-0">
            <th scope="row" className="p-2 font-medium">{names[row]}</th>
            <td className="p-2">{names[column]}</td>
            <td className="p-2 text-end tabular-nums">{formatCoefficient(pairwise.cohenKappa[row]?.[column])}</td>
            <td className="p-2 text-end tabular-nums">{formatIntervalRange(pairwise.cohenKappaInterval[row]?.[column])}</td>
            <td className="p-2 text-end tabular-nums">{formatPercent(pairwise.observedAgreement[row]?.[column])}</td>
            <td className="p-2 text-end tabular-nums">{pairwise.sharedUnits[row]?.[column] ?? 0}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
