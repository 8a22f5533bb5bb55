import { NextResponse } from 'next/server';
import { AppError } from '@/lib/errors';
import { createWebhook } from '@/lib/server/data/webhooks/create-webhook';
import { listWebhooks } from '@/lib/server/data/webhooks/list-webhooks';
import { requireActor } from '@/lib/server/guards';
import { readJson, route } from '@/lib/server/http/route';
import { OutboundAddressRefused, vetOutboundUrl } from '@/lib/server/outbound/outbound-address';
import { parseInput } from '@/lib/validation/parse-input';
import { ZCreateWebhook } from '@/lib/validation/webhooks';

export const GET = route(async () => {
  const actor = await requireActor('webhooks:manage');
  return NextResponse.json({ webhooks: await listWebhooks(actor) });
});

/** The signing secret is in this response and nowhere else in the clear. */
export const POST = route(async (request) => {
  const actor = await requireActor('webhooks:manage');
  const input = parseInput(ZCreateWebhook, await readJson(request, 10_000));
  // Checked now so a mistake shows at once; checked again (DNS may change) before every delivery.
  await vetOutboundUrl(input.url).catch((error: unknown) => {
    throw error instanceof OutboundAddressRefused ? new AppError('bad_request', error.message) : error;
  });
  return NextResponse.json(await createWebhook(actor, input), { status: 201, headers: { 'Cache-Control': 'no-store' } });
});
