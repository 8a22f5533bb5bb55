import 'server-only';
import type { ProjectRole, Role } from '../../../vocabulary';
import { db } from '../../db/client';

const RANK: Record<Role, number> = { reviewer: 0, editor: 1, admin: 2 };

/**
 * The projects an account works in and its role in each: a membership's role,
 * capped at the account's role (a reviewer account made an editor of a project
 * stays a reviewer until an admin changes the account). An admin: every project
 * (null). `limitTo`, a token's projects, narrows either; empty means no limit.
 */
export async function actorProjects(userId: string, accountRole: Role, limitTo: readonly string[] = []): Promise<ReadonlyMap<string, Role> | null> {
  if (accountRole === 'admin') {
    if (limitTo.length === 0) return null;
    const rows = await db().project.findMany({ where: { id: { in: [...limitTo] } }, select: { id: true } });
    return new Map(rows.map((row) => [row.id, 'admin' as const]));
  }
  const rows = await db().projectMember.findMany({
    where: { userId, ...(limitTo.length > 0 ? { projectId: { in: [...limitTo] } } : {}) },
    select: { projectId: true, role: true },
  });
  return new Map(rows.map((row) => [row.projectId, capRole(row.role, accountRole)]));
}

/** A membership role capped at the account role (shared with find-session-user.ts, which reads both in one statement). */
export function capRole(projectRole: ProjectRole, accountRole: Role): Role {
  return RANK[projectRole] <= RANK[accountRole] ? projectRole : accountRole;
}
