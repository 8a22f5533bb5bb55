import 'server-only';
// The signed-in person's new password (the current one already checked by
// lib/server/auth/change-own-password.ts): stored, their sessions ended (the
// caller re-issues the current one), the change recorded. Their API tokens are
// kept: the owner changed the password themselves, and tokens are made by an
// admin for a system, not with the password.
import { db } from '../../db/client';
import type { Authorized } from '../../guards';

export async function setOwnPassword(actor: Authorized<'account:password'>, passwordHash: string): Promise<{ sessionVersion: number }> {
  return db().$transaction(async (tx) => {
    const user = await tx.user.update({
      where: { id: actor.id },
      data: { passwordHash, passwordChangedAt: new Date(), sessionVersion: { increment: 1 } },
      select: { sessionVersion: true },
    });
    await tx.passwordChange.create({ data: { userId: actor.id, actorId: actor.id, kind: 'self' } });
    return user;
  });
}
