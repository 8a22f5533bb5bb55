import type { Metadata } from 'next';
import Link from 'next/link';
import { CreateProjectForm } from '@/components/projects/create-project-form';
import { type Column, DataTable, ROW_CLASS } from '@/components/ui/data-table';
import { can, requirePageActor } from '@/lib/server/guards';
import { myProjects } from '@/lib/server/projects/current-project';

export const metadata: Metadata = { title: 'Projects' };

const COLUMNS: Column[] = [
  { label: 'Project' },
  { label: 'Your role' },
  { label: 'Articles', numeric: true },
  { label: 'Members', numeric: true },
  { label: 'Guidelines' },
];

const ROLE_NAME = { reviewer: 'Reviewer', editor: 'Editor', admin: 'Admin (every project)' } as const;

export default async function ProjectsPage() {
  const actor = await requirePageActor('articles:read', '/projects');
  const projects = await myProjects();
  return (
    <>
      <h1 className="text-2xl font-bold">Projects</h1>
      <p className="mt-2 max-w-3xl text-stone-700">
        Each investigation is a project: its articles, its members and the guidelines its reviewers work under. You see the projects you belong to
        {actor.role === 'admin' ? ' (as an admin, every project)' : ''}.
      </p>
      {projects.length === 0 ? (
        <p className="mt-6 text-stone-700">You are not a member of any project yet. Ask an editor or an admin to add you to one.</p>
      ) : (
        <DataTable caption="Your projects" columns={COLUMNS} className="mt-6">
          {projects.map((project) => (
            <tr key={project.id} className={ROW_CLASS}>
              <td className="p-3">
                <Link href={`/projects/${project.id}`} className="font-medium text-blue-900 hover:underline">{project.name}</Link>
                {project.description && <span className="block text-sm text-stone-700">{project.description}</span>}
              </td>
              <td className="p-3">{ROLE_NAME[project.role]}</td>
              <td className="p-3 text-end tabular-nums">{project.articleCount}</td>
              <td className="p-3 text-end tabular-nums">{project.memberCount}</td>
              <td className="p-3 text-stone-700">{project.guidelinesVersion > 0 ? `Version ${project.guidelinesVersion}` : 'None yet'}</td>
            </tr>
          ))}
        </DataTable>
      )}
      {can(actor, 'projects:create') && (
        <section aria-labelledby="new-project-heading" className="mt-10 max-w-3xl">
          <h2 id="new-project-heading" className="text-lg font-semibold">New project</h2>
          <CreateProjectForm />
        </section>
      )}
    </>
  );
}
