import { NextResponse } from 'next/server';
import { getRatingScale } from '@/lib/server/data/ratings/get-rating-scale';
import { replaceRatingScale } from '@/lib/server/data/ratings/replace-rating-scale';
import { requireActor } from '@/lib/server/guards';
import { readJson, route } from '@/lib/server/http/route';
import { parseInput } from '@/lib/validation/parse-input';
import { ZRatingScale } from '@/lib/validation/verdicts';

export const GET = route(async () => {
  const actor = await requireActor('consensus:read');
  return NextResponse.json({ options: await getRatingScale(actor) });
});

export const PUT = route(async (request) => {
  const actor = await requireActor('ratings:manage');
  const input = parseInput(ZRatingScale, await readJson(request, 20_000));
  return NextResponse.json({ options: await replaceRatingScale(actor, input) });
});
