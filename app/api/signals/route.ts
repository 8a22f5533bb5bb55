import { NextResponse } from 'next/server';
import { createSignal } from '@/lib/server/data/signals/create-signal';
import { listSignals } from '@/lib/server/data/signals/list-signals';
import { requireActor } from '@/lib/server/guards';
import { readJson, route } from '@/lib/server/http/route';
import { ZCreateSignal } from '@/lib/validation/signals';
import { parseInput } from '@/lib/validation/parse-input';

export const GET = route(async () => {
  const actor = await requireActor('articles:read');
  return NextResponse.json({ signals: await listSignals(actor) });
});

export const POST = route(async (request) => {
  const actor = await requireActor('signals:manage');
  const input = parseInput(ZCreateSignal, await readJson(request, 20_000));
  const signal = await createSignal(actor, input);
  return NextResponse.json({ signal }, { status: 201, headers: { Location: `/api/signals/${signal.key}` } });
});
