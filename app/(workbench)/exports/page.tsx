import type { Metadata } from 'next';
import { BulkExportForm } from '@/components/exports/bulk-export-form';
import { listPublishers } from '@/lib/server/data/exports/list-publishers';
import { requirePageActor } from '@/lib/server/guards';

export const metadata: Metadata = { title: 'Exports' };

export default async function ExportsPage() {
  const actor = await requirePageActor('exports:read', '/exports');
  const publishers = await listPublishers(actor);
  return (
    <>
      <h1 className="text-2xl font-bold">Exports</h1>
      <p className="mt-2 max-w-3xl text-stone-700">
        Export the desk&apos;s work for a period, a status, a label or a publisher. The file is streamed from the database in batches, so a year of work exports as
        easily as a day. Systems can fetch the same exports with an API token: <code className="rounded bg-stone-100 px-1">GET /api/exports?format=…</code> (see{' '}
        <a href="/api/openapi.json" className="text-blue-900 underline">the API description</a>).
      </p>
      <BulkExportForm publishers={publishers} />
    </>
  );
}
