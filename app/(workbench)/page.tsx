import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { ArticleFilters } from '@/components/articles/article-filters';
import { ArticleTable } from '@/components/articles/article-table';
import { WorkTable } from '@/components/assignments/work-table';
import { listMyWork } from '@/lib/server/data/assignments/list-my-work';
import { listArticles } from '@/lib/server/data/articles/list-articles';
import { can, requirePageActor } from '@/lib/server/guards';
import { currentProject, narrowedTo } from '@/lib/server/projects/current-project';
import { ZArticleFilter } from '@/lib/validation/articles';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('articles.dashboard');
  return { title: t('title') };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function DashboardPage({ searchParams }: Props) {
  const actor = await requirePageActor('articles:read', '/');
  const params = await searchParams;
  const filter = ZArticleFilter.parse(params);
  const project = await currentProject(params);
  // Every member may read their project's articles, so narrowing cannot be refused here.
  const [articles, work] = await Promise.all([listArticles((project && narrowedTo(actor, 'articles:read', project)) || actor, filter), listMyWork(actor)]);
  const open = work.filter((item) => item.status !== 'submitted');
  const t = await getTranslations('articles.dashboard');
  return (
    <>
      <div className="flex items-center justify-between">
        <h1 className="text-2xl font-bold">
          {t('title')}
          <span className="block text-base font-normal text-stone-700">
            {project
              ? t.rich('inProject', { project: project.name, link: (chunks) => <Link href={`/projects/${project.id}`} className="text-blue-900 underline">{chunks}</Link> })
              : t('inAllProjects')}
          </span>
        </h1>
        {can(actor, 'articles:import') && <Link href="/articles/import" className="rounded bg-stone-900 px-4 py-2 text-white">{t('import')}</Link>}
      </div>
      {open.length > 0 && (
        <section aria-labelledby="assignments-heading" className="mt-6 space-y-2">
          <h2 id="assignments-heading" className="text-lg font-semibold">{t('assignments')}</h2>
          <WorkTable items={open.slice(0, 3)} caption={t('assignmentsCaption')} />
          {open.length > 3 && <p><Link href="/work" className="text-blue-900 underline">{t('allWork', { count: open.length })}</Link></p>}
        </section>
      )}
      <div className="mt-6"><ArticleFilters q={filter.q} status={filter.status} project={project?.id} /></div>
      <ArticleTable articles={articles} showProject={!project} />
    </>
  );
}
