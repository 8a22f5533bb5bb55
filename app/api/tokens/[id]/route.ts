import { NextResponse } from 'next/server';
import { revokeApiToken } from '@/lib/server/data/tokens/revoke-api-token';
import { requireActor } from '@/lib/server/guards';
import { route } from '@/lib/server/http/route';

type Context = { params: Promise<{ id: string }> };

export const DELETE = route<Context>(async (_request, { params }) => {
  const actor = await requireActor('tokens:manage');
  await revokeApiToken(actor, (await params).id);
  return new NextResponse(null, { status: 204 });
});
