import 'server-only';
import { isLocale } from '../../../i18n/locales';
import { isUuid } from '../../../validation/uuid';
import type { ProjectRole, Role } from '../../../vocabulary';
import type { Actor } from '../../actor';
import { sqlPool } from '../../db/client';
import { capRole } from '../projects/actor-projects';

type SessionRow = {
  id: string;
  email: string;
  name: string;
  role: Role;
  locale: string | null;
  disabled: boolean;
  sessionVersion: number;
  revoked: boolean;
  memberships: [projectId: string, role: ProjectRole][];
  articleProjectId: string | null;
};

/**
 * The active user behind a session token, or null when the account was disabled or its sessions revoked.
 * Every signed-in request asks this, so it is one round trip (issue 16): the revocation check, the
 * account and its project memberships in one statement, instead of three queries one after another;
 * and it goes to the pool directly, as the exports do, since Prisma's raw-query path costs more CPU
 * than the statement (no timestamp is read: disabledAt only as a flag).
 */
export async function findSessionUser(userId: string, sessionVersion: number | undefined, sessionId?: string): Promise<Actor | null> {
  return (await findSessionUserAndArticleProject(userId, sessionVersion, sessionId, null)).actor;
}

/**
 * findSessionUser, and the project of the article `articleId` read in the same statement (null
 * when there is no such article, or no active user to ask for): every request about an article asks both before
 * anything else (requireArticleActor), so one round trip is saved on each (issue 16).
 */
export async function findSessionUserAndArticleProject(
  userId: string,
  sessionVersion: number | undefined,
  sessionId: string | undefined,
  articleId: string | null,
): Promise<{ actor: Actor | null; projectId: string | null }> {
  const article = articleId !== null && isUuid(articleId) ? articleId : null;
  if (!isUuid(userId)) return { actor: null, projectId: null };
  const { rows: [user] } = await sqlPool().query<SessionRow>(
    `SELECT u.id, u.email, u.name, u.role::text AS role, u.locale, u."disabledAt" IS NOT NULL AS disabled, u."sessionVersion",
       EXISTS (SELECT 1 FROM "RevokedSession" r WHERE r.jti = $2::text) AS revoked,
       COALESCE((SELECT json_agg(json_build_array(m."projectId", m.role)) FROM "ProjectMember" m WHERE m."userId" = u.id), '[]'::json) AS memberships,
       (SELECT a."projectId" FROM "Article" a WHERE a.id = $3::uuid) AS "articleProjectId"
     FROM "User" u
     WHERE u.id = $1::uuid`,
    [userId, sessionId ?? null, article],
  );
  if (!user) return { actor: null, projectId: null };
  const actor = activeActor(user, sessionVersion);
  return { actor, projectId: actor ? user.articleProjectId : null };
}

/** The row's user as an actor, or null when the account was disabled or the session revoked or outdated. */
function activeActor(user: SessionRow, sessionVersion: number | undefined): Actor | null {
  if (user.revoked || user.disabled || (sessionVersion !== undefined && user.sessionVersion !== sessionVersion)) return null;
  // An admin works in every project (null), as actorProjects says; anyone else where they are a member, at most their account's role.
  const projects = user.role === 'admin' ? null : new Map(user.memberships.map(([projectId, role]) => [projectId, capRole(role, user.role)]));
  return { id: user.id, email: user.email, name: user.name, role: user.role, projects, locale: isLocale(user.locale) ? user.locale : null };
}
