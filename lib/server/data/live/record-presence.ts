import 'server-only';
// Presence on an article's consensus page: a row per open live stream (its id is the
// stream's), inserted when the stream opens, touched by its heartbeat, deleted when it closes.
// The insert and delete are what the trigger announces; a process that dies leaves its rows,
// which stop counting after PRESENCE_EXPIRY_SECONDS and are swept by the next arrival.
import type { Authorized } from '../../guards';
import { db } from '../../db/client';

/** Three missed heartbeats (every 15 s) and an entry no longer counts. */
export const PRESENCE_EXPIRY_SECONDS = 45;

export async function joinPresence(actor: Authorized<'consensus:read'>, articleId: string, streamId: string): Promise<void> {
  const stale = new Date(Date.now() - PRESENCE_EXPIRY_SECONDS * 1000);
  await db().$transaction([
    db().livePresence.deleteMany({ where: { articleId, seenAt: { lt: stale } } }),
    db().livePresence.create({ data: { id: streamId, articleId, userId: actor.id } }),
  ]);
}

export async function touchPresence(streamId: string): Promise<void> {
  await db().livePresence.updateMany({ where: { id: streamId }, data: { seenAt: new Date() } });
}

export async function leavePresence(streamId: string): Promise<void> {
  await db().livePresence.deleteMany({ where: { id: streamId } });
}
