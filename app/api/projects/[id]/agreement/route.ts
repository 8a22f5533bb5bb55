import { NextResponse } from 'next/server';
import { requireProjectActor } from '@/lib/server/guards';
import { route } from '@/lib/server/http/route';
import { projectAgreement } from '@/lib/server/projects/project-agreement';

type Context = { params: Promise<{ id: string }> };

/** Reviewer reliability across the project's articles: the desk's, like each article's consensus (blind review). */
export const GET = route<Context>(async (_request, { params }) => {
  const { id } = await params;
  const actor = await requireProjectActor('consensus:read', id);
  return NextResponse.json(await projectAgreement(actor, id), { headers: { 'Cache-Control': 'no-store' } });
});
