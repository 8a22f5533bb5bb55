import { NextResponse } from 'next/server';
import { getArticleSignals } from '@/lib/server/data/signals/get-article-signals';
import { saveSignalAnswers } from '@/lib/server/data/signals/save-signal-answers';
import { requireArticleActor } from '@/lib/server/guards';
import { readJson, route } from '@/lib/server/http/route';
import { ZSignalAnswers } from '@/lib/validation/signals';
import { parseInput } from '@/lib/validation/parse-input';

type Context = { params: Promise<{ id: string }> };

export const GET = route<Context>(async (_request, { params }) => {
  const actor = await requireArticleActor('articles:read', (await params).id);
  return NextResponse.json(await getArticleSignals(actor, (await params).id), { headers: { 'Cache-Control': 'no-store' } });
});

export const PUT = route<Context>(async (request, { params }) => {
  const actor = await requireArticleActor('annotations:write', (await params).id);
  const input = parseInput(ZSignalAnswers, await readJson(request, 20_000));
  return NextResponse.json({ answers: await saveSignalAnswers(actor, (await params).id, input) });
});
