import { NextResponse } from 'next/server';
import { createClaim } from '@/lib/server/data/claims/create-claim';
import { listClaims } from '@/lib/server/data/claims/list-claims';
import { requireDeskActor } from '@/lib/server/guards';
import { readJson, route } from '@/lib/server/http/route';
import { ZCreateClaim } from '@/lib/validation/claims';
import { parseInput } from '@/lib/validation/parse-input';

/** The desk's claims, newest first, with the number of appearances the reader may see. */
export const GET = route(async () => {
  const actor = await requireDeskActor('claims:read');
  return NextResponse.json({ claims: await listClaims(actor) });
});

export const POST = route(async (request) => {
  const actor = await requireDeskActor('claims:write');
  const input = parseInput(ZCreateClaim, await readJson(request, 10_000));
  return NextResponse.json({ claim: await createClaim(actor, input) }, { status: 201 });
});
