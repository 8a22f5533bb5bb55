import { NextResponse } from 'next/server';
import { getProject } from '@/lib/server/data/projects/get-project';
import { updateProject } from '@/lib/server/data/projects/update-project';
import { requireProjectActor } from '@/lib/server/guards';
import { readJson, route } from '@/lib/server/http/route';
import { parseInput } from '@/lib/validation/parse-input';
import { ZUpdateProject } from '@/lib/validation/projects';

type Context = { params: Promise<{ id: string }> };

export const GET = route<Context>(async (_request, { params }) => {
  const { id } = await params;
  const actor = await requireProjectActor('articles:read', id);
  return NextResponse.json({ project: await getProject(actor, id) });
});

/** Name, description, guidelines (a changed text becomes the next version). */
export const PATCH = route<Context>(async (request, { params }) => {
  const { id } = await params;
  const actor = await requireProjectActor('projects:manage', id);
  const input = parseInput(ZUpdateProject, await readJson(request, 200_000));
  return NextResponse.json({ project: await updateProject(actor, id, input) });
});
