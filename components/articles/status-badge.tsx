import clsx from 'clsx';
import { ARTICLE_STATUSES, type ArticleStatus } from '@/lib/vocabulary';

const STATUS_NAME: Record<ArticleStatus, string> = { open: 'Open', in_review: 'In review', published: 'Published' };

const STATUS_CLASS: Record<ArticleStatus, string> = {
  open: 'bg-sky-100 text-sky-900',
  in_review: 'bg-amber-100 text-amber-900',
  published: 'bg-green-100 text-green-900',
};

export function StatusBadge({ status }: { status: ArticleStatus }) {
  return <span className={clsx('inline-block rounded px-2 py-0.5 text-xs font-medium', STATUS_CLASS[status])}>{STATUS_NAME[status]}</span>;
}

/** [status, name] in the vocabulary's order, for filter menus. */
export const STATUS_OPTIONS = ARTICLE_STATUSES.map((status): [ArticleStatus, string] => [status, STATUS_NAME[status]]);
