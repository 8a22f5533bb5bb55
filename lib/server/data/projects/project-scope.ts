import 'server-only';
// Lists across projects: the articles of the projects where the actor holds a
// permission, as a query condition, so another project's rows are never read
// (and are counted nowhere). Requests about one article or project are decided
// at their entry instead (guards.ts, requireArticleActor / requireProjectActor).
import type { Actor } from '../../actor';
import { Prisma } from '../../db/client';
import { projectsWith, type Permission } from '../../guards';

/** Articles of the projects where the actor holds `permission` (every article for an unlimited admin). */
export function articlesWith(actor: Actor, permission: Permission): Prisma.ArticleWhereInput {
  const projects = projectsWith(actor, permission);
  return projects === null ? {} : { projectId: { in: [...projects] } };
}

/** Articles of the projects the actor works in, whatever its role there (the rest answer as absent). */
export function articlesOf(actor: Actor): Prisma.ArticleWhereInput {
  return actor.projects === null ? {} : { projectId: { in: [...actor.projects.keys()] } };
}

/** The same condition in SQL, on the "Article" row aliased `alias`. */
export function articlesWithSql(actor: Actor, permission: Permission, alias = 'ar'): Prisma.Sql {
  const projects = projectsWith(actor, permission);
  if (projects === null) return Prisma.sql`TRUE`;
  if (projects.length === 0) return Prisma.sql`FALSE`;
  return Prisma.sql`${Prisma.raw(`${alias}."projectId"`)} = ANY(${[...projects]}::uuid[])`;
}
