import Link from 'next/link';
import type { ArticleListItem } from '@/lib/views/article-views';
import { RelativeTime } from '../ui/relative-time';
import { StatusBadge } from './status-badge';

export function ArticleTable({ articles }: { articles: ArticleListItem[] }) {
  if (articles.length === 0) return <p className="mt-6 text-stone-700">No articles match these filters.</p>;
  return (
    <table className="mt-6 w-full border-collapse bg-white text-left shadow-sm">
      <caption className="sr-only">Articles to check</caption>
      <thead className="border-b border-stone-300 text-sm text-stone-700">
        <tr>
          <th scope="col" className="p-3">Title</th>
          <th scope="col" className="p-3">Publisher</th>
          <th scope="col" className="p-3">Status</th>
          <th scope="col" className="p-3 text-right">Reviews submitted</th>
          <th scope="col" className="p-3">Last activity</th>
        </tr>
      </thead>
      <tbody>
        {articles.map((article) => (
          <tr key={article.id} className="border-b border-stone-200 last:border-0">
            <td className="p-3"><Link href={`/articles/${article.id}`} className="font-medium text-blue-900 hover:underline">{article.title}</Link></td>
            <td className="p-3 text-stone-700">{article.publisher ?? '—'}</td>
            <td className="p-3"><StatusBadge status={article.status} /></td>
            <td className="p-3 text-right tabular-nums">{article.submittedReviews}</td>
            <td className="p-3 text-stone-700"><RelativeTime iso={article.lastActivityAt} /></td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
