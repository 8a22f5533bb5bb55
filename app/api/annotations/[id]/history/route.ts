import { NextResponse } from 'next/server';
import { listAnnotationHistory } from '@/lib/server/data/annotations/list-annotation-history';
import { requireActor } from '@/lib/server/guards';
import { route } from '@/lib/server/http/route';

type Context = { params: Promise<{ id: string }> };

export const GET = route<Context>(async (_request, { params }) => {
  const actor = await requireActor('articles:read');
  return NextResponse.json({ history: await listAnnotationHistory(actor, (await params).id) });
});
