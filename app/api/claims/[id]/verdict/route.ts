import { NextResponse } from 'next/server';
import { setClaimVerdict } from '@/lib/server/data/claims/set-claim-verdict';
import { requireDeskActor } from '@/lib/server/guards';
import { readJson, route } from '@/lib/server/http/route';
import { ZClaimVerdict } from '@/lib/validation/claims';
import { parseInput } from '@/lib/validation/parse-input';

type Context = { params: Promise<{ id: string }> };

/** The desk's verdict on the claim (desk rating scale); it carries to every appearance. */
export const PUT = route<Context>(async (request, { params }) => {
  const actor = await requireDeskActor('claims:write');
  const input = parseInput(ZClaimVerdict, await readJson(request, 20_000));
  return NextResponse.json({ claim: await setClaimVerdict(actor, (await params).id, input) });
});
