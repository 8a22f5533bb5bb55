import { NextResponse } from 'next/server';
import { suggestClaims } from '@/lib/server/data/claims/suggest-claims';
import { requireArticleActor } from '@/lib/server/guards';
import { route } from '@/lib/server/http/route';
import { ZSuggestionQuery } from '@/lib/validation/claims';
import { parseInput } from '@/lib/validation/parse-input';

type Context = { params: Promise<{ id: string }> };

/** The claims the passage [start, end) of the article most likely states (at most 5, score in [0, 1]). */
export const GET = route<Context>(async (request, { params }) => {
  const { id } = await params;
  const actor = await requireArticleActor('claims:write', id);
  const span = parseInput(ZSuggestionQuery, Object.fromEntries(new URL(request.url).searchParams));
  return NextResponse.json({ suggestions: await suggestClaims(actor, id, span) });
});
