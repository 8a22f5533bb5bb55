import { NextResponse } from 'next/server';
import { listGuidelines } from '@/lib/server/data/projects/list-guidelines';
import { requireProjectActor } from '@/lib/server/guards';
import { route } from '@/lib/server/http/route';

type Context = { params: Promise<{ id: string }> };

/** Every version of the project's guidelines, newest first. */
export const GET = route<Context>(async (_request, { params }) => {
  const { id } = await params;
  const actor = await requireProjectActor('articles:read', id);
  return NextResponse.json({ guidelines: await listGuidelines(actor, id) });
});
