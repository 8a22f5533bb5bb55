import 'server-only';
import type { TAssignableMemberQuery } from '../../../validation/assignments';
import type { AssignableMembersView } from '../../../views/assignment-views';
import { db } from '../../db/client';
import type { Authorized } from '../../guards';

/** `%q%` for ILIKE with q taken literally: its wildcards and the backslash (LIKE's default escape) are escaped. */
function containsPattern(q: string): string {
  return `%${q.replace(/[\\%_]/g, '\\$&')}%`;
}

/**
 * The active members of the article's project not yet assigned to it (as
 * createAssignment counts "already assigned": an Assignment row), whose name
 * contains q in any case, by name then id: at most `limit`, and whether more
 * match. The actor is narrowed to that project.
 */
export async function searchAssignableMembers(_actor: Authorized<'assignments:manage'>, articleId: string, query: TAssignableMemberQuery): Promise<AssignableMembersView> {
  const rows = await db().$queryRaw<{ id: string; name: string }[]>`
    SELECT u.id, u.name
    FROM "Article" ar
      JOIN "ProjectMember" m ON m."projectId" = ar."projectId"
      JOIN "User" u ON u.id = m."userId"
    WHERE ar.id = ${articleId}::uuid AND u."disabledAt" IS NULL AND u.name ILIKE ${containsPattern(query.q)}
      AND NOT EXISTS (SELECT 1 FROM "Assignment" x WHERE x."articleId" = ar.id AND x."reviewerId" = u.id)
    ORDER BY u.name, u.id
    LIMIT ${query.limit + 1}`;
  return { members: rows.slice(0, query.limit), more: rows.length > query.limit };
}
