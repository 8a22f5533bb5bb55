import { NextResponse } from 'next/server';
import { reattachAnnotation } from '@/lib/server/data/annotations/reattach-annotation';
import { requireActor } from '@/lib/server/guards';
import { readJson, route } from '@/lib/server/http/route';
import { ZReattachAnnotation } from '@/lib/validation/annotations';
import { parseInput } from '@/lib/validation/parse-input';

type Context = { params: Promise<{ id: string }> };

export const POST = route<Context>(async (request, { params }) => {
  const actor = await requireActor('annotations:write');
  const input = parseInput(ZReattachAnnotation, await readJson(request, 200_000));
  return NextResponse.json({ annotation: await reattachAnnotation(actor, (await params).id, input) });
});
