import 'server-only';
import { db } from '../../db/client';
import type { Authorized } from '../../guards';

/** The active members of the article's project, who may be assigned to it (by name). The actor is narrowed to that project. */
export async function listAssignableMembers(_actor: Authorized<'assignments:manage'>, articleId: string): Promise<{ id: string; name: string }[]> {
  const rows = await db().projectMember.findMany({
    where: { project: { articles: { some: { id: articleId } } }, user: { disabledAt: null } },
    orderBy: [{ user: { name: 'asc' } }, { userId: 'asc' }],
    select: { user: { select: { id: true, name: true } } },
  });
  return rows.map((row) => row.user);
}
