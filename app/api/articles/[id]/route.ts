import { NextResponse } from 'next/server';
import { getArticle } from '@/lib/server/data/articles/get-article';
import { requireActor } from '@/lib/server/guards';
import { route } from '@/lib/server/http/route';

type Context = { params: Promise<{ id: string }> };

export const GET = route<Context>(async (_request, { params }) => {
  const actor = await requireActor('articles:read');
  return NextResponse.json({ article: await getArticle(actor, (await params).id) });
});
