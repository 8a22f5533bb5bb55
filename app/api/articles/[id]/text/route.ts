import { NextResponse } from 'next/server';
import { reviseArticle } from '@/lib/server/articles/revise-article';
import { requireArticleActor } from '@/lib/server/guards';
import { readJson, route } from '@/lib/server/http/route';
import { ZReviseArticleText } from '@/lib/validation/annotations';
import { parseInput } from '@/lib/validation/parse-input';

type Context = { params: Promise<{ id: string }> };

/** A new revision of the article's text; answers the re-anchoring report {revision, kept, moved, orphaned}. */
export const PUT = route<Context>(async (request, { params }) => {
  const actor = await requireArticleActor('articles:revise', (await params).id);
  const input = parseInput(ZReviseArticleText, await readJson(request));
  return NextResponse.json({ report: await reviseArticle(actor, (await params).id, input) });
});
