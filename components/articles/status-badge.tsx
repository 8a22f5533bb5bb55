import clsx from 'clsx';
import { useTranslations } from 'next-intl';
import { ARTICLE_STATUSES, type ArticleStatus } from '@/lib/vocabulary';

const STATUS_CLASS: Record<ArticleStatus, string> = {
  open: 'bg-sky-100 text-sky-900',
  in_review: 'bg-amber-100 text-amber-900',
  published: 'bg-green-100 text-green-900',
};

/** The article's status, named in the interface language (common.articleStatus). */
export function StatusBadge({ status }: { status: ArticleStatus }) {
  const common = useTranslations('common');
  return <span className={clsx('inline-block rounded px-2 py-0.5 text-xs font-medium', STATUS_CLASS[status])}>{common(`articleStatus.${status}`)}</span>;
}

// English names for the filter menus not yet moved to the catalogue (exports, review queue). Issue 17:
// delete once nothing imports it; new code lists ARTICLE_STATUSES and names each with common.articleStatus.
const STATUS_NAME: Record<ArticleStatus, string> = { open: 'Open', in_review: 'In review', published: 'Published' };

/** @deprecated English names: list ARTICLE_STATUSES and name each with common.articleStatus.*. */
export const STATUS_OPTIONS = ARTICLE_STATUSES.map((status): [ArticleStatus, string] => [status, STATUS_NAME[status]]);
