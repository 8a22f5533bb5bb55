// The article's reliability summary: what the passages add up to, each figure
// with the way it is computed beside it, and the formulas in words.
import { useTranslations } from '@/components/i18n/kept-translations';
import { DEFAULT_OVERLAP_RATIO } from '@/lib/consensus/group-passages';
import { LABELS, PASSAGE_STATES, type ReliabilitySummary } from '@/lib/consensus/types';
import { useFigureFormat, useFigureNote } from './figure-format';

type Row = { key: string; name: string; value: string; about: string };

type Props = {
  summary: ReliabilitySummary;
  /** Votes needed for "agreed", for the formulas. */
  quorum: number;
  /** Why alpha is not defined, when it is not. */
  alphaNote?: string;
};

export function ReliabilitySummaryPanel({ summary, quorum, alphaNote }: Props) {
  const t = useTranslations('consensus.summary');
  const tLabel = useTranslations('common.label');
  const tState = useTranslations('consensus.state');
  const figures = useFigureFormat();
  const noteText = useFigureNote();
  const rows: Row[] = [
    { key: 'reviewers', name: t('reviewers.name'), value: figures.number(summary.reviewers), about: t('reviewers.about') },
    { key: 'passages', name: t('passages.name'), value: figures.number(summary.passages), about: t('passages.about') },
    ...LABELS.map((label) => ({
      key: `label-${label}`,
      name: t('byLabel.name', { label: tLabel(label) }),
      value: figures.number(summary.passagesByLabel[label]),
      about: t('byLabel.about', { label: tLabel(label) }),
    })),
    { key: 'no-majority', name: t('noMajority.name'), value: figures.number(summary.passagesWithoutMajority), about: t('noMajority.about') },
    ...PASSAGE_STATES.map((state) => ({
      key: `state-${state}`,
      name: t('byState', { state: tState(`name.${state}`) }),
      value: figures.number(summary.passagesByState[state]),
      about: tState(`hint.${state}`),
    })),
    ...LABELS.map((label) => ({
      key: `share-${label}`,
      name: t('share.name', { label: tLabel(label) }),
      value: t('share.value', { share: figures.percent(summary.shareByLabel[label]), chars: summary.charsByLabel[label], total: summary.textLength }),
      about: t('share.about', { label: tLabel(label) }),
    })),
    {
      key: 'unsupported-share',
      name: t('unsupportedShare.name'),
      value: figures.percent(summary.unsupportedShareOfClaims),
      about: summary.unsupportedShareOfClaims === null ? `${t('unsupportedShare.about')} ${t('unsupportedShare.notDefined')}` : t('unsupportedShare.about'),
    },
    {
      key: 'alpha',
      name: t('alpha.name'),
      value: figures.coefficient(summary.alpha),
      about: summary.alpha === null ? `${t('alpha.about')} ${alphaNote ? noteText(alphaNote) : t('alpha.notDefined')}` : t('alpha.about'),
    },
  ];
  const formula = [
    t('formula.passages', { percent: figures.number(Math.round(DEFAULT_OVERLAP_RATIO * 100)) }),
    t('formula.label'),
    t('formula.states', { quorum }),
    t('formula.characters'),
    t('formula.share', { length: summary.textLength }),
    t('formula.unsupported'),
    t('formula.agreement'),
  ].join(' ');
  return (
    <section aria-labelledby="summary-heading" className="space-y-3">
      <h2 id="summary-heading" className="text-xl font-semibold">{t('heading')}</h2>
      <table className="w-full border-collapse bg-white text-start text-sm shadow-sm">
        <caption className="sr-only">{t('caption')}</caption>
        <thead className="border-b border-stone-300 text-stone-700">
          <tr>
            <th scope="col" className="p-2">{t('column.figure')}</th>
            <th scope="col" className="p-2">{t('column.value')}</th>
            <th scope="col" className="p-2">{t('column.about')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} className="border-b border-stone-200 last:border-0 align-top">
              <th scope="row" className="p-2 font-medium">{row.name}</th>
              <td className="p-2 whitespace-nowrap tabular-nums">{row.value}</td>
              <td className="p-2 text-stone-700">{row.about}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="max-w-3xl whitespace-pre-line text-sm text-stone-800">
        {t.rich('formula.heading', { strong: (chunks) => <strong>{chunks}</strong> })} {formula}
      </p>
    </section>
  );
}
