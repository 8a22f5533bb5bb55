// Every agreement coefficient as a table (the accessible source: value, its
// uncertainty, who and what it rests on, what it measures) and the defined ones as bars.
import type { AgreementMetrics, Figure } from '@/lib/consensus/types';
import { agreementRows, coefficientDomain, definedValues } from './agreement-rows';
import { formatCoefficient, formatCount, formatInterval, formatThresholdRisk } from './format-figures';
import { ValueBarChart } from './value-bar-chart';
import clsx from 'clsx';
import { type Column, DataTable, ROW_CLASS } from '../ui/data-table';

export function FigureValue({ figure }: { figure: Figure }) {
  if (figure.value === null || !Number.isFinite(figure.value)) {
    return (
      <>
        <span className="font-medium">not defined</span>
        {figure.note && <span className="block text-xs text-stone-700">{figure.note}</span>}
      </>
    );
  }
  return <span className="font-semibold tabular-nums">{formatCoefficient(figure.value)}</span>;
}

/** The interval and Krippendorff's q beside the value; the reason where there is none. */
export function FigureUncertainty({ figure, symbol }: { figure: Figure; symbol: string }) {
  if (figure.value === null || !Number.isFinite(figure.value)) return <span className="text-stone-700">not defined</span>;
  if (!figure.interval) {
    return (
      <>
        <span className="font-medium">no interval</span>
        {figure.intervalNote && <span className="block text-xs text-stone-700">{figure.intervalNote}</span>}
      </>
    );
  }
  const risk = formatThresholdRisk(figure, symbol);
  return (
    <>
      <span className="tabular-nums">{formatInterval(figure.interval)}</span>
      {risk && <span className="block text-xs tabular-nums text-stone-700">{risk}</span>}
    </>
  );
}

const FIGURE_COLUMNS: Column[] = [
  { label: 'Coefficient' },
  { label: 'Value' },
  { label: 'Uncertainty' },
  { label: 'Reviewers', numeric: true },
  { label: 'Units', numeric: true },
  { label: 'What it measures' },
];

export function AgreementFigures({ metrics }: { metrics: AgreementMetrics }) {
  const rows = agreementRows(metrics);
  const bars = definedValues(rows);
  return (
    <section aria-labelledby="agreement-figures-heading" className="space-y-3">
      <h3 id="agreement-figures-heading" className="text-lg font-semibold">Coefficients</h3>
      <p className="max-w-3xl text-sm text-stone-800">
        1 means perfect agreement, 0 agreement no better than chance, below 0 systematic disagreement. Krippendorff advises relying on data with α ≥ 0.800 and
        drawing only tentative conclusions from 0.667 to 0.800. Beside each value, its 95% interval and, for the alphas, the probability that the true value lies
        below those two minimums (the share of bootstrap resamples that do). A figure the data cannot define (one reviewer, nothing both marked, no variation)
        says so.
      </p>
      <DataTable caption="Agreement coefficients with their uncertainty and the reviewers and units behind each" columns={FIGURE_COLUMNS} compact>
          {rows.map((row) => (
            <tr key={row.id} className={clsx(ROW_CLASS, 'align-top')}>
              <th scope="row" className="p-2 font-medium">{row.figure.name}</th>
              <td className="p-2"><FigureValue figure={row.figure} /></td>
              <td className="p-2"><FigureUncertainty figure={row.figure} symbol={row.symbol} /></td>
              <td className="p-2 text-end tabular-nums">{row.figure.reviewers}</td>
              <td className="p-2 text-end whitespace-nowrap tabular-nums">{formatCount(row.figure.units, row.figure.unit)}</td>
              <td className="p-2 text-stone-700">{row.about}</td>
            </tr>
          ))}
        </DataTable>
      {bars.length > 0 && (
        <figure className="rounded border border-stone-300 bg-white p-3">
          <div aria-hidden="true">
            <ValueBarChart data={bars} domain={coefficientDomain(bars)} valueFormat="coefficient" />
          </div>
          <figcaption className="mt-2 text-xs text-stone-700">The defined coefficients of the table above as bars; figures the data cannot define are left out.</figcaption>
        </figure>
      )}
    </section>
  );
}
