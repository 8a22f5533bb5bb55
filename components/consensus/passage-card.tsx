// One passage in the list: its quote and state, the computed consensus, the
// verdict if any; "Adjudicate" opens the reviewers' annotations and the verdict form.
import clsx from 'clsx';
import { useId, useState } from 'react';
import type { DawidSkeneSupport } from '@/lib/consensus/types';
import type { ConsensusPassageView, RatingOption } from '@/lib/views/consensus-views';
import { Button } from '../ui/button';
import { truncateText } from './format-figures';
import { PassageConsensus } from './passage-consensus';
import { STATE_NAME } from './passage-styles';
import { ReviewerAnnotations } from './reviewer-annotations';
import { StateBadge } from './state-badge';
import { VerdictForm } from './verdict-form';
import { VerdictSummary } from './verdict-summary';

type Props = {
  articleId: string;
  passage: ConsensusPassageView;
  reviewers: { id: string; name: string }[];
  ratingScale: RatingOption[];
  weighting: DawidSkeneSupport;
  selected: boolean;
  onShowInText(passageId: string): void;
};

const QUOTE_LENGTH = 240;

export function PassageCard({ articleId, passage, reviewers, ratingScale, weighting, selected, onShowInText }: Props) {
  const [expanded, setExpanded] = useState(false);
  const regionId = useId();
  const quote = truncateText(passage.exact, QUOTE_LENGTH);
  const truncated = quote !== passage.exact.replace(/\s+/g, ' ').trim();
  return (
    <article
      id={`passage-${passage.id}`}
      tabIndex={-1}
      aria-label={`${STATE_NAME[passage.displayState]}: ${truncateText(passage.exact, 80)}`}
      className={clsx('space-y-3 rounded border bg-white p-4 shadow-sm', selected ? 'border-stone-900 ring-2 ring-stone-900' : 'border-stone-300')}
    >
      <h3 className="text-base font-normal">
        <StateBadge state={passage.displayState} /> <span className="font-serif">“{quote}”</span>
      </h3>
      {truncated && (
        <details className="text-sm">
          <summary className="cursor-pointer text-blue-900 underline">Show the full passage</summary>
          <p className="mt-1 whitespace-pre-wrap font-serif">{passage.exact}</p>
        </details>
      )}
      <PassageConsensus passage={passage} weighting={weighting} />
      {passage.verdict && <VerdictSummary verdict={passage.verdict} />}
      <div className="flex flex-wrap items-center gap-4">
        <Button type="button" variant="secondary" aria-expanded={expanded} aria-controls={expanded ? regionId : undefined} onClick={() => setExpanded(!expanded)}>
          Adjudicate<span aria-hidden="true"> {expanded ? '▴' : '▾'}</span>
        </Button>
        <a href={`#heat-${passage.id}`} onClick={() => onShowInText(passage.id)} className="text-sm text-blue-900 underline">Show in text</a>
        <span className="text-xs text-stone-700">Characters {passage.start}–{passage.end}</span>
      </div>
      {expanded && (
        <div id={regionId} className="space-y-4 border-t border-stone-200 pt-4">
          <h4 className="font-semibold">Reviewers&apos; annotations</h4>
          <ReviewerAnnotations annotations={passage.annotations} reviewers={reviewers} />
          <h4 className="font-semibold">{passage.verdict ? 'Change the verdict' : 'Set the verdict'}</h4>
          <VerdictForm articleId={articleId} passage={passage} ratingScale={ratingScale} />
        </div>
      )}
    </article>
  );
}
