// Every agreement figure in one reading order, each with the key of its short
// name (for the chart) and of the line on what it measures and which
// publication it follows (consensus.agreement.row.<key>); alpha_u's rows name their label.
import { type AgreementMetrics, type Figure, type Label, LABELS } from '@/lib/consensus/types';

export type AgreementRowKey = 'alphaNominal' | 'fleissKappa' | 'uAlpha' | 'cuAlpha' | 'alphaU';

/** `symbol` names the coefficient in "P(α < 0.667)"; `label` is set on the alpha_u rows. */
export type AgreementRow = { id: string; key: AgreementRowKey; symbol: string; figure: Figure; label?: Label };

export function agreementRows(metrics: AgreementMetrics): AgreementRow[] {
  return [
    { id: 'alpha-nominal', key: 'alphaNominal', symbol: 'α', figure: metrics.alphaNominal },
    { id: 'fleiss-kappa', key: 'fleissKappa', symbol: 'κ', figure: metrics.fleissKappa },
    { id: 'u-alpha', key: 'uAlpha', symbol: 'u-α', figure: metrics.uAlpha },
    { id: 'cu-alpha', key: 'cuAlpha', symbol: 'cu-α', figure: metrics.cuAlpha },
    ...LABELS.map((label) => ({ id: `alpha-u-${label}`, key: 'alphaU' as const, symbol: 'αu', figure: metrics.alphaUByLabel[label], label })),
  ];
}

/** The bars: only figures the data define, each named by `nameOf`. */
export function definedValues(rows: readonly AgreementRow[], nameOf: (row: AgreementRow) => string): { name: string; value: number }[] {
  return rows.flatMap((row) => (row.figure.value !== null && Number.isFinite(row.figure.value) ? [{ name: nameOf(row), value: row.figure.value }] : []));
}

/** The value axis: [-1, 1] when something is negative, else [0, 1]. */
export function coefficientDomain(values: readonly { value: number }[]): [number, number] {
  return values.some((item) => item.value < 0) ? [-1, 1] : [0, 1];
}
