// The reviewer × reviewer Cohen's kappa matrix as a coloured grid. Visual only
// (aria-hidden): the pairwise table beside it carries the same numbers.
import clsx from 'clsx';
import { useTranslations } from '@/components/i18n/kept-translations';
import type { PairwiseMatrix } from '@/lib/consensus/types';
import { useFigureFormat } from './figure-format';
import { KAPPA_BANDS, kappaBand, UNDEFINED_BAND } from './pairwise-scale';

type Props = { pairwise: PairwiseMatrix; names: string[] };

export function PairwiseMatrixChart({ pairwise, names }: Props) {
  const t = useTranslations('consensus.pairwise');
  const figures = useFigureFormat();
  const count = names.length;
  const showNumbers = count <= 10;
  const cellText = (value: number | null) => (value === null || !Number.isFinite(value) ? t('notDefinedShort') : figures.coefficient(value));
  return (
    <div aria-hidden="true" className="space-y-3">
      <div className="grid max-w-4xl gap-px text-xs" style={{ gridTemplateColumns: `minmax(6rem, 10rem) repeat(${count}, minmax(0, 1fr))` }}>
        <div />
        {names.map((name, column) => (
          <div key={`head-${column}`} className="truncate px-1 pb-1 text-center font-medium text-stone-800" title={name}>{name}</div>
        ))}
        {names.map((rowName, row) => (
          <div key={`row-${row}`} className="contents">
            <div className="truncate py-2 pe-2 font-medium text-stone-800" title={rowName}>{rowName}</div>
            {names.map((columnName, column) => {
              const value = pairwise.cohenKappa[row]?.[column] ?? null;
              const band = row === column ? UNDEFINED_BAND : kappaBand(value);
              return (
                <div key={column} title={t('cell', { row: rowName, column: columnName, value: figures.coefficient(value) })} className={clsx('flex min-h-9 items-center justify-center tabular-nums', band.className)}>
                  {row === column ? '—' : showNumbers ? cellText(value) : ''}
                </div>
              );
            })}
          </div>
        ))}
      </div>
      <ul className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-stone-800">
        {[...KAPPA_BANDS.map((entry) => entry.band), UNDEFINED_BAND].map((band) => (
          <li key={band.key} className="flex items-center gap-1">
            <span className={clsx('inline-block h-3 w-5 border border-stone-400', band.className)} />
            {t(`band.${band.key}`, { almost: figures.coefficient(0.8), substantial: figures.coefficient(0.6), moderate: figures.coefficient(0.4), fair: figures.coefficient(0.2), one: figures.number(1), zero: figures.number(0) })}
          </li>
        ))}
      </ul>
    </div>
  );
}
