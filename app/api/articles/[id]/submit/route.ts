import { NextResponse } from 'next/server';
import { submitReview } from '@/lib/server/data/reviews/submit-review';
import { requireArticleActor } from '@/lib/server/guards';
import { readOptionalJson, route } from '@/lib/server/http/route';
import { parseInput } from '@/lib/validation/parse-input';
import { ZSubmitReview } from '@/lib/validation/reviews';

type Context = { params: Promise<{ id: string }> };

/** Submits the caller's review; body `{empty: true}` (optional) confirms a review with no annotation. */
export const POST = route<Context>(async (request, { params }) => {
  const actor = await requireArticleActor('annotations:write', (await params).id);
  const input = parseInput(ZSubmitReview, await readOptionalJson(request, 1_000));
  const submission = await submitReview(actor, (await params).id, input);
  return NextResponse.json({ submission }, { status: submission.alreadySubmitted ? 200 : 201 });
});
