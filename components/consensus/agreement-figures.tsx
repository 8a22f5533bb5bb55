// Every agreement coefficient as a table (the accessible source: value, its
// uncertainty, who and what it rests on, what it measures) and the defined ones as bars.
import clsx from 'clsx';
import { useTranslations } from '@/components/i18n/kept-translations';
import type { AgreementMetrics, Figure } from '@/lib/consensus/types';
import { type Column, DataTable, ROW_CLASS } from '../ui/data-table';
import { type AgreementRow, agreementRows, coefficientDomain, definedValues } from './agreement-rows';
import { useFigureFormat, useFigureNote } from './figure-format';
import { ValueBarChart } from './value-bar-chart';

export function FigureValue({ figure }: { figure: Figure }) {
  const figures = useFigureFormat();
  const noteText = useFigureNote();
  if (figure.value === null || !Number.isFinite(figure.value)) {
    return (
      <>
        <span className="font-medium">{figures.notDefined}</span>
        {figure.note && <span className="block text-xs text-stone-700">{noteText(figure.note)}</span>}
      </>
    );
  }
  return <span className="font-semibold tabular-nums">{figures.coefficient(figure.value)}</span>;
}

/** The interval and Krippendorff's q beside the value; the reason where there is none. */
export function FigureUncertainty({ figure, symbol }: { figure: Figure; symbol: string }) {
  const figures = useFigureFormat();
  const noteText = useFigureNote();
  if (figure.value === null || !Number.isFinite(figure.value)) return <span className="text-stone-700">{figures.notDefined}</span>;
  if (!figure.interval) {
    return (
      <>
        <span className="font-medium">{figures.intervalRange(null)}</span>
        {figure.intervalNote && <span className="block text-xs text-stone-700">{noteText(figure.intervalNote)}</span>}
      </>
    );
  }
  const risk = figures.thresholdRisk(figure, symbol);
  return (
    <>
      <span className="tabular-nums">{figures.interval(figure.interval)}</span>
      {risk && <span className="block text-xs tabular-nums text-stone-700">{risk}</span>}
    </>
  );
}

export function AgreementFigures({ metrics }: { metrics: AgreementMetrics }) {
  const t = useTranslations('consensus.agreement');
  const tLabel = useTranslations('common.label');
  const figures = useFigureFormat();
  const rows = agreementRows(metrics);
  const withLabel = (row: AgreementRow) => ({ label: row.label ? tLabel(row.label) : '', code: row.label ?? '' });
  const bars = definedValues(rows, (row) => t(`row.${row.key}.short`, withLabel(row)));
  const columns: Column[] = [
    { label: t('column.coefficient') },
    { label: t('column.value') },
    { label: t('column.uncertainty') },
    { label: t('column.reviewers'), numeric: true },
    { label: t('column.units'), numeric: true },
    { label: t('column.about') },
  ];
  return (
    <section aria-labelledby="agreement-figures-heading" className="space-y-3">
      <h3 id="agreement-figures-heading" className="text-lg font-semibold">{t('coefficients')}</h3>
      <p className="max-w-3xl text-sm text-stone-800">{t('intro')}</p>
      <DataTable caption={t('caption')} columns={columns} compact>
        {rows.map((row) => (
          <tr key={row.id} className={clsx(ROW_CLASS, 'align-top')}>
            <th scope="row" className="p-2 font-medium">{t(`row.${row.key}.name`, withLabel(row))}</th>
            <td className="p-2"><FigureValue figure={row.figure} /></td>
            <td className="p-2"><FigureUncertainty figure={row.figure} symbol={row.symbol} /></td>
            <td className="p-2 text-end tabular-nums">{figures.number(row.figure.reviewers)}</td>
            <td className="p-2 text-end whitespace-nowrap tabular-nums">{t(`units.${row.figure.unit}`, { count: row.figure.units })}</td>
            <td className="p-2 text-stone-700">{t(`row.${row.key}.about`, withLabel(row))}</td>
          </tr>
        ))}
      </DataTable>
      {bars.length > 0 && (
        <figure className="rounded border border-stone-300 bg-white p-3">
          <div aria-hidden="true">
            <ValueBarChart data={bars} domain={coefficientDomain(bars)} valueFormat="coefficient" />
          </div>
          <figcaption className="mt-2 text-xs text-stone-700">{t('barsCaption')}</figcaption>
        </figure>
      )}
    </section>
  );
}
