import 'server-only';
import { AppError } from '../../../errors';
import type { TProjectMember } from '../../../validation/projects';
import type { ProjectMemberView } from '../../../views/project-views';
import { db } from '../../db/client';
import type { Authorized } from '../../guards';

/**
 * Adds a user to the project with a role, or changes their role there.
 * Admins are not members (they see every project), and a project role never
 * exceeds the account's: a reviewer account is made an editor of a project by
 * an admin changing the account first, so the desk's roles stay in one place.
 */
export async function setProjectMember(actor: Authorized<'projects:manage'>, projectId: string, input: TProjectMember): Promise<{ member: ProjectMemberView; created: boolean }> {
  const user = await db().user.findUnique({ where: { id: input.userId }, select: { id: true, name: true, email: true, role: true, disabledAt: true } });
  if (!user) throw new AppError('not_found', 'No user with that id.');
  if (user.role === 'admin') throw new AppError('bad_request', `${user.name} is an admin and sees every project already.`);
  if (input.role === 'editor' && user.role !== 'editor') {
    throw new AppError('bad_request', `${user.name} has a reviewer account, so they can only be a reviewer here. An admin can make their account an editor's first.`);
  }
  const existing = await db().projectMember.findUnique({ where: { projectId_userId: { projectId, userId: user.id } }, select: { role: true } });
  const saved = await db().projectMember.upsert({
    where: { projectId_userId: { projectId, userId: user.id } },
    create: { projectId, userId: user.id, role: input.role, addedById: actor.id },
    update: { role: input.role },
    select: { role: true, createdAt: true },
  });
  return {
    member: { userId: user.id, name: user.name, email: user.email, role: saved.role, accountRole: user.role, disabled: user.disabledAt !== null, addedAt: saved.createdAt.toISOString() },
    created: existing === null,
  };
}
