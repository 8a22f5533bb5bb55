import 'server-only';
// Bearer-token calls: the token must exist, be unrevoked and unexpired, and act
// for an active account. Every failure gets the same answer, so a caller holding
// a secret learns only "not valid", not why. Each call is logged (the audit
// trail) and counted against a per-token rate limit kept in PostgreSQL, so every
// app process agrees.
import { config } from '../../../config';
import { AppError } from '../../../errors';
import { hashTokenSecret, isWellFormedTokenSecret } from '../../../security/api-token-secret';
import type { Actor, TokenScope } from '../../actor';
import { db } from '../../db/client';
import { actorProjects } from '../projects/actor-projects';
import { hasExpired } from './api-token-record';

const INVALID = 'The API token is not valid. It may have expired or been revoked; ask an admin for a new one.';

export async function authenticateApiToken(secret: string, call: { method: string; path: string }): Promise<Actor> {
  if (!isWellFormedTokenSecret(secret)) throw new AppError('unauthenticated', INVALID);
  const token = await db().apiToken.findUnique({
    where: { tokenHash: hashTokenSecret(secret) },
    select: { id: true, scopes: true, projectIds: true, expiresAt: true, revokedAt: true, user: { select: { id: true, email: true, name: true, role: true, disabledAt: true } } },
  });
  const now = new Date();
  if (!token || token.revokedAt || hasExpired(token.expiresAt, now) || token.user.disabledAt) throw new AppError('unauthenticated', INVALID);
  const recent = await db().apiCall.count({ where: { tokenId: token.id, createdAt: { gte: new Date(now.getTime() - 60_000) } } });
  const limit = config().apiTokenRateLimit;
  if (recent >= limit) throw new AppError('rate_limited', `Too many calls with this token (at most ${limit} a minute). Slow down and retry.`);
  await db().$transaction([
    db().apiCall.create({ data: { tokenId: token.id, method: call.method.slice(0, 10), path: call.path.slice(0, 500), createdAt: now } }),
    db().apiToken.update({ where: { id: token.id }, data: { lastUsedAt: now } }),
  ]);
  const { id, email, name, role } = token.user;
  return { id, email, name, role, projects: await actorProjects(id, role, token.projectIds), token: { id: token.id, scopes: token.scopes as TokenScope[] } };
}
