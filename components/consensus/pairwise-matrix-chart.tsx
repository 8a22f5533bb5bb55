// The reviewer × reviewer Cohen's kappa matrix as a coloured grid. Visual only
// (aria-hidden): the pairwise table beside it carries the same numbers.
import clsx from 'clsx';
import type { PairwiseMatrix } from '@/lib/consensus/types';
import { formatCoefficient } from './format-figures';
import { KAPPA_BANDS, kappaBand, UNDEFINED_BAND } from './pairwise-scale';

type Props = { pairwise: PairwiseMatrix; names: string[] };

export function PairwiseMatrixChart({ pairwise, names }: Props) {
  const count = names.length;
  const showNumbers = count <= 10;
  return (
    <div aria-hidden="true" className="space-y-3">
      <div className="grid max-w-4xl gap-px text-xs" style={{ gridTemplateColumns: `minmax(6rem, 10rem) repeat(${count}, minmax(0, 1fr))` }}>
        <div />
        {names.map((name, column) => (
          <div key={`head-${column}`} className="truncate px-1 pb-1 text-center font-medium text-stone-800" title={name}>{name}</div>
        ))}
        {names.map((rowName, row) => (
          <div key={`row-${row}`} className="contents">
            <div className="truncate py-2 pr-2 font-medium text-stone-800" title={rowName}>{rowName}</div>
            {names.map((columnName, column) => {
              const value = pairwise.cohenKappa[row]?.[column] ?? null;
              const band = row === column ? UNDEFINED_BAND : kappaBand(value);
              return (
                <div key={column} title={`${rowName} × ${columnName}: ${formatCoefficient(value)}`} className={clsx('flex min-h-9 items-center justify-center tabular-nums', band.className)}>
                  {row === column ? '—' : showNumbers ? formatCoefficient(value).replace('not defined', 'n/d') : ''}
                </div>
              );
            })}
          </div>
        ))}
      </div>
      <ul className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-stone-800">
        {[...KAPPA_BANDS.map((entry) => entry.band), UNDEFINED_BAND].map((band) => (
          <li key={band.name} className="flex items-center gap-1">
            <span className={clsx('inline-block h-3 w-5 border border-stone-400', band.className)} />
            {band.name}
          </li>
        ))}
      </ul>
    </div>
  );
}
