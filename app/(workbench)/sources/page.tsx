import type { Metadata } from 'next';
import Link from 'next/link';
import { type Column, DataTable, ROW_CLASS } from '@/components/ui/data-table';
import { listSources } from '@/lib/server/data/sources/list-sources';
import { requirePageActor } from '@/lib/server/guards';

export const metadata: Metadata = { title: 'Sources' };

const COLUMNS: Column[] = [{ label: 'Source' }, { label: 'Domains' }, { label: 'Articles', numeric: true }];

/** The desk's outlets; each one's count is of the articles in the caller's projects. */
export default async function SourcesPage() {
  const actor = await requirePageActor('articles:read', '/sources');
  const sources = await listSources(actor);
  return (
    <>
      <h1 className="text-2xl font-bold">Sources</h1>
      <p className="mt-2 max-w-3xl text-stone-700">The outlets the desk&apos;s articles come from. Article counts are of the projects you work in.</p>
      {sources.length === 0 ? (
        <p className="mt-6 text-stone-700">No sources yet: importing a page from an outlet adds it.</p>
      ) : (
        <DataTable caption="Sources" columns={COLUMNS} className="mt-6">
          {sources.map((source) => (
            <tr key={source.id} className={ROW_CLASS}>
              <td className="p-3"><Link href={`/sources/${source.id}`} className="font-medium text-blue-900 hover:underline">{source.name}</Link></td>
              <td className="p-3 text-stone-700">{source.domains.join(', ') || '—'}</td>
              <td className="p-3 text-right tabular-nums">{source.articles}</td>
            </tr>
          ))}
        </DataTable>
      )}
    </>
  );
}
