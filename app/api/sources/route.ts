import { NextResponse } from 'next/server';
import { createSource } from '@/lib/server/data/sources/create-source';
import { listSources } from '@/lib/server/data/sources/list-sources';
import { requireActor } from '@/lib/server/guards';
import { readJson, route } from '@/lib/server/http/route';
import { ZCreateSource } from '@/lib/validation/sources';
import { parseInput } from '@/lib/validation/parse-input';

/** Every outlet, with its article count in the caller's projects; `reliability` is null until the profile exists. */
export const GET = route(async () => {
  const actor = await requireActor('articles:read');
  return NextResponse.json({ sources: await listSources(actor) });
});

export const POST = route(async (request) => {
  const actor = await requireActor('sources:manage');
  const source = await createSource(actor, parseInput(ZCreateSource, await readJson(request, 20_000)));
  return NextResponse.json({ source }, { status: 201, headers: { Location: `/api/sources/${source.id}` } });
});
