import 'server-only';
import type { Role } from '../../../vocabulary';
import type { ProjectDetail } from '../../../views/project-views';
import { db } from '../../db/client';
import type { Authorized } from '../../guards';
import { listProjectRatingOptions } from '../ratings/list-rating-options';
import { projectListItem, projectListSelect } from './project-record';
import { readGuidelines } from './read-guidelines';

/** One project, for its members: the current guidelines, the members and the rating scale. The actor is narrowed to it. */
export async function getProject(actor: Authorized<'articles:read'>, projectId: string): Promise<ProjectDetail> {
  return loadProjectDetail(projectId, actor.role);
}

/** `role`: the caller's role in the project (decided by the caller's entry check). */
export async function loadProjectDetail(projectId: string, role: Role): Promise<ProjectDetail> {
  const client = db();
  const row = await client.project.findUniqueOrThrow({ where: { id: projectId }, select: projectListSelect });
  const [guidelines, members, ratingScale, settings] = await Promise.all([
    row.guidelinesVersion > 0 ? readGuidelines(client, projectId, row.guidelinesVersion) : null,
    client.projectMember.findMany({
      where: { projectId },
      orderBy: [{ role: 'desc' }, { user: { name: 'asc' } }],
      select: { role: true, createdAt: true, user: { select: { id: true, name: true, email: true, role: true, disabledAt: true } } },
    }),
    listProjectRatingOptions(client, projectId),
    client.project.findUniqueOrThrow({ where: { id: projectId }, select: { assignedOnlyDefault: true } }),
  ]);
  return {
    ...projectListItem(row, role),
    guidelines,
    members: members.map((member) => ({
      userId: member.user.id,
      name: member.user.name,
      email: member.user.email,
      role: member.role,
      accountRole: member.user.role,
      disabled: member.user.disabledAt !== null,
      addedAt: member.createdAt.toISOString(),
    })),
    ratingScale,
    assignedOnlyDefault: settings.assignedOnlyDefault,
  };
}
