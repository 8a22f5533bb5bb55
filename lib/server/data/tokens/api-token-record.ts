import 'server-only';
import type { ApiTokenState, ApiTokenView } from '../../../views/token-views';
import type { Prisma } from '../../db/client';

// The hash never leaves this folder.
export const apiTokenSelect = {
  id: true,
  name: true,
  prefix: true,
  scopes: true,
  createdAt: true,
  lastUsedAt: true,
  expiresAt: true,
  revokedAt: true,
  revokedReason: true,
  user: { select: { id: true, name: true, email: true, role: true } },
  createdBy: { select: { id: true, name: true } },
} satisfies Prisma.ApiTokenSelect;

type ApiTokenRow = Prisma.ApiTokenGetPayload<{ select: typeof apiTokenSelect }>;

/** The one rule for when a token stops working by itself: at its expiry instant, inclusive. */
export function hasExpired(expiresAt: Date | null, now: Date): boolean {
  return expiresAt !== null && expiresAt.getTime() <= now.getTime();
}

function tokenState(row: ApiTokenRow, now: Date): ApiTokenState {
  if (row.revokedAt) return 'revoked';
  return hasExpired(row.expiresAt, now) ? 'expired' : 'active';
}

export function toApiTokenView(row: ApiTokenRow, now = new Date()): ApiTokenView {
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    scopes: row.scopes as ApiTokenView['scopes'],
    user: row.user,
    createdBy: row.createdBy,
    createdAt: row.createdAt.toISOString(),
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
    expiresAt: row.expiresAt?.toISOString() ?? null,
    revokedAt: row.revokedAt?.toISOString() ?? null,
    revokedReason: row.revokedReason,
    state: tokenState(row, now),
  };
}
