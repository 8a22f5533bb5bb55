import { NextResponse } from 'next/server';
import { listReviewQueue } from '@/lib/server/data/consensus/list-review-queue';
import { narrowToProject, requireActor } from '@/lib/server/guards';
import { route } from '@/lib/server/http/route';
import { ZReviewQueueFilter } from '@/lib/validation/verdicts';

export const GET = route(async (request) => {
  const actor = await requireActor('consensus:read');
  const filter = ZReviewQueueFilter.parse(Object.fromEntries(new URL(request.url).searchParams));
  return NextResponse.json({ articles: await listReviewQueue(await narrowToProject(actor, 'consensus:read', filter.project), filter) });
});
