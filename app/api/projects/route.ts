import { NextResponse } from 'next/server';
import { createProject } from '@/lib/server/data/projects/create-project';
import { listProjects } from '@/lib/server/data/projects/list-projects';
import { requireActor } from '@/lib/server/guards';
import { readJson, route } from '@/lib/server/http/route';
import { parseInput } from '@/lib/validation/parse-input';
import { ZCreateProject } from '@/lib/validation/projects';

/** The caller's projects only (every project for an admin). */
export const GET = route(async () => {
  const actor = await requireActor('articles:read');
  return NextResponse.json({ projects: await listProjects(actor) });
});

export const POST = route(async (request) => {
  const actor = await requireActor('projects:create');
  const input = parseInput(ZCreateProject, await readJson(request, 200_000));
  const project = await createProject(actor, input);
  return NextResponse.json({ project }, { status: 201, headers: { Location: `/api/projects/${project.id}` } });
});
