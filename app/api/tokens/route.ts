import { NextResponse } from 'next/server';
import { createApiToken } from '@/lib/server/data/tokens/create-api-token';
import { listApiTokens } from '@/lib/server/data/tokens/list-api-tokens';
import { requireActor } from '@/lib/server/guards';
import { readJson, route } from '@/lib/server/http/route';
import { parseInput } from '@/lib/validation/parse-input';
import { ZCreateApiToken } from '@/lib/validation/tokens';

export const GET = route(async () => {
  const actor = await requireActor('tokens:manage');
  return NextResponse.json(await listApiTokens(actor));
});

/** The secret is in this response and nowhere else, ever. */
export const POST = route(async (request) => {
  const actor = await requireActor('tokens:manage');
  const input = parseInput(ZCreateApiToken, await readJson(request, 10_000));
  return NextResponse.json(await createApiToken(actor, input), { status: 201, headers: { 'Cache-Control': 'no-store' } });
});
