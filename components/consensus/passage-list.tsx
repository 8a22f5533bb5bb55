// The passages in the editor's order of work: disputed without a verdict,
// adjudicated (with a verdict), single, agreed; each group in text order.
import type { DawidSkeneSupport } from '@/lib/consensus/types';
import type { ConsensusPassageView, RatingOption } from '@/lib/views/consensus-views';
import { formatCount } from './format-figures';
import { PassageCard } from './passage-card';
import { disputeRank, sortPassagesByDispute } from './sort-passages';

type Props = {
  articleId: string;
  passages: ConsensusPassageView[];
  reviewers: { id: string; name: string }[];
  ratingScale: RatingOption[];
  weighting: DawidSkeneSupport;
  selectedId: string | null;
  onShowInText(passageId: string): void;
};

const GROUP_NAMES = ['disputed without a verdict', 'adjudicated', 'single', 'agreed'];

export function PassageList({ articleId, passages, reviewers, ratingScale, weighting, selectedId, onShowInText }: Props) {
  const sorted = sortPassagesByDispute(passages);
  const counts = GROUP_NAMES.map((_, rank) => sorted.filter((passage) => disputeRank(passage) === rank).length);
  return (
    <section aria-labelledby="passages-heading" className="space-y-3">
      <h2 id="passages-heading" className="text-xl font-semibold">Passages</h2>
      {sorted.length === 0 ? (
        <p className="text-stone-700">No passages yet: no submitted reviewer has marked any text.</p>
      ) : (
        <>
          <p className="text-sm text-stone-800">
            {formatCount(sorted.length, 'passage')}: {GROUP_NAMES.map((name, rank) => `${counts[rank]} ${name}`).join(', ')}. Listed in that order, each group in text
            order.
          </p>
          <ol className="space-y-4">
            {sorted.map((passage) => (
              <li key={passage.id}>
                <PassageCard
                  articleId={articleId}
                  passage={passage}
                  reviewers={reviewers}
                  ratingScale={ratingScale}
                  weighting={weighting}
                  selected={passage.id === selectedId}
                  onShowInText={onShowInText}
                />
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
