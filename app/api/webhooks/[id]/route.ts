import { NextResponse } from 'next/server';
import { deleteWebhook } from '@/lib/server/data/webhooks/delete-webhook';
import { requireActor } from '@/lib/server/guards';
import { route } from '@/lib/server/http/route';

type Context = { params: Promise<{ id: string }> };

export const DELETE = route<Context>(async (_request, { params }) => {
  const actor = await requireActor('webhooks:manage');
  await deleteWebhook(actor, (await params).id);
  return new NextResponse(null, { status: 204 });
});
