import { deleteAssignment } from '@/lib/server/data/assignments/delete-assignment';
import { requireAssignmentActor } from '@/lib/server/guards';
import { route } from '@/lib/server/http/route';

type Context = { params: Promise<{ id: string }> };

export const DELETE = route<Context>(async (_request, { params }) => {
  const { id } = await params;
  const actor = await requireAssignmentActor('assignments:manage', id);
  await deleteAssignment(actor, id);
  return new Response(null, { status: 204 });
});
