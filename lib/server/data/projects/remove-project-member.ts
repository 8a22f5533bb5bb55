import 'server-only';
import { AppError } from '../../../errors';
import { db } from '../../db/client';
import type { Authorized } from '../../guards';
import { isUuid } from '../../../validation/uuid';

/**
 * Takes a user out of the project: from their next request they see none of
 * its articles. What they annotated stays (it is the project's record), under
 * their name, for the desk.
 */
export async function removeProjectMember(_actor: Authorized<'projects:manage'>, projectId: string, userId: string): Promise<void> {
  const removed = isUuid(userId) ? await db().projectMember.deleteMany({ where: { projectId, userId } }) : { count: 0 };
  if (removed.count === 0) throw new AppError('not_found', 'That user is not a member of this project.');
}
