import 'server-only';
import { db } from '../../db/client';
import { isUuid } from '../../../validation/uuid';

/**
 * Ends one session (signing out): its id is refused until the token would
 * have expired anyway, so a copied cookie does not outlive the sign-out.
 * Expired entries are cleared on the way.
 */
export async function revokeSession(sessionId: string, userId: string, expiresAt: Date): Promise<void> {
  if (!isUuid(userId)) return;
  await db().$transaction([
    db().revokedSession.deleteMany({ where: { expiresAt: { lt: new Date() } } }),
    db().revokedSession.upsert({ where: { jti: sessionId }, create: { jti: sessionId, userId, expiresAt }, update: {} }),
  ]);
}
