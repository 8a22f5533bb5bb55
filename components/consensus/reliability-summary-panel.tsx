// The article's reliability summary: what the passages add up to, each figure
// with the way it is computed beside it.
import { LABELS, PASSAGE_STATES, type ReliabilitySummary } from '@/lib/consensus/types';
import { LABEL_NAME } from '../annotations/labels';
import { formatCoefficient, formatCount, formatPercent, NOT_DEFINED } from './format-figures';
import { STATE_HINT, STATE_NAME } from './passage-styles';

type Row = { name: string; value: string; about: string };

function summaryRows(summary: ReliabilitySummary, alphaNote?: string): Row[] {
  return [
    { name: 'Reviewers', value: String(summary.reviewers), about: 'Reviewers who submitted their review; only their annotations count.' },
    { name: 'Passages', value: String(summary.passages), about: "Reviewers' overlapping spans grouped into one passage each." },
    ...LABELS.map((label) => ({
      name: `${LABEL_NAME[label]} passages`,
      value: String(summary.passagesByLabel[label]),
      about: `Passages whose final label is ${LABEL_NAME[label]}: the editor's verdict where there is one, else the majority label.`,
    })),
    {
      name: 'Passages with no majority',
      value: String(summary.passagesWithoutMajority),
      about: "Labels tie for the most votes and no editor has decided yet: counted under no label, and their characters under no label's share.",
    },
    ...PASSAGE_STATES.map((state) => ({ name: `${STATE_NAME[state]} passages`, value: String(summary.passagesByState[state]), about: STATE_HINT[state] })),
    ...LABELS.map((label) => ({
      name: `Share of the text: ${LABEL_NAME[label]}`,
      value: `${formatPercent(summary.shareByLabel[label])} (${formatCount(summary.charsByLabel[label], 'character')} of ${summary.textLength.toLocaleString('en-GB')})`,
      about: `Characters inside ${LABEL_NAME[label]} passages ÷ all characters of the article; a character counts once, under its passage.`,
    })),
    {
      name: 'Unsupported share of claim-bearing text',
      value: formatPercent(summary.unsupportedShareOfClaims),
      about:
        'Unsupported characters ÷ (Claim + Unsupported characters): how much of what the article asserts as fact is left without support.' +
        (summary.unsupportedShareOfClaims === null ? ' Not defined: no text carries a claim or an unsupported assertion.' : ''),
    },
    {
      name: "Krippendorff's alpha (nominal)",
      value: formatCoefficient(summary.alpha),
      about:
        'Agreement on the labels over passages: 1 = perfect, 0 = no better than chance (see Agreement below).' +
        (summary.alpha === null ? ` ${alphaNote ?? `It is ${NOT_DEFINED} for these data.`}` : ''),
    },
  ];
}

export function ReliabilitySummaryPanel({ summary, alphaNote }: { summary: ReliabilitySummary; alphaNote?: string }) {
  return (
    <section aria-labelledby="summary-heading" className="space-y-3">
      <h2 id="summary-heading" className="text-xl font-semibold">Reliability summary</h2>
      <table className="w-full border-collapse bg-white text-start text-sm shadow-sm">
        <caption className="sr-only">Reliability summary of the article, with how each figure is computed</caption>
        <thead className="border-b border-stone-300 text-stone-700">
          <tr>
            <th scope="col" className="p-2">Figure</th>
            <th scope="col" className="p-2">Value</th>
            <th scope="col" className="p-2">How it is computed</th>
          </tr>
        </thead>
        <tbody>
          {summaryRows(summary, alphaNote).map((row) => (
            <tr key={row.name} className="border-b border-stone-200 last:border-0 align-top">
              <th scope="row" className="p-2 font-medium">{row.name}</th>
              <td className="p-2 whitespace-nowrap tabular-nums">{row.value}</td>
              <td className="p-2 text-stone-700">{row.about}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="max-w-3xl whitespace-pre-line text-sm text-stone-800">
        <strong>Formula:</strong> {summary.formula}
      </p>
    </section>
  );
}
