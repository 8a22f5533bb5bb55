import type { Metadata } from 'next';
import { BulkExportForm } from '@/components/exports/bulk-export-form';
import { listPublishers } from '@/lib/server/data/exports/list-publishers';
import { projectsWith, requirePageActor } from '@/lib/server/guards';
import { currentProject, myProjects } from '@/lib/server/projects/current-project';

export const metadata: Metadata = { title: 'Exports' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ExportsPage({ searchParams }: Props) {
  const actor = await requirePageActor('exports:read', '/exports');
  const [publishers, projects, chosen] = await Promise.all([listPublishers(actor), myProjects(), searchParams.then(currentProject)]);
  const exportable = projectsWith(actor, 'exports:read');
  const choices = projects.filter((project) => exportable === null || exportable.includes(project.id)).map((project) => ({ id: project.id, name: project.name }));
  return (
    <>
      <h1 className="text-2xl font-bold">Exports</h1>
      <p className="mt-2 max-w-3xl text-stone-700">
        Export the desk&apos;s work for a period, a status, a label or a publisher. The file is streamed from the database in batches, so a year of work exports as
        easily as a day. Systems can fetch the same exports with an API token: <code className="rounded bg-stone-100 px-1">GET /api/exports?format=…</code> (see{' '}
        <a href="/api/openapi.json" className="text-blue-900 underline">the API description</a>).
      </p>
      <BulkExportForm publishers={publishers} projects={choices} project={choices.find((project) => project.id === chosen?.id)?.id ?? ''} />
    </>
  );
}
