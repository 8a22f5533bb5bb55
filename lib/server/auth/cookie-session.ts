import 'server-only';
// The browser's way in: the next-auth session cookie. The role is read from the
// database, not trusted from the token, so a role change or a disabled account
// takes effect on the next request.
import { getServerSession } from 'next-auth';
import type { Actor } from '../actor';
import { findSessionUser } from '../data/users/find-session-user';
import { authOptions } from './auth-options';

export async function getCookieActor(): Promise<Actor | null> {
  const session = await getServerSession(authOptions);
  const userId = session?.user?.id;
  if (!userId) return null;
  return findSessionUser(userId, session.sessionVersion, session.sessionId);
}
