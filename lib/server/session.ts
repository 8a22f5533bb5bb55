import 'server-only';
// Resolves the session cookie to an Actor once per request. The role is read
// from the database, not trusted from the token, so a role change or a disabled
// account takes effect on the next request.
import { getServerSession } from 'next-auth';
import { cache } from 'react';
import type { Actor } from './actor';
import { authOptions } from './auth/auth-options';
import { findSessionUser } from './data/users/find-session-user';

export const getActor = cache(async (): Promise<Actor | null> => {
  const session = await getServerSession(authOptions);
  const userId = session?.user?.id;
  if (!userId) return null;
  return findSessionUser(userId, session.sessionVersion);
});
