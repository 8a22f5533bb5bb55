import 'server-only';
// Sign-in attempts live in PostgreSQL so every app process shares one count.
import { db } from '../../db/client';

export type SignInAccount = { id: string; email: string; name: string; role: 'reviewer' | 'editor' | 'admin'; passwordHash: string | null; sessionVersion: number; disabled: boolean };

/** The only read of a password hash; it never leaves the sign-in path. */
export async function findSignInAccount(email: string): Promise<SignInAccount | null> {
  const user = await db().user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, role: true, passwordHash: true, sessionVersion: true, disabledAt: true },
  });
  if (!user) return null;
  const { disabledAt, ...rest } = user;
  return { ...rest, disabled: disabledAt !== null };
}

export async function recordSignInAttempt(attempt: { email: string; ip: string; succeeded: boolean }): Promise<void> {
  await db().signInAttempt.create({ data: attempt });
}

export async function countRecentFailures(since: Date, key: { email: string; ip: string }): Promise<{ byEmail: number; byIp: number; oldestByEmail: Date | null }> {
  const [byEmail, byIp, oldest] = await Promise.all([
    db().signInAttempt.count({ where: { email: key.email, succeeded: false, createdAt: { gte: since } } }),
    db().signInAttempt.count({ where: { ip: key.ip, succeeded: false, createdAt: { gte: since } } }),
    db().signInAttempt.findFirst({ where: { email: key.email, succeeded: false, createdAt: { gte: since } }, orderBy: { createdAt: 'asc' }, select: { createdAt: true } }),
  ]);
  return { byEmail, byIp, oldestByEmail: oldest?.createdAt ?? null };
}
