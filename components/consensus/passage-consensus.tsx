// What the reviewers say about one passage: the majority label with its
// support ("no majority" where labels tie for the most votes), the confidence,
// the reliability-weighted label beside it, the votes.
import { LABELS, type DawidSkeneSupport, type Label } from '@/lib/consensus/types';
import type { ConsensusPassageView } from '@/lib/views/consensus-views';
import { LABEL_NAME } from '../annotations/labels';
import { formatCount, formatEstimatedProbability, formatPercent, formatSupport } from './format-figures';
import { ConsensusLabelBadge, LabelBadge } from './label-badge';

export function PassageConsensus({ passage, weighting }: { passage: ConsensusPassageView; weighting: DawidSkeneSupport }) {
  const marked = passage.votes.length;
  return (
    <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
      <dt className="font-medium text-stone-700">Majority label</dt>
      <dd>
        <ConsensusLabelBadge label={passage.label} />{' '}
        {passage.label !== null ? (
          <>chosen by {formatSupport(passage.support, passage.reviewers)} reviewers</>
        ) : (
          <>no majority: {tiedLabels(passage).map((label) => LABEL_NAME[label]).join(', ')} have {passage.support} vote{passage.support === 1 ? '' : 's'} each</>
        )}
      </dd>
      <dt className="font-medium text-stone-700">Confidence</dt>
      <dd>
        {formatPercent(passage.confidence)}{' '}
        <span className="text-stone-700">
          {passage.label !== null ? `of the ${marked} who marked it chose ${LABEL_NAME[passage.label]}` : `of the ${marked} who marked it chose each of the tied labels`}
        </span>
      </dd>
      <dt className="font-medium text-stone-700">Reliability-weighted</dt>
      <dd>
        {passage.weighted ? (
          <>
            <LabelBadge label={passage.weighted.label} /> with probability {formatEstimatedProbability(passage.weighted.probability)}{' '}
            <span className="text-stone-700">(estimated from {formatCount(weighting.passages, 'passage')} with two or more votes)</span>
            {passage.label !== null && passage.weighted.label !== passage.label && <strong className="ml-1 text-red-900">— differs from the majority</strong>}
          </>
        ) : weighting.computed ? (
          'not computed'
        ) : (
          `not computed: needs at least ${weighting.minPassages} passages with two or more votes and ${weighting.minReviewers} reviewers voting on them`
        )}
      </dd>
      <dt className="font-medium text-stone-700">Votes</dt>
      <dd>
        {LABELS.map((label) => `${LABEL_NAME[label]} ${passage.labelCounts[label]}`).join(' · ')}
      </dd>
      {passage.verdict && (
        <>
          <dt className="font-medium text-stone-700">Final label</dt>
          <dd><LabelBadge label={passage.verdict.label} /> (editor&apos;s verdict)</dd>
        </>
      )}
    </dl>
  );
}

function tiedLabels(passage: Pick<ConsensusPassageView, 'labelCounts' | 'support'>): Label[] {
  return LABELS.filter((label) => passage.labelCounts[label] === passage.support);
}
