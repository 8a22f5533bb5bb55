import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { BulkExportForm } from '@/components/exports/bulk-export-form';
import { listPublishers } from '@/lib/server/data/exports/list-publishers';
import { projectsWith, requirePageActor } from '@/lib/server/guards';
import { currentProject, myProjects } from '@/lib/server/projects/current-project';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('exports');
  return { title: t('title') };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ExportsPage({ searchParams }: Props) {
  const actor = await requirePageActor('exports:read', '/exports');
  const [publishers, projects, chosen, t] = await Promise.all([listPublishers(actor), myProjects(), searchParams.then(currentProject), getTranslations('exports')]);
  const exportable = projectsWith(actor, 'exports:read');
  const choices = projects.filter((project) => exportable === null || exportable.includes(project.id)).map((project) => ({ id: project.id, name: project.name }));
  return (
    <>
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <p className="mt-2 max-w-3xl text-stone-700">
        {t.rich('intro', {
          code: (chunks) => <code dir="ltr" className="rounded bg-stone-100 px-1">{chunks}</code>,
          link: (chunks) => <a href="/api/openapi.json" className="text-blue-900 underline">{chunks}</a>,
        })}
      </p>
      <BulkExportForm publishers={publishers} projects={choices} project={choices.find((project) => project.id === chosen?.id)?.id ?? ''} />
    </>
  );
}
