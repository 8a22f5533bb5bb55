import clsx from 'clsx';
import { useTranslations } from '@/components/i18n/kept-translations';
import type { ArticleStatus } from '@/lib/vocabulary';

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
