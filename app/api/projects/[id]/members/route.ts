import { NextResponse } from 'next/server';
import { setProjectMember } from '@/lib/server/data/projects/set-project-member';
import { requireProjectActor } from '@/lib/server/guards';
import { readJson, route } from '@/lib/server/http/route';
import { parseInput } from '@/lib/validation/parse-input';
import { ZProjectMember } from '@/lib/validation/projects';

type Context = { params: Promise<{ id: string }> };

/** Adds a member (201) or changes a member's role (200). */
export const POST = route<Context>(async (request, { params }) => {
  const { id } = await params;
  const actor = await requireProjectActor('projects:manage', id);
  const input = parseInput(ZProjectMember, await readJson(request, 10_000));
  const { member, created } = await setProjectMember(actor, id, input);
  return NextResponse.json({ member }, { status: created ? 201 : 200 });
});
