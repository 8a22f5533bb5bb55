// An editor's verdict on a passage as it stands: label, rating, explanation, who and when.
import type { VerdictView } from '@/lib/views/consensus-views';
import { RelativeTime } from '../ui/relative-time';
import { LabelBadge } from './label-badge';

export function VerdictSummary({ verdict }: { verdict: VerdictView }) {
  return (
    <div className="space-y-1 rounded border border-stone-300 bg-stone-50 p-3 text-sm">
      <h4 className="flex flex-wrap items-center gap-2 font-semibold">
        Verdict: <LabelBadge label={verdict.label} /> rated {verdict.ratingName}
        {verdict.acceptedConsensus && <span className="rounded border border-stone-500 px-1.5 text-xs font-medium text-stone-800">accepted consensus</span>}
      </h4>
      {verdict.explanation && <p className="whitespace-pre-wrap text-stone-900">{verdict.explanation}</p>}
      {verdict.claimant && <p><span className="font-medium">Claimant:</span> {verdict.claimant}</p>}
      {verdict.appearanceUrl && (
        <p className="truncate">
          <span className="font-medium">First appeared at:</span>{' '}
          <a href={verdict.appearanceUrl} target="_blank" rel="noopener noreferrer nofollow" className="text-blue-900 underline">{verdict.appearanceUrl}<span className="sr-only"> (opens in a new tab)</span></a>
        </p>
      )}
      <p className="text-stone-700">
        By {verdict.editor.name}, <RelativeTime iso={verdict.updatedAt} />
        {verdict.updatedAt !== verdict.createdAt && <> (first set <RelativeTime iso={verdict.createdAt} />)</>}
      </p>
    </div>
  );
}
