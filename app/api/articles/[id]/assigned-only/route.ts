import { NextResponse } from 'next/server';
import { setAssignedOnly } from '@/lib/server/data/assignments/set-assigned-only';
import { requireArticleActor } from '@/lib/server/guards';
import { readJson, route } from '@/lib/server/http/route';
import { ZSetAssignedOnly } from '@/lib/validation/assignments';
import { parseInput } from '@/lib/validation/parse-input';

type Context = { params: Promise<{ id: string }> };

/** `{assignedOnly: true}`: only the article's assigned reviewers may annotate and submit; false opens it to every member again. */
export const POST = route<Context>(async (request, { params }) => {
  const { id } = await params;
  const actor = await requireArticleActor('assignments:manage', id);
  const { assignedOnly } = parseInput(ZSetAssignedOnly, await readJson(request, 1_000));
  return NextResponse.json(await setAssignedOnly(actor, id, assignedOnly));
});
