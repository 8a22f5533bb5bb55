import type { Metadata } from 'next';
import { ImportForm } from '@/components/articles/import-form';
import { projectsWith, requirePageActor } from '@/lib/server/guards';
import { currentProject, myProjects } from '@/lib/server/projects/current-project';

export const metadata: Metadata = { title: 'Import an article' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ImportPage({ searchParams }: Props) {
  const actor = await requirePageActor('articles:import', '/articles/import');
  const [projects, chosen] = await Promise.all([myProjects(), searchParams.then(currentProject)]);
  const allowed = projectsWith(actor, 'articles:import');
  const targets = projects.filter((project) => allowed === null || allowed.includes(project.id)).map((project) => ({ id: project.id, name: project.name }));
  return (
    <>
      <h1 className="text-2xl font-bold">Import an article</h1>
      <p className="mt-2 max-w-2xl text-stone-700">
        Paste the text or HTML, upload a .txt or .html file, or give the article&apos;s address. HTML is cleaned on the server: scripts, styles, forms
        and tracking are removed and only headings, paragraphs, lists, quotes, emphasis and links are kept.
      </p>
      {targets.length === 0 ? (
        <p className="mt-6 max-w-2xl rounded border border-stone-300 bg-white p-4 text-stone-800">
          You are not an editor of any project, so there is nowhere to import to. Ask an admin to add you to one.
        </p>
      ) : (
        <ImportForm projects={targets} project={targets.find((project) => project.id === chosen?.id)?.id ?? (targets.length === 1 ? targets[0]!.id : '')} />
      )}
    </>
  );
}
