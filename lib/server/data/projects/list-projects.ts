import 'server-only';
import type { ProjectListItem } from '../../../views/project-views';
import { sqlPool } from '../../db/client';
import type { Authorized } from '../../guards';
import { toProjectListItem } from './project-record';

/**
 * The caller's projects (every project for an admin), by name. Every workbench page's header asks
 * it, so it is one statement on the pool rather than Prisma's (issue 16); the same columns and
 * counts as projectListSelect, and the same order (name, then id, in the database's collation).
 */
export async function listProjects(actor: Authorized<'articles:read'>): Promise<ProjectListItem[]> {
  const mine = actor.projects === null ? null : [...actor.projects.keys()];
  if (mine?.length === 0) return [];
  const { rows } = await sqlPool().query<{ id: string; name: string; description: string; guidelinesVersion: number; createdAt: Date; articles: number; members: number }>(
    `SELECT p.id, p.name, p.description, p."guidelinesVersion", p."createdAt" AT TIME ZONE 'UTC' AS "createdAt",
       (SELECT count(*)::int FROM "Article" a WHERE a."projectId" = p.id) AS articles,
       (SELECT count(*)::int FROM "ProjectMember" m WHERE m."projectId" = p.id) AS members
     FROM "Project" p
     ${mine === null ? '' : 'WHERE p.id = ANY($1::uuid[])'}
     ORDER BY p.name ASC, p.id ASC
     LIMIT 500`,
    mine === null ? [] : [mine],
  );
  return rows.map(({ articles, members, ...row }) => toProjectListItem(actor, { ...row, _count: { articles, members } }));
}
