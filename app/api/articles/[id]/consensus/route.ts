import { NextResponse } from 'next/server';
import { getConsensus } from '@/lib/server/data/consensus/get-consensus';
import { requireArticleActor } from '@/lib/server/guards';
import { route } from '@/lib/server/http/route';

type Context = { params: Promise<{ id: string }> };

export const GET = route<Context>(async (_request, { params }) => {
  const actor = await requireArticleActor('consensus:read', (await params).id);
  return NextResponse.json(await getConsensus(actor, (await params).id), { headers: { 'Cache-Control': 'no-store' } });
});
