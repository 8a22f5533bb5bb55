import { useFormatter } from 'next-intl';
import { useTranslations } from '@/components/i18n/kept-translations';
import Link from 'next/link';
import type { ArticleListItem } from '@/lib/views/article-views';
import { type Column, DataTable, ROW_CLASS } from '../ui/data-table';
import { RelativeTime } from '../ui/relative-time';
import { StatusBadge } from './status-badge';

/** `showProject`: a Project column, when the list spans several projects. */
export function ArticleTable({ articles, showProject = false }: { articles: ArticleListItem[]; showProject?: boolean }) {
  const t = useTranslations('articles.table');
  const format = useFormatter();
  if (articles.length === 0) return <p className="mt-6 text-stone-700">{t('none')}</p>;
  const columns: Column[] = [
    { label: t('title') },
    ...(showProject ? [{ label: t('project') }] : []),
    { label: t('publisher') },
    { label: t('status') },
    { label: t('reviews'), numeric: true },
    { label: t('lastActivity') },
  ];
  return (
    <DataTable caption={t('caption')} columns={columns} className="mt-6">
        {articles.map((article) => (
          <tr key={article.id} className={ROW_CLASS}>
            <td className="p-3"><Link href={`/articles/${article.id}`} dir="auto" className="font-medium text-blue-900 hover:underline">{article.title}</Link></td>
            {showProject && <td className="p-3 text-stone-700"><bdi>{article.projectName}</bdi></td>}
            <td className="p-3 text-stone-700"><bdi>{article.publisher ?? '—'}</bdi></td>
            <td className="p-3"><StatusBadge status={article.status} /></td>
            <td className="p-3 text-end tabular-nums">{format.number(article.submittedReviews)}</td>
            <td className="p-3 text-stone-700"><RelativeTime iso={article.lastActivityAt} /></td>
          </tr>
        ))}
    </DataTable>
  );
}
