import { NextResponse } from 'next/server';
import { createAnnotation } from '@/lib/server/data/annotations/create-annotation';
import { listAnnotations } from '@/lib/server/data/annotations/list-annotations';
import { requireArticleActor } from '@/lib/server/guards';
import { readJson, route } from '@/lib/server/http/route';
import { ZCreateAnnotation } from '@/lib/validation/annotations';
import { parseInput } from '@/lib/validation/parse-input';

type Context = { params: Promise<{ id: string }> };

export const GET = route<Context>(async (_request, { params }) => {
  const actor = await requireArticleActor('articles:read', (await params).id);
  return NextResponse.json({ annotations: await listAnnotations(actor, (await params).id) });
});

export const POST = route<Context>(async (request, { params }) => {
  const actor = await requireArticleActor('annotations:write', (await params).id);
  const input = parseInput(ZCreateAnnotation, await readJson(request, 200_000));
  const annotation = await createAnnotation(actor, (await params).id, input);
  return NextResponse.json({ annotation }, { status: 201, headers: { Location: `/api/annotations/${annotation.id}` } });
});
