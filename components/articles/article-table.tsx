import Link from 'next/link';
import type { ArticleListItem } from '@/lib/views/article-views';
import { type Column, DataTable, ROW_CLASS } from '../ui/data-table';
import { RelativeTime } from '../ui/relative-time';
import { StatusBadge } from './status-badge';

const COLUMNS: Column[] = [{ label: 'Title' }, { label: 'Publisher' }, { label: 'Status' }, { label: 'Reviews submitted', numeric: true }, { label: 'Last activity' }];
const WITH_PROJECT: Column[] = [COLUMNS[0]!, { label: 'Project' }, ...COLUMNS.slice(1)];

/** `showProject`: a Project column, when the list spans several projects. */
export function ArticleTable({ articles, showProject = false }: { articles: ArticleListItem[]; showProject?: boolean }) {
  if (articles.length === 0) return <p className="mt-6 text-stone-700">No articles match these filters.</p>;
  return (
    <DataTable caption="Articles to check" columns={showProject ? WITH_PROJECT : COLUMNS} className="mt-6">
        {articles.map((article) => (
          <tr key={article.id} className={ROW_CLASS}>
            <td className="p-3"><Link href={`/articles/${article.id}`} dir="auto" className="font-medium text-blue-900 hover:underline">{article.title}</Link></td>
            {showProject && <td className="p-3 text-stone-700">{article.projectName}</td>}
            <td className="p-3 text-stone-700">{article.publisher ?? '—'}</td>
            <td className="p-3"><StatusBadge status={article.status} /></td>
            <td className="p-3 text-end tabular-nums">{article.submittedReviews}</td>
            <td className="p-3 text-stone-700"><RelativeTime iso={article.lastActivityAt} /></td>
          </tr>
        ))}
    </DataTable>
  );
}
