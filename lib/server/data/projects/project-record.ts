import 'server-only';
// Projects as views: the shared select and the mapping, for lists and details.
import type { Role } from '../../../vocabulary';
import type { ProjectListItem } from '../../../views/project-views';
import type { Actor } from '../../actor';
import { Prisma } from '../../db/client';
import { roleInProject } from '../../guards';

export const projectListSelect = {
  id: true,
  name: true,
  description: true,
  guidelinesVersion: true,
  createdAt: true,
  _count: { select: { articles: true, members: true } },
} satisfies Prisma.ProjectSelect;

type ProjectListRow = Prisma.ProjectGetPayload<{ select: typeof projectListSelect }>;

export function toProjectListItem(actor: Actor, row: ProjectListRow): ProjectListItem {
  return projectListItem(row, roleInProject(actor, row.id) ?? ('reviewer' satisfies Role));
}

/** `role`: the caller's role in the project. */
export function projectListItem(row: ProjectListRow, role: Role): ProjectListItem {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    role,
    articleCount: row._count.articles,
    memberCount: row._count.members,
    guidelinesVersion: row.guidelinesVersion,
    createdAt: row.createdAt.toISOString(),
  };
}

/** Whether a write failed on the unique project name (the caller says so in words a person can act on). */
export function isNameTaken(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002';
}
