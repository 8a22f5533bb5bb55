import { NextResponse } from 'next/server';
import { listWebhookDeliveries } from '@/lib/server/data/webhooks/list-webhook-deliveries';
import { requireActor } from '@/lib/server/guards';
import { route } from '@/lib/server/http/route';

type Context = { params: Promise<{ id: string }> };

export const GET = route<Context>(async (_request, { params }) => {
  const actor = await requireActor('webhooks:manage');
  return NextResponse.json({ deliveries: await listWebhookDeliveries(actor, (await params).id) });
});
