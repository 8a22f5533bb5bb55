import 'server-only';
// Which of the caller's notifications they may list: their own, of the projects
// they are still in (an admin: every project). An article's notification follows
// the article's project as it is now, so a move to a project the reader is not
// in takes it from their list; leaving a project hides its notifications (they
// come back if the reader rejoins). Checked in every query's `where`.
import type { Actor } from '../../actor';
import type { Prisma } from '../../db/client';
import { projectsWith } from '../../guards';

export function visibleNotificationsWhere(actor: Actor): Prisma.NotificationWhereInput {
  const projects = projectsWith(actor, 'notifications:read');
  if (projects === null) return { userId: actor.id };
  const ids = [...projects];
  return { userId: actor.id, OR: [{ articleId: null, projectId: { in: ids } }, { article: { projectId: { in: ids } } }] };
}

/**
 * The same rule in SQL, for the bell's count that every page's header asks (issue 16): a condition on
 * `n` ("Notification") and `a` (its article, left-joined), with its parameters from `$<first>` on.
 */
export function visibleNotificationsSql(actor: Actor, first: number): { where: string; values: unknown[] } {
  const projects = projectsWith(actor, 'notifications:read');
  if (projects === null) return { where: `n."userId" = $${first}::uuid`, values: [actor.id] };
  const ids = `$${first + 1}::uuid[]`;
  return { where: `n."userId" = $${first}::uuid AND ((n."articleId" IS NULL AND n."projectId" = ANY(${ids})) OR a."projectId" = ANY(${ids}))`, values: [actor.id, [...projects]] };
}
