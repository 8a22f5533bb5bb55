import type { Metadata } from 'next';
import Link from 'next/link';
import { LiveUpdates } from '@/components/live/live-updates';
import { ReviewQueueFilters } from '@/components/review/review-queue-filters';
import { ReviewQueueTable } from '@/components/review/review-queue-table';
import { listReviewQueue } from '@/lib/server/data/consensus/list-review-queue';
import { requirePageActor } from '@/lib/server/guards';
import { currentProject, narrowedTo } from '@/lib/server/projects/current-project';
import { ZReviewQueueFilter } from '@/lib/validation/verdicts';

export const metadata: Metadata = { title: 'Review queue' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ReviewQueuePage({ searchParams }: Props) {
  const actor = await requirePageActor('consensus:read', '/review');
  const params = await searchParams;
  const filter = ZReviewQueueFilter.parse(params);
  const project = await currentProject(params);
  // An editor account may only review in the chosen project: the queue there is not theirs.
  const scoped = project ? narrowedTo(actor, 'consensus:read', project) : actor;
  const items = scoped ? await listReviewQueue(scoped, filter) : [];
  return (
    <>
      <h1 className="text-2xl font-bold">
        Review queue
        <span className="block text-base font-normal text-stone-700">{project ? <>in <Link href={`/projects/${project.id}`} className="text-blue-900 underline">{project.name}</Link></> : 'in all your projects'}</span>
      </h1>
      <p className="mt-1 text-sm text-stone-700">Articles that need an editor: unadjudicated disputes first, then reviews waiting since the last ruling, oldest first.</p>
      <LiveUpdates />
      <div className="mt-6"><ReviewQueueFilters {...filter} project={project?.id} /></div>
      {scoped ? (
        <ReviewQueueTable items={items} />
      ) : (
        <p className="mt-6 text-stone-700">You are a reviewer in {project?.name}, so its review queue is the desk&apos;s. Choose another project or all your projects.</p>
      )}
    </>
  );
}
