import { removeProjectMember } from '@/lib/server/data/projects/remove-project-member';
import { requireProjectActor } from '@/lib/server/guards';
import { route } from '@/lib/server/http/route';

type Context = { params: Promise<{ id: string; userId: string }> };

export const DELETE = route<Context>(async (_request, { params }) => {
  const { id, userId } = await params;
  const actor = await requireProjectActor('projects:manage', id);
  await removeProjectMember(actor, id, userId);
  return new Response(null, { status: 204 });
});
