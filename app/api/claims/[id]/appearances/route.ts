import { NextResponse } from 'next/server';
import { linkAppearance } from '@/lib/server/data/claims/link-appearance';
import { authorizeForArticle, requireActor } from '@/lib/server/guards';
import { readJson, route } from '@/lib/server/http/route';
import { ZLinkAppearance } from '@/lib/validation/claims';
import { parseInput } from '@/lib/validation/parse-input';

type Context = { params: Promise<{ id: string }> };

/** Links a passage of an article to the claim; decided in the article's project (an editor there). */
export const POST = route<Context>(async (request, { params }) => {
  const signedIn = await requireActor('claims:write');
  const input = parseInput(ZLinkAppearance, await readJson(request, 10_000));
  const actor = await authorizeForArticle(signedIn, 'claims:write', input.articleId);
  return NextResponse.json({ appearance: await linkAppearance(actor, (await params).id, input) }, { status: 201 });
});
