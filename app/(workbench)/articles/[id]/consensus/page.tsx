import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { ConsensusWorkspace } from '@/components/consensus/consensus-workspace';
import { ReviewsPanel } from '@/components/consensus/reviews-panel';
import { isAppError } from '@/lib/errors';
import { getConsensus } from '@/lib/server/data/consensus/get-consensus';
import { listReviews } from '@/lib/server/data/reviews/list-reviews';
import { requirePageArticleActor } from '@/lib/server/guards';

type Props = { params: Promise<{ id: string }> };

// Consensus is recomputed from the stored annotations on every request.
export const dynamic = 'force-dynamic';

const loadConsensus = cache(async (id: string) => {
  const actor = await requirePageArticleActor('consensus:read', id, `/articles/${id}/consensus`);
  try {
    const [view, reviews] = await Promise.all([getConsensus(actor, id), listReviews(actor, id)]);
    return { view, reviews };
  } catch (error) {
    if (isAppError(error) && error.code === 'not_found') notFound();
    throw error;
  }
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { view } = await loadConsensus((await params).id);
  return { title: `Consensus: ${view.article.title}` };
}

export default async function ConsensusPage({ params }: Props) {
  const { view, reviews } = await loadConsensus((await params).id);
  return (
    <div className="space-y-10">
      <ConsensusWorkspace view={view} />
      <ReviewsPanel articleId={view.article.id} published={view.article.status === 'published'} reviews={reviews} />
    </div>
  );
}
