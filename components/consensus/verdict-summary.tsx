// An editor's verdict on a passage as it stands: label, rating, explanation, who and when.
import { useTranslations } from '@/components/i18n/kept-translations';
import type { VerdictView } from '@/lib/views/consensus-views';
import { RelativeTime } from '../ui/relative-time';
import { LabelBadge } from './label-badge';

export function VerdictSummary({ verdict }: { verdict: VerdictView }) {
  const t = useTranslations('consensus.verdictSummary');
  return (
    <div className="space-y-1 rounded border border-stone-300 bg-stone-50 p-3 text-sm">
      <h4 className="flex flex-wrap items-center gap-2 font-semibold">
        {t.rich('heading', { rating: verdict.ratingName, label: () => <LabelBadge label={verdict.label} /> })}
        {verdict.acceptedConsensus && <span className="rounded border border-stone-500 px-1.5 text-xs font-medium text-stone-800">{t('acceptedConsensus')}</span>}
      </h4>
      {verdict.explanation && <p className="whitespace-pre-wrap text-stone-900">{verdict.explanation}</p>}
      {verdict.claimant && (
        <p>
          <span className="font-medium">{t('claimant')}</span> {verdict.claimant}
        </p>
      )}
      {verdict.appearanceUrl && (
        <p className="truncate">
          <span className="font-medium">{t('appearanceUrl')}</span>{' '}
          <a href={verdict.appearanceUrl} target="_blank" rel="noopener noreferrer nofollow" className="text-blue-900 underline">{verdict.appearanceUrl}<span className="sr-only"> {t('newTab')}</span></a>
        </p>
      )}
      <p className="text-stone-700">
        {t.rich('by', { name: verdict.editor.name, time: () => <RelativeTime iso={verdict.updatedAt} /> })}
        {verdict.updatedAt !== verdict.createdAt && <> {t.rich('firstSet', { time: () => <RelativeTime iso={verdict.createdAt} /> })}</>}
      </p>
    </div>
  );
}
