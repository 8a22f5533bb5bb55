import type { Metadata } from 'next';
import { getFormatter, getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { CreateProjectForm } from '@/components/projects/create-project-form';
import { type Column, DataTable, ROW_CLASS } from '@/components/ui/data-table';
import { can, requirePageActor } from '@/lib/server/guards';
import { myProjects } from '@/lib/server/projects/current-project';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('projects');
  return { title: t('title') };
}

export default async function ProjectsPage() {
  const actor = await requirePageActor('articles:read', '/projects');
  const [projects, t, format] = await Promise.all([myProjects(), getTranslations('projects'), getFormatter()]);
  const columns: Column[] = [
    { label: t('list.column.project') },
    { label: t('list.column.yourRole') },
    { label: t('list.column.articles'), numeric: true },
    { label: t('list.column.members'), numeric: true },
    { label: t('list.column.guidelines') },
  ];
  return (
    <>
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <p className="mt-2 max-w-3xl text-stone-700">{actor.role === 'admin' ? t('list.introAdmin') : t('list.intro')}</p>
      {projects.length === 0 ? (
        <p className="mt-6 text-stone-700">{t('list.none')}</p>
      ) : (
        <DataTable caption={t('list.caption')} columns={columns} className="mt-6">
          {projects.map((project) => (
            <tr key={project.id} className={ROW_CLASS}>
              <td className="p-3">
                <Link href={`/projects/${project.id}`} className="font-medium text-blue-900 hover:underline">{project.name}</Link>
                {project.description && <span className="block text-sm text-stone-700">{project.description}</span>}
              </td>
              <td className="p-3">{t(`list.role.${project.role}`)}</td>
              <td className="p-3 text-end tabular-nums">{format.number(project.articleCount)}</td>
              <td className="p-3 text-end tabular-nums">{format.number(project.memberCount)}</td>
              <td className="p-3 text-stone-700">{project.guidelinesVersion > 0 ? t('list.guidelinesVersion', { version: project.guidelinesVersion }) : t('list.guidelinesNone')}</td>
            </tr>
          ))}
        </DataTable>
      )}
      {can(actor, 'projects:create') && (
        <section aria-labelledby="new-project-heading" className="mt-10 max-w-3xl">
          <h2 id="new-project-heading" className="text-lg font-semibold">{t('list.newProject')}</h2>
          <CreateProjectForm />
        </section>
      )}
    </>
  );
}
