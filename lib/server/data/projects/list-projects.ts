import 'server-only';
import type { ProjectListItem } from '../../../views/project-views';
import { db } from '../../db/client';
import type { Authorized } from '../../guards';
import { projectListSelect, toProjectListItem } from './project-record';

/** The caller's projects (every project for an admin), by name. */
export async function listProjects(actor: Authorized<'articles:read'>): Promise<ProjectListItem[]> {
  const rows = await db().project.findMany({
    where: actor.projects === null ? {} : { id: { in: [...actor.projects.keys()] } },
    orderBy: [{ name: 'asc' }, { id: 'asc' }],
    take: 500,
    select: projectListSelect,
  });
  return rows.map((row) => toProjectListItem(actor, row));
}
