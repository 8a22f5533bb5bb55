import { NextResponse } from 'next/server';
import { reopenArticle } from '@/lib/server/data/articles/reopen-article';
import { requireArticleActor } from '@/lib/server/guards';
import { readOptionalJson, route } from '@/lib/server/http/route';
import { parseInput } from '@/lib/validation/parse-input';
import { ZReopenArticle } from '@/lib/validation/verdicts';

type Context = { params: Promise<{ id: string }> };

export const POST = route<Context>(async (request, { params }) => {
  const actor = await requireArticleActor('articles:publish', (await params).id);
  const { reason } = parseInput(ZReopenArticle, await readOptionalJson(request, 10_000));
  return NextResponse.json(await reopenArticle(actor, (await params).id, reason));
});
