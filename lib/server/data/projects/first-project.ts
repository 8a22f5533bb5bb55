import 'server-only';
import { db } from '../../db/client';

/** The oldest of these projects (null: of all projects), or null when there is none. */
export async function firstProject(projectIds: readonly string[] | null): Promise<string | null> {
  const row = await db().project.findFirst({
    where: projectIds === null ? {} : { id: { in: [...projectIds] } },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    select: { id: true },
  });
  return row?.id ?? null;
}
