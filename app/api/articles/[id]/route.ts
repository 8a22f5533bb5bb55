import { NextResponse } from 'next/server';
import { getArticle } from '@/lib/server/data/articles/get-article';
import { requireArticleActor } from '@/lib/server/guards';
import { route } from '@/lib/server/http/route';

type Context = { params: Promise<{ id: string }> };

export const GET = route<Context>(async (_request, { params }) => {
  const actor = await requireArticleActor('articles:read', (await params).id);
  return NextResponse.json({ article: await getArticle(actor, (await params).id) });
});
