import { NextResponse } from 'next/server';
import { submitReview } from '@/lib/server/data/reviews/submit-review';
import { requireActor } from '@/lib/server/guards';
import { route } from '@/lib/server/http/route';

type Context = { params: Promise<{ id: string }> };

export const POST = route<Context>(async (_request, { params }) => {
  const actor = await requireActor('annotations:write');
  const submission = await submitReview(actor, (await params).id);
  return NextResponse.json({ submission }, { status: submission.alreadySubmitted ? 200 : 201 });
});
