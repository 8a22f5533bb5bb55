// Every agreement figure in one reading order, with a short name for the chart
// and a line on what it measures and which publication it follows.
import { type AgreementMetrics, type Figure, LABELS } from '@/lib/consensus/types';
import { LABEL_NAME } from '../annotations/labels';

/** `symbol` names the coefficient in "P(α < 0.667)". */
export type AgreementRow = { id: string; shortName: string; symbol: string; figure: Figure; about: string };

export function agreementRows(metrics: AgreementMetrics): AgreementRow[] {
  return [
    {
      id: 'alpha-nominal',
      shortName: 'α nominal',
      symbol: 'α',
      figure: metrics.alphaNominal,
      about:
        "Krippendorff's alpha for nominal data (Krippendorff 2004; 2019) over passages: 1 − observed ÷ expected disagreement on the label. A reviewer who did not mark a passage counts as missing, not as a vote. Interval: Krippendorff’s bootstrap (Hayes & Krippendorff 2007), pairs of values drawn from the coincidence matrix.",
    },
    {
      id: 'fleiss-kappa',
      shortName: 'Fleiss κ',
      symbol: 'κ',
      figure: metrics.fleissKappa,
      about: "Fleiss' kappa (Fleiss 1971), the familiar companion: only the passages every submitted reviewer labelled, so it often rests on fewer units. Interval: those passages resampled.",
    },
    {
      id: 'u-alpha',
      shortName: 'u-α',
      symbol: 'u-α',
      figure: metrics.uAlpha,
      about:
        'Unitizing alpha (Krippendorff, Mathet, Bouvry & Widlöcher 2016; Krippendorff 2019): agreement on where along the text, character by character, reviewers marked stretches and with which label, unmarked gaps included. Interval: stretches of text resampled (each run of overlapping marks, and each unmarked stretch between), since neighbouring characters are one decision, not many.',
    },
    {
      id: 'cu-alpha',
      shortName: 'cu-α',
      symbol: 'cu-α',
      figure: metrics.cuAlpha,
      about: 'cu-alpha (Krippendorff et al. 2016; Krippendorff 2019): agreement on the labels where reviewers’ stretches overlap, given the boundaries they drew. Interval: as for u-α.',
    },
    ...LABELS.map((label) => ({
      id: `alpha-u-${label}`,
      shortName: `αu ${LABEL_NAME[label]}`,
      symbol: 'αu',
      figure: metrics.alphaUByLabel[label],
      about: `Krippendorff's alpha_u (Krippendorff 1995; 2004) for ${LABEL_NAME[label]} against everything else, over characters, as DKPro Agreement and INCEpTION report it.`,
    })),
  ];
}

/** The bars: only figures the data define. */
export function definedValues(rows: readonly AgreementRow[]): { name: string; value: number }[] {
  return rows.flatMap((row) => (row.figure.value !== null && Number.isFinite(row.figure.value) ? [{ name: row.shortName, value: row.figure.value }] : []));
}

/** The value axis: [-1, 1] when something is negative, else [0, 1]. */
export function coefficientDomain(values: readonly { value: number }[]): [number, number] {
  return values.some((item) => item.value < 0) ? [-1, 1] : [0, 1];
}
