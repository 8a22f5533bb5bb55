import 'server-only';
import { db } from '../../db/client';
import { isUuid } from '../../../validation/uuid';

/** The project an article belongs to, or null for an unknown or malformed id. */
export async function findArticleProject(articleId: string): Promise<string | null> {
  if (!isUuid(articleId)) return null;
  const row = await db().article.findUnique({ where: { id: articleId }, select: { projectId: true } });
  return row?.projectId ?? null;
}
