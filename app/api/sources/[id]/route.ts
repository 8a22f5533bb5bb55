import { NextResponse } from 'next/server';
import { getSource } from '@/lib/server/data/sources/get-source';
import { updateSource } from '@/lib/server/data/sources/update-source';
import { requireActor } from '@/lib/server/guards';
import { readJson, route } from '@/lib/server/http/route';
import { ZUpdateSource } from '@/lib/validation/sources';
import { parseInput } from '@/lib/validation/parse-input';

type Context = { params: Promise<{ id: string }> };

/** The outlet and its articles in the caller's projects (another project's are neither listed nor counted). */
export const GET = route<Context>(async (_request, { params }) => {
  const actor = await requireActor('articles:read');
  return NextResponse.json({ source: await getSource(actor, (await params).id) });
});

export const PATCH = route<Context>(async (request, { params }) => {
  const { id } = await params;
  const actor = await requireActor('sources:manage');
  const input = parseInput(ZUpdateSource, await readJson(request, 20_000));
  return NextResponse.json({ source: await updateSource(actor, id, input) });
});
