import { NextResponse } from 'next/server';
import { autoAssignReviewers } from '@/lib/server/data/assignments/auto-assign-reviewers';
import { requireArticleActor } from '@/lib/server/guards';
import { readJson, route } from '@/lib/server/http/route';
import { ZAutoAssign } from '@/lib/validation/assignments';
import { parseInput } from '@/lib/validation/parse-input';

type Context = { params: Promise<{ id: string }> };

/** Assigns up to `count` of the project's least-loaded free reviewers. */
export const POST = route<Context>(async (request, { params }) => {
  const { id } = await params;
  const actor = await requireArticleActor('assignments:manage', id);
  const input = parseInput(ZAutoAssign, await readJson(request, 2_000));
  return NextResponse.json({ assignments: await autoAssignReviewers(actor, id, input) }, { status: 201 });
});
