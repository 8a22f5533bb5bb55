import { NextResponse } from 'next/server';
import { updateArticleMetadata } from '@/lib/server/data/articles/update-article-metadata';
import { requireArticleActor } from '@/lib/server/guards';
import { readJson, route } from '@/lib/server/http/route';
import { ZArticleMetadata } from '@/lib/validation/sources';
import { parseInput } from '@/lib/validation/parse-input';

type Context = { params: Promise<{ id: string }> };

/** An editor corrects the article's source, byline, dates or canonical address; only the fields given change. */
export const PATCH = route<Context>(async (request, { params }) => {
  const { id } = await params;
  const actor = await requireArticleActor('articles:revise', id);
  const input = parseInput(ZArticleMetadata, await readJson(request, 10_000));
  return NextResponse.json({ article: await updateArticleMetadata(actor, id, input) });
});
