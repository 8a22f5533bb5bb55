// What the reviewers say about one passage: the majority label with its
// support, the confidence, the reliability-weighted label beside it, the votes.
import type { ConsensusPassageView } from '@/lib/views/consensus-views';
import { LABEL_NAME } from '../annotations/labels';
import { formatPercent, formatProbability, formatSupport } from './format-figures';
import { LabelBadge } from './label-badge';

export function PassageConsensus({ passage }: { passage: ConsensusPassageView }) {
  const marked = passage.votes.length;
  return (
    <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
      <dt className="font-medium text-stone-700">Majority label</dt>
      <dd>
        <LabelBadge label={passage.label} /> chosen by {formatSupport(passage.support, passage.reviewers)} reviewers
      </dd>
      <dt className="font-medium text-stone-700">Confidence</dt>
      <dd>
        {formatPercent(passage.confidence)} <span className="text-stone-700">of the {marked} who marked it chose {LABEL_NAME[passage.label]}</span>
      </dd>
      <dt className="font-medium text-stone-700">Reliability-weighted</dt>
      <dd>
        {passage.weighted ? (
          <>
            <LabelBadge label={passage.weighted.label} /> with probability {formatProbability(passage.weighted.probability)}
            {passage.weighted.label !== passage.label && <strong className="ml-1 text-red-900">— differs from the majority</strong>}
          </>
        ) : (
          'not computed'
        )}
      </dd>
      <dt className="font-medium text-stone-700">Votes</dt>
      <dd>
        {(['claim', 'opinion', 'unsupported'] as const).map((label) => `${LABEL_NAME[label]} ${passage.labelCounts[label]}`).join(' · ')}
      </dd>
      {passage.verdict && (
        <>
          <dt className="font-medium text-stone-700">Final label</dt>
          <dd><LabelBadge label={passage.finalLabel} /> (editor&apos;s verdict)</dd>
        </>
      )}
    </dl>
  );
}
