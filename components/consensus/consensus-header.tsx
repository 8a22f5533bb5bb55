// The top of the consensus view: which article, who counts, and the rule that
// turns votes into passage states.
import Link from 'next/link';
import type { ConsensusView } from '@/lib/views/consensus-views';
import { StatusBadge } from '../articles/status-badge';
import { ArticleDownloadMenu } from '../exports/article-download-menu';
import { RelativeTime } from '../ui/relative-time';
import { formatCount, formatNames } from './format-figures';

export function ConsensusHeader({ view }: { view: ConsensusView }) {
  const { article, reviewers, pendingReviewers, quorum } = view;
  return (
    <header className="space-y-3">
      <p className="text-sm font-semibold uppercase tracking-wide text-stone-600">Consensus and adjudication</p>
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-bold">
          <Link href={`/articles/${article.id}`} dir="auto" className="text-blue-900 hover:underline">{article.title}</Link>
        </h1>
        <StatusBadge status={article.status} />
        <span className="ml-auto"><ArticleDownloadMenu articleId={article.id} /></span>
      </div>
      <p className="text-sm text-stone-700">
        Revision {article.revision} · figures computed <RelativeTime iso={view.computedAt} />
      </p>
      <p>
        <strong>{formatCount(reviewers.length, 'reviewer')} submitted</strong>
        {reviewers.length > 0 ? `: ${formatNames(reviewers.map((reviewer) => reviewer.name))}.` : ' — there is nothing to agree on yet.'}
      </p>
      {pendingReviewers.length > 0 && (
        <p className="text-stone-800">
          Not counted until they submit their review: {formatNames(pendingReviewers.map((reviewer) => reviewer.name))}.
        </p>
      )}
      <p className="max-w-3xl text-sm text-stone-800">
        <strong>Quorum rule:</strong> a passage is <em>agreed</em> when at least {formatCount(quorum, 'reviewer')} of the {reviewers.length} who submitted give it the
        same label, <em>disputed</em> when two or more reviewers marked it but no label reached {quorum}, and <em>single</em> when only one reviewer marked it. An
        editor&apos;s verdict overrides the computed consensus.
      </p>
    </header>
  );
}
