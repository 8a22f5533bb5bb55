import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { StatusBadge } from '@/components/articles/status-badge';
import { type Column, DataTable, ROW_CLASS } from '@/components/ui/data-table';
import { isAppError } from '@/lib/errors';
import { getSource } from '@/lib/server/data/sources/get-source';
import { requirePageActor } from '@/lib/server/guards';

export const metadata: Metadata = { title: 'Source' };

const COLUMNS: Column[] = [{ label: 'Article' }, { label: 'Byline' }, { label: 'Published' }, { label: 'Status' }];

type Props = { params: Promise<{ id: string }> };

/** One outlet and its articles in the caller's projects (the reliability profile comes later). */
export default async function SourcePage({ params }: Props) {
  const { id } = await params;
  const actor = await requirePageActor('articles:read', `/sources/${id}`);
  const source = await getSource(actor, id).catch((error: unknown) => {
    if (isAppError(error) && error.code === 'not_found') notFound();
    throw error;
  });
  return (
    <>
      <p className="text-sm"><Link href="/sources" className="text-blue-900 underline">Sources</Link></p>
      <h1 className="mt-1 text-2xl font-bold">{source.name}</h1>
      <p className="mt-2 text-stone-700">
        {source.domains.length > 0 ? source.domains.join(', ') : 'No domain recorded'}
        {source.country ? ` · ${source.country}` : ''}
      </p>
      {source.notes && <p className="mt-2 max-w-3xl whitespace-pre-line text-stone-700">{source.notes}</p>}
      {source.articleList.length === 0 ? (
        <p className="mt-6 text-stone-700">No article from this source in your projects.</p>
      ) : (
        <DataTable caption={`Articles from ${source.name} in your projects`} columns={COLUMNS} className="mt-6">
          {source.articleList.map((article) => (
            <tr key={article.id} className={ROW_CLASS}>
              <td className="p-3"><Link href={`/articles/${article.id}`} className="font-medium text-blue-900 hover:underline">{article.title}</Link></td>
              <td className="p-3 text-stone-700">{article.byline ?? '—'}</td>
              <td className="p-3 tabular-nums">{article.publishedAt?.slice(0, 10) ?? '—'}</td>
              <td className="p-3"><StatusBadge status={article.status} /></td>
            </tr>
          ))}
        </DataTable>
      )}
    </>
  );
}
