import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { LiveUpdates } from '@/components/live/live-updates';
import { ReviewQueueFilters } from '@/components/review/review-queue-filters';
import { ReviewQueueTable } from '@/components/review/review-queue-table';
import { listReviewQueue } from '@/lib/server/data/consensus/list-review-queue';
import { requirePageActor } from '@/lib/server/guards';
import { currentProject, narrowedTo } from '@/lib/server/projects/current-project';
import { ZReviewQueueFilter } from '@/lib/validation/verdicts';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('review');
  return { title: t('title') };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ReviewQueuePage({ searchParams }: Props) {
  const actor = await requirePageActor('consensus:read', '/review');
  const [params, t] = await Promise.all([searchParams, getTranslations('review')]);
  const filter = ZReviewQueueFilter.parse(params);
  const project = await currentProject(params);
  // An editor account may only review in the chosen project: the queue there is not theirs.
  const scoped = project ? narrowedTo(actor, 'consensus:read', project) : actor;
  const items = scoped ? await listReviewQueue(scoped, filter) : [];
  return (
    <>
      <h1 className="text-2xl font-bold">
        {t('title')}
        <span className="block text-base font-normal text-stone-700">
          {project
            ? t.rich('inProject', { project: project.name, link: (chunks) => <Link href={`/projects/${project.id}`} className="text-blue-900 underline">{chunks}</Link> })
            : t('inAllProjects')}
        </span>
      </h1>
      <p className="mt-1 text-sm text-stone-700">{t('intro')}</p>
      <LiveUpdates />
      <div className="mt-6"><ReviewQueueFilters {...filter} project={project?.id} /></div>
      {scoped ? (
        <ReviewQueueTable items={items} />
      ) : (
        <p className="mt-6 text-stone-700">{t('notYourQueue', { project: project?.name ?? '' })}</p>
      )}
    </>
  );
}
