import { NextResponse } from 'next/server';
import { publishArticle } from '@/lib/server/data/articles/publish-article';
import { requireArticleActor } from '@/lib/server/guards';
import { route } from '@/lib/server/http/route';

type Context = { params: Promise<{ id: string }> };

export const POST = route<Context>(async (_request, { params }) => {
  const actor = await requireArticleActor('articles:publish', (await params).id);
  return NextResponse.json(await publishArticle(actor, (await params).id));
});
