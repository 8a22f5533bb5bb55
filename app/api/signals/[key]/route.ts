import { NextResponse } from 'next/server';
import { updateSignal } from '@/lib/server/data/signals/update-signal';
import { requireActor } from '@/lib/server/guards';
import { readJson, route } from '@/lib/server/http/route';
import { ZUpdateSignal } from '@/lib/validation/signals';
import { parseInput } from '@/lib/validation/parse-input';

type Context = { params: Promise<{ key: string }> };

export const PATCH = route<Context>(async (request, { params }) => {
  const actor = await requireActor('signals:manage');
  const input = parseInput(ZUpdateSignal, await readJson(request, 20_000));
  return NextResponse.json({ signal: await updateSignal(actor, (await params).key, input) });
});
