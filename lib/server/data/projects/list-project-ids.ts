import 'server-only';
import { db } from '../../db/client';

/** Up to `limit` project ids, oldest first (enough to tell "one project" from "several"). */
export async function listProjectIds(limit: number): Promise<string[]> {
  const rows = await db().project.findMany({ select: { id: true }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }], take: limit });
  return rows.map((row) => row.id);
}
