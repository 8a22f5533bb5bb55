import 'server-only';
import { sqlPool } from '../../db/client';
import { isUuid } from '../../../validation/uuid';

/**
 * The project an article belongs to, or null for an unknown or malformed id. Every request about
 * an article asks this before anything else (the guard), so it goes to the pool directly: Prisma's
 * query path costs more CPU than this one-row lookup (issue 16).
 */
export async function findArticleProject(articleId: string): Promise<string | null> {
  if (!isUuid(articleId)) return null;
  const { rows } = await sqlPool().query<{ projectId: string }>('SELECT "projectId" FROM "Article" WHERE id = $1::uuid', [articleId]);
  return rows[0]?.projectId ?? null;
}
