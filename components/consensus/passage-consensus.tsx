// What the reviewers say about one passage: the majority label with its
// support ("no majority" where labels tie for the most votes), the confidence,
// the reliability-weighted label beside it, the votes.
import { useTranslations } from '@/components/i18n/kept-translations';
import { LABELS, type DawidSkeneSupport, type Label } from '@/lib/consensus/types';
import type { ConsensusPassageView } from '@/lib/views/consensus-views';
import { useFigureFormat } from './figure-format';
import { ConsensusLabelBadge, LabelBadge } from './label-badge';

export function PassageConsensus({ passage, weighting }: { passage: ConsensusPassageView; weighting: DawidSkeneSupport }) {
  const t = useTranslations('consensus.passageConsensus');
  const tLabel = useTranslations('common.label');
  const figures = useFigureFormat();
  const marked = passage.votes.length;
  return (
    <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
      <dt className="font-medium text-stone-700">{t('majority')}</dt>
      <dd>
        <ConsensusLabelBadge label={passage.label} />{' '}
        {passage.label !== null
          ? t('chosenBy', { support: passage.support, reviewers: passage.reviewers })
          : t('tied', { labels: figures.list(tiedLabels(passage).map((label) => tLabel(label))), votes: passage.support })}
      </dd>
      <dt className="font-medium text-stone-700">{t('confidence')}</dt>
      <dd>
        {figures.percent(passage.confidence)}{' '}
        <span className="text-stone-700">
          {passage.label !== null ? t('confidenceOf', { marked, label: tLabel(passage.label) }) : t('confidenceTied', { marked })}
        </span>
      </dd>
      <dt className="font-medium text-stone-700">{t('weighted')}</dt>
      <dd>
        {passage.weighted ? (
          <>
            <LabelBadge label={passage.weighted.label} /> {t('withProbability', { probability: figures.estimatedProbability(passage.weighted.probability) })}{' '}
            <span className="text-stone-700">{t('estimatedFrom', { passages: weighting.passages })}</span>
            {passage.label !== null && passage.weighted.label !== passage.label && <strong className="ms-1 text-red-900">{t('differs')}</strong>}
          </>
        ) : weighting.computed ? (
          t('notComputed')
        ) : (
          t('notComputedNeeds', { passages: weighting.minPassages, reviewers: weighting.minReviewers })
        )}
      </dd>
      <dt className="font-medium text-stone-700">{t('votes')}</dt>
      <dd>{LABELS.map((label) => t('vote', { label: tLabel(label), count: passage.labelCounts[label] })).join(' · ')}</dd>
      {passage.verdict && (
        <>
          <dt className="font-medium text-stone-700">{t('final')}</dt>
          <dd>
            <LabelBadge label={passage.verdict.label} /> {t('editorsVerdict')}
          </dd>
        </>
      )}
    </dl>
  );
}

function tiedLabels(passage: Pick<ConsensusPassageView, 'labelCounts' | 'support'>): Label[] {
  return LABELS.filter((label) => passage.labelCounts[label] === passage.support);
}
