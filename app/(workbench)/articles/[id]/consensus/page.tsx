import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { ConsensusWorkspace } from '@/components/consensus/consensus-workspace';
import { consensusTabOf } from '@/components/consensus/consensus-tab';
import { LiveAssignmentsPanel, LiveReviewsPanel, ReviewProgress } from '@/components/consensus/review-progress';
import { LiveUpdates } from '@/components/live/live-updates';
import { isAppError } from '@/lib/errors';
import { listAssignments } from '@/lib/server/data/assignments/list-assignments';
import { getConsensus } from '@/lib/server/data/consensus/get-consensus';
import { listReviews } from '@/lib/server/data/reviews/list-reviews';
import { authorize, requirePageArticleActor } from '@/lib/server/guards';

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

// Consensus is recomputed from the stored annotations on every request.
export const dynamic = 'force-dynamic';

const loadConsensus = cache(async (id: string) => {
  const actor = await requirePageArticleActor('consensus:read', id, `/articles/${id}/consensus`);
  try {
    // consensus:read and assignments:manage are both the desk's (POLICY); checked again, in the article's project.
    const desk = authorize(actor, 'assignments:manage');
    const [view, reviews, assignments] = await Promise.all([getConsensus(actor, id), listReviews(actor, id), listAssignments(desk, id)]);
    return { view, reviews, assignments };
  } catch (error) {
    if (isAppError(error) && error.code === 'not_found') notFound();
    throw error;
  }
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [{ view }, t] = await Promise.all([loadConsensus((await params).id), getTranslations('consensus')]);
  return { title: t('pageTitle', { title: view.article.title }) };
}

export default async function ConsensusPage({ params, searchParams }: Props) {
  const [{ view, reviews, assignments }, query] = await Promise.all([loadConsensus((await params).id), searchParams]);
  return (
    <ReviewProgress articleId={view.article.id} reviews={reviews} assignments={assignments}>
      <div className="space-y-10">
        <LiveUpdates article={view.article.id} presence submittedReviewers={view.reviewers.map((reviewer) => reviewer.id)} />
        <ConsensusWorkspace view={view} tab={consensusTabOf(query.view)} />
        <LiveReviewsPanel articleId={view.article.id} published={view.article.status === 'published'} />
        <LiveAssignmentsPanel articleId={view.article.id} />
      </div>
    </ReviewProgress>
  );
}
