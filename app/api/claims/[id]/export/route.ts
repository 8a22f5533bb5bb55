import { NextResponse } from 'next/server';
import { exportClaimReview } from '@/lib/server/claims/export-claim-review';
import { requireDeskActor } from '@/lib/server/guards';
import { publicBaseUrl } from '@/lib/server/http/public-base-url';
import { route } from '@/lib/server/http/route';
import { ZClaimExportQuery } from '@/lib/validation/claims';
import { parseInput } from '@/lib/validation/parse-input';

type Context = { params: Promise<{ id: string }> };

/** The claim's ClaimReview JSON-LD, every appearance the reader may see listed; 409 before a verdict. */
export const GET = route<Context>(async (request, { params }) => {
  const actor = await requireDeskActor('claims:read');
  const query = Object.fromEntries(new URL(request.url).searchParams);
  // The claim is read before the format is checked: an unknown claim is a 404 whatever was asked.
  const document = await exportClaimReview(actor, (await params).id, publicBaseUrl(request), () => parseInput(ZClaimExportQuery, query));
  return NextResponse.json(document, { headers: { 'Content-Type': 'application/ld+json; charset=utf-8' } });
});
