import { NextResponse } from 'next/server';
import { getProjectRatingScale } from '@/lib/server/data/ratings/get-project-rating-scale';
import { replaceProjectRatingScale } from '@/lib/server/data/ratings/replace-rating-scale';
import { requireProjectActor } from '@/lib/server/guards';
import { readJson, route } from '@/lib/server/http/route';
import { parseInput } from '@/lib/validation/parse-input';
import { ZRatingScale } from '@/lib/validation/verdicts';

type Context = { params: Promise<{ id: string }> };

/** The project's own rating scale, the one its verdicts are given on. */
export const GET = route<Context>(async (_request, { params }) => {
  const { id } = await params;
  const actor = await requireProjectActor('consensus:read', id);
  return NextResponse.json({ options: await getProjectRatingScale(actor, id) });
});

export const PUT = route<Context>(async (request, { params }) => {
  const { id } = await params;
  const actor = await requireProjectActor('projects:manage', id);
  const input = parseInput(ZRatingScale, await readJson(request, 20_000));
  return NextResponse.json({ options: await replaceProjectRatingScale(actor, id, input) });
});
