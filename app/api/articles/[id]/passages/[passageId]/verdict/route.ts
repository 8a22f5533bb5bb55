import { NextResponse } from 'next/server';
import { setVerdict } from '@/lib/server/data/verdicts/set-verdict';
import { requireArticleActor } from '@/lib/server/guards';
import { readJson, route } from '@/lib/server/http/route';
import { parseInput } from '@/lib/validation/parse-input';
import { ZPassageId, ZSetVerdict } from '@/lib/validation/verdicts';

type Context = { params: Promise<{ id: string; passageId: string }> };

export const POST = route<Context>(async (request, { params }) => {
  const actor = await requireArticleActor('verdicts:write', (await params).id);
  const { id, passageId } = await params;
  const input = parseInput(ZSetVerdict, await readJson(request, 50_000));
  const verdict = await setVerdict(actor, id, parseInput(ZPassageId, passageId), input);
  return NextResponse.json({ verdict }, { status: verdict.version === 1 ? 201 : 200 });
});
