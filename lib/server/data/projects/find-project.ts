import 'server-only';
import { db } from '../../db/client';
import { isUuid } from '../../../validation/uuid';

/** A project's id and name, or null for an unknown or malformed id. */
export async function findProject(projectId: string): Promise<{ id: string; name: string } | null> {
  if (!isUuid(projectId)) return null;
  return db().project.findUnique({ where: { id: projectId }, select: { id: true, name: true } });
}
