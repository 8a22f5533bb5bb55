// The top of the consensus view: which article, who counts, and the rule that
// turns votes into passage states.
import { useTranslations } from '@/components/i18n/kept-translations';
import Link from 'next/link';
import type { ConsensusView } from '@/lib/views/consensus-views';
import { StatusBadge } from '../articles/status-badge';
import { ArticleDownloadMenu } from '../exports/article-download-menu';
import { RelativeTime } from '../ui/relative-time';
import { useFigureFormat } from './figure-format';

export function ConsensusHeader({ view }: { view: ConsensusView }) {
  const t = useTranslations('consensus.header');
  const figures = useFigureFormat();
  const { article, reviewers, pendingReviewers, quorum } = view;
  return (
    <header className="space-y-3">
      <p className="text-sm font-semibold uppercase tracking-wide text-stone-600">{t('eyebrow')}</p>
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-bold">
          <Link href={`/articles/${article.id}`} dir="auto" className="text-blue-900 hover:underline">{article.title}</Link>
        </h1>
        <StatusBadge status={article.status} />
        <span className="ms-auto"><ArticleDownloadMenu articleId={article.id} /></span>
      </div>
      <p className="text-sm text-stone-700">
        {t.rich('computed', { revision: article.revision, time: () => <RelativeTime iso={view.computedAt} /> })}
      </p>
      <p>
        <strong>{t('submitted', { count: reviewers.length })}</strong>
        {reviewers.length > 0 ? t('submittedNames', { names: figures.names(reviewers.map((reviewer) => reviewer.name)) }) : t('nothingYet')}
      </p>
      {pendingReviewers.length > 0 && <p className="text-stone-800">{t('pending', { names: figures.names(pendingReviewers.map((reviewer) => reviewer.name)) })}</p>}
      <p className="max-w-3xl text-sm text-stone-800">
        {t.rich('quorumRule', {
          quorum,
          submitted: reviewers.length,
          strong: (chunks) => <strong>{chunks}</strong>,
          em: (chunks) => <em>{chunks}</em>,
        })}
      </p>
    </header>
  );
}
