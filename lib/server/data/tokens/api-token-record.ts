import 'server-only';
import type { ApiTokenState, ApiTokenView } from '../../../views/token-views';
import type { Prisma } from '../../db/client';

// The hash never leaves this folder.
export const apiTokenSelect = {
  id: true,
  name: true,
  prefix: true,
  scopes: true,
  projectIds: true,
  createdAt: true,
  lastUsedAt: true,
  expiresAt: true,
  revokedAt: true,
  revokedReason: true,
  user: { select: { id: true, name: true, email: true, role: true } },
  createdBy: { select: { id: true, name: true } },
} satisfies Prisma.ApiTokenSelect;

type ApiTokenRow = Prisma.ApiTokenGetPayload<{ select: typeof apiTokenSelect }>;

/** The names of the projects the tokens are limited to (projectIds is a plain array, not a relation). */
export async function tokenProjectNames(client: Prisma.TransactionClient, rows: readonly { projectIds: string[] }[]): Promise<ReadonlyMap<string, string>> {
  const ids = [...new Set(rows.flatMap((row) => row.projectIds))];
  if (ids.length === 0) return new Map();
  const projects = await client.project.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } });
  return new Map(projects.map((project) => [project.id, project.name]));
}

/** The one rule for when a token stops working by itself: at its expiry instant, inclusive. */
export function hasExpired(expiresAt: Date | null, now: Date): boolean {
  return expiresAt !== null && expiresAt.getTime() <= now.getTime();
}

function tokenState(row: ApiTokenRow, now: Date): ApiTokenState {
  if (row.revokedAt) return 'revoked';
  return hasExpired(row.expiresAt, now) ? 'expired' : 'active';
}

export function toApiTokenView(row: ApiTokenRow, projectNames: ReadonlyMap<string, string>, now = new Date()): ApiTokenView {
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    scopes: row.scopes as ApiTokenView['scopes'],
    user: row.user,
    createdBy: row.createdBy,
    projects: row.projectIds.map((id) => ({ id, name: projectNames.get(id) ?? 'a project that no longer exists' })),
    createdAt: row.createdAt.toISOString(),
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
    expiresAt: row.expiresAt?.toISOString() ?? null,
    revokedAt: row.revokedAt?.toISOString() ?? null,
    revokedReason: row.revokedReason,
    state: tokenState(row, now),
  };
}
