import { NextResponse } from 'next/server';
import { getClaim } from '@/lib/server/data/claims/get-claim';
import { requireDeskActor } from '@/lib/server/guards';
import { route } from '@/lib/server/http/route';

type Context = { params: Promise<{ id: string }> };

/** A claim with its verdict and the appearances on articles of the reader's projects. */
export const GET = route<Context>(async (_request, { params }) => {
  const actor = await requireDeskActor('claims:read');
  return NextResponse.json({ claim: await getClaim(actor, (await params).id) });
});
