import type { Metadata } from 'next';
import { ReviewQueueFilters } from '@/components/review/review-queue-filters';
import { ReviewQueueTable } from '@/components/review/review-queue-table';
import { listReviewQueue } from '@/lib/server/data/consensus/list-review-queue';
import { requirePageActor } from '@/lib/server/guards';
import { ZReviewQueueFilter } from '@/lib/validation/verdicts';

export const metadata: Metadata = { title: 'Review queue' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ReviewQueuePage({ searchParams }: Props) {
  const actor = await requirePageActor('consensus:read', '/review');
  const filter = ZReviewQueueFilter.parse(await searchParams);
  const items = await listReviewQueue(actor, filter);
  return (
    <>
      <h1 className="text-2xl font-bold">Review queue</h1>
      <p className="mt-1 text-sm text-stone-700">Articles that need an editor: unadjudicated disputes first, then reviews waiting since the last ruling, oldest first.</p>
      <div className="mt-6"><ReviewQueueFilters {...filter} /></div>
      <ReviewQueueTable items={items} />
    </>
  );
}
