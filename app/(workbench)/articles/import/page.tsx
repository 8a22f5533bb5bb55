import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ImportForm } from '@/components/articles/import-form';
import { projectsWith, requirePageActor } from '@/lib/server/guards';
import { currentProject, myProjects } from '@/lib/server/projects/current-project';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('articles.import');
  return { title: t('title') };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ImportPage({ searchParams }: Props) {
  const actor = await requirePageActor('articles:import', '/articles/import');
  const t = await getTranslations('articles.import');
  const [projects, chosen] = await Promise.all([myProjects(), searchParams.then(currentProject)]);
  const allowed = projectsWith(actor, 'articles:import');
  const targets = projects.filter((project) => allowed === null || allowed.includes(project.id)).map((project) => ({ id: project.id, name: project.name }));
  return (
    <>
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <p className="mt-2 max-w-2xl text-stone-700">{t('intro')}</p>
      {targets.length === 0 ? (
        <p className="mt-6 max-w-2xl rounded border border-stone-300 bg-white p-4 text-stone-800">
          {t('noProject')}
        </p>
      ) : (
        <ImportForm projects={targets} project={targets.find((project) => project.id === chosen?.id)?.id ?? (targets.length === 1 ? targets[0]!.id : '')} />
      )}
    </>
  );
}
