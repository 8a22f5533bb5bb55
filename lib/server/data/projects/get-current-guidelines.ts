import 'server-only';
import type { GuidelinesVersion } from '../../../views/project-views';
import { sqlPool } from '../../db/client';
import type { Authorized } from '../../guards';

/**
 * A project's current guidelines, for the article page: nothing else of the project, since a desk's
 * project may have a thousand members the page has no use for. The actor is narrowed to the project.
 * Versions are only ever added, one above the last, under a lock on the project (update-project.ts),
 * so the current one is the highest. One statement on the pool rather than Prisma's two (the row, then
 * its author's name, kept as a plain id because the record outlives the account): every article page
 * asks it (issue 16).
 */
export async function getCurrentGuidelines(_actor: Authorized<'articles:read'>, projectId: string): Promise<GuidelinesVersion | null> {
  const { rows } = await sqlPool().query<{ version: number; body: string; author: string | null; createdAt: Date }>(
    `SELECT g.version, g.body, u.name AS author, g."createdAt" AT TIME ZONE 'UTC' AS "createdAt"
     FROM "ProjectGuidelines" g LEFT JOIN "User" u ON u.id = g."authorId"
     WHERE g."projectId" = $1::uuid ORDER BY g.version DESC LIMIT 1`,
    [projectId],
  );
  const [row] = rows;
  return row ? { version: row.version, body: row.body, author: row.author, createdAt: row.createdAt.toISOString() } : null;
}
