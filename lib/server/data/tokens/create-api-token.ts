import 'server-only';
// An admin creates an API token. The secret is returned once, at creation,
// and only its digest is stored. A token expires after the term its creator
// chose (the configured default unless they chose another, or never), and
// reaches only the projects it was limited to (all of its account's if none).
import { config } from '../../../config';
import { AppError } from '../../../errors';
import { generateTokenSecret, hashTokenSecret, visibleTokenPrefix } from '../../../security/api-token-secret';
import type { TCreateApiToken } from '../../../validation/tokens';
import type { ApiTokenView } from '../../../views/token-views';
import { type Prisma, db } from '../../db/client';
import type { Authorized } from '../../guards';
import { apiTokenSelect, toApiTokenView, tokenProjectNames } from './api-token-record';

const DAY_MS = 24 * 60 * 60 * 1000;

export type CreatedApiToken = { token: ApiTokenView; secret: string; defaultExpiryDays: number };

export async function createApiToken(actor: Authorized<'tokens:manage'>, input: TCreateApiToken): Promise<CreatedApiToken> {
  const userId = input.userId ?? actor.id;
  const secret = generateTokenSecret();
  const now = new Date();
  const defaultExpiryDays = config().apiTokenDefaultExpiryDays;
  const days = input.expiresInDays === undefined ? defaultExpiryDays : input.expiresInDays;
  const expiresAt = days === null ? null : new Date(now.getTime() + days * DAY_MS);
  const row = await db().$transaction(async (tx) => {
    // FOR SHARE: an admin disabling the account at this moment waits for this token and then revokes it (updateUser).
    const [user] = await tx.$queryRaw<{ disabledAt: Date | null; role: string }[]>`SELECT "disabledAt", role::text AS role FROM "User" WHERE id = ${userId}::uuid FOR SHARE`;
    if (!user) throw new AppError('bad_request', 'Unknown user: the token must act as an existing account.', { fields: [{ path: 'userId', message: 'Unknown user' }] });
    if (user.disabledAt) throw new AppError('bad_request', 'That account is disabled; a token for it would not work.', { fields: [{ path: 'userId', message: 'Disabled account' }] });
    const projectIds = input.projectIds ?? [];
    await checkTokenProjects(tx, userId, user.role === 'admin', projectIds);
    const created = await tx.apiToken.create({
      data: { name: input.name, scopes: input.scopes, projectIds, userId, createdById: actor.id, tokenHash: hashTokenSecret(secret), prefix: visibleTokenPrefix(secret), createdAt: now, expiresAt },
      select: apiTokenSelect,
    });
    return { created, names: await tokenProjectNames(tx, [created]) };
  });
  return { token: toApiTokenView(row.created, row.names, now), secret, defaultExpiryDays };
}

/**
 * A token reaches no further than its account: each project must be one the
 * account works in (any existing project for an admin). Read under the
 * transaction; a membership removed later narrows the token at its next call
 * (authenticateApiToken intersects them), never widens it.
 */
async function checkTokenProjects(tx: Prisma.TransactionClient, userId: string, isAdmin: boolean, projectIds: readonly string[]): Promise<void> {
  if (projectIds.length === 0) return;
  const ids = [...projectIds];
  const reachable = isAdmin
    ? (await tx.project.findMany({ where: { id: { in: ids } }, select: { id: true } })).map((row) => row.id)
    : (await tx.projectMember.findMany({ where: { userId, projectId: { in: ids } }, select: { projectId: true } })).map((row) => row.projectId);
  const known = new Set(reachable);
  const foreign = projectIds.filter((id) => !known.has(id));
  if (foreign.length > 0) {
    const message = isAdmin
      ? `No project with the id ${foreign.join(', ')}.`
      : `The token's account does not work in ${foreign.length === 1 ? 'project' : 'projects'} ${foreign.join(', ')}; a token can only be limited to its account's own projects.`;
    throw new AppError('bad_request', message, { fields: [{ path: 'projectIds', message }] });
  }
}
