import 'server-only';
// Who has the article's consensus page open now: each person once, by name, leaving out
// entries whose heartbeat has stopped (record-presence.ts). The actor is the caller's proof that
// consensus:read was checked in the article's project.
import type { PresentPerson } from '../../../views/live-views';
import type { Authorized } from '../../guards';
import { db } from '../../db/client';
import { PRESENCE_EXPIRY_SECONDS } from './record-presence';

export async function listPresence(_actor: Authorized<'consensus:read'>, articleId: string): Promise<PresentPerson[]> {
  const rows = await db().livePresence.findMany({
    where: { articleId, seenAt: { gte: new Date(Date.now() - PRESENCE_EXPIRY_SECONDS * 1000) } },
    distinct: ['userId'],
    select: { user: { select: { id: true, name: true } } },
  });
  return rows.map(({ user }) => user).sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
}
