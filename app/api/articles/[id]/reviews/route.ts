import { NextResponse } from 'next/server';
import { listReviews } from '@/lib/server/data/reviews/list-reviews';
import { requireArticleActor } from '@/lib/server/guards';
import { route } from '@/lib/server/http/route';

type Context = { params: Promise<{ id: string }> };

/** Each reviewer's review of the article: status (drafting | submitted | reopened), submittedAt and history. Desk only. */
export const GET = route<Context>(async (_request, { params }) => {
  const actor = await requireArticleActor('consensus:read', (await params).id);
  return NextResponse.json({ reviews: await listReviews(actor, (await params).id) });
});
