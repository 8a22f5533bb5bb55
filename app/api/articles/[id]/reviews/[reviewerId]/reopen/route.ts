import { NextResponse } from 'next/server';
import { reopenReview } from '@/lib/server/data/reviews/reopen-review';
import { requireArticleActor } from '@/lib/server/guards';
import { readJson, route } from '@/lib/server/http/route';
import { parseInput } from '@/lib/validation/parse-input';
import { ZReopenReview } from '@/lib/validation/reviews';

type Context = { params: Promise<{ id: string; reviewerId: string }> };

/** Takes a reviewer's submitted review back to drafting; body `{reason}` (required). */
export const POST = route<Context>(async (request, { params }) => {
  const actor = await requireArticleActor('reviews:reopen', (await params).id);
  const { reason } = parseInput(ZReopenReview, await readJson(request, 20_000));
  const { id, reviewerId } = await params;
  return NextResponse.json({ review: await reopenReview(actor, id, reviewerId, reason) });
});
