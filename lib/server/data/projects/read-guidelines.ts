import 'server-only';
import type { GuidelinesVersion } from '../../../views/project-views';
import type { Prisma } from '../../db/client';

const select = { version: true, body: true, authorId: true, createdAt: true } satisfies Prisma.ProjectGuidelinesSelect;

/** One version of a project's guidelines, or null when the project has no such version. */
export async function readGuidelines(client: Prisma.TransactionClient, projectId: string, version: number): Promise<GuidelinesVersion | null> {
  const row = await client.projectGuidelines.findUnique({ where: { projectId_version: { projectId, version } }, select });
  if (!row) return null;
  const [view] = await withAuthors(client, [row]);
  return view ?? null;
}

/** Every version, newest first (at most 200: a project rewrites its guidelines far less often). */
export async function readGuidelinesHistory(client: Prisma.TransactionClient, projectId: string): Promise<GuidelinesVersion[]> {
  const rows = await client.projectGuidelines.findMany({ where: { projectId }, orderBy: { version: 'desc' }, take: 200, select });
  return withAuthors(client, rows);
}

// Authors are plain ids (the record outlives the account), so their names are looked up.
async function withAuthors(client: Prisma.TransactionClient, rows: readonly Prisma.ProjectGuidelinesGetPayload<{ select: typeof select }>[]): Promise<GuidelinesVersion[]> {
  const ids = [...new Set(rows.flatMap((row) => (row.authorId ? [row.authorId] : [])))];
  const names = new Map((await client.user.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } })).map((user) => [user.id, user.name]));
  return rows.map((row) => ({ version: row.version, body: row.body, author: row.authorId ? (names.get(row.authorId) ?? null) : null, createdAt: row.createdAt.toISOString() }));
}
