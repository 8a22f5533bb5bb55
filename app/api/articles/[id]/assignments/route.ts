import { NextResponse } from 'next/server';
import { createAssignment } from '@/lib/server/data/assignments/create-assignment';
import { listAssignments } from '@/lib/server/data/assignments/list-assignments';
import { requireArticleActor } from '@/lib/server/guards';
import { readJson, route } from '@/lib/server/http/route';
import { ZCreateAssignment } from '@/lib/validation/assignments';
import { parseInput } from '@/lib/validation/parse-input';

type Context = { params: Promise<{ id: string }> };

/** Every reviewer's progress on the article: the desk's (blind review). */
export const GET = route<Context>(async (_request, { params }) => {
  const { id } = await params;
  const actor = await requireArticleActor('assignments:manage', id);
  return NextResponse.json(await listAssignments(actor, id));
});

/** Assigns one member of the article's project, with an optional due date. */
export const POST = route<Context>(async (request, { params }) => {
  const { id } = await params;
  const actor = await requireArticleActor('assignments:manage', id);
  const input = parseInput(ZCreateAssignment, await readJson(request, 2_000));
  return NextResponse.json({ assignment: await createAssignment(actor, id, input) }, { status: 201 });
});
