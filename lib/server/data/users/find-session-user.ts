import 'server-only';
import type { Actor } from '../../actor';
import { db } from '../../db/client';
import { isLocale } from '../../../i18n/locales';
import { isUuid } from '../../../validation/uuid';
import { actorProjects } from '../projects/actor-projects';

/** The active user behind a session token, or null when the account was disabled or its sessions revoked. */
export async function findSessionUser(userId: string, sessionVersion: number | undefined, sessionId?: string): Promise<Actor | null> {
  if (!isUuid(userId)) return null;
  if (sessionId && (await db().revokedSession.findUnique({ where: { jti: sessionId }, select: { jti: true } }))) return null;
  const user = await db().user.findUnique({
    where: { id: userId },
    select: { id: true, email: true, name: true, role: true, disabledAt: true, sessionVersion: true, locale: true },
  });
  if (!user || user.disabledAt || (sessionVersion !== undefined && user.sessionVersion !== sessionVersion)) return null;
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    projects: await actorProjects(user.id, user.role),
    locale: isLocale(user.locale) ? user.locale : null,
  };
}
