import 'server-only';
// Which project the lists of a page show: `?project=<id>` when the URL names
// one (a project that is not the caller's is the not-found page, as the API's
// 404), else the one remembered in the switcher's cookie (ignored when it is no
// longer the caller's), else all of the caller's projects.
import { cookies } from 'next/headers';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { isAppError } from '../../errors';
import { PROJECT_COOKIE } from '../../projects/project-cookie';
import type { ProjectListItem } from '../../views/project-views';
import { listProjects } from '../data/projects/list-projects';
import { type Authorized, type Permission, authorizeInProject, requirePageActor } from '../guards';

/** The signed-in person's projects (every project for an admin), once per request: the header and the page share it. */
export const myProjects = cache(async (): Promise<ProjectListItem[]> => listProjects(await requirePageActor('articles:read')));

type SearchParams = Record<string, string | string[] | undefined>;

/** The chosen project, or null for all of the caller's projects. */
export async function currentProject(searchParams: SearchParams): Promise<ProjectListItem | null> {
  const projects = await myProjects();
  const named = searchParams.project;
  if (typeof named === 'string' && named !== '') return projects.find((project) => project.id === named) ?? notFound();
  const remembered = (await cookies()).get(PROJECT_COOKIE)?.value;
  return projects.find((project) => project.id === remembered) ?? null;
}

/** The actor narrowed to `project` when it holds `permission` there; null when its role there does not (the page then says so). */
export function narrowedTo<P extends Permission>(actor: Authorized<P>, permission: P, project: ProjectListItem): Authorized<P> | null {
  try {
    return authorizeInProject(actor, permission, project.id);
  } catch (error) {
    if (isAppError(error) && (error.code === 'forbidden' || error.code === 'not_found')) return null;
    throw error;
  }
}
