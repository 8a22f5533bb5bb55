// Session cookies made the way next-auth makes them at sign-in (its JWT encoder, the server's
// NEXTAUTH_SECRET, the claims of lib/server/auth/auth-options.ts' jwt callback), for benches that
// need many people signed in: a thousand sign-ins through the API would take minutes of argon2 on
// the server, which is not what they measure. The server checks these exactly as it checks a
// browser's (signature, account, sessionVersion, revocation); benches still sign one person in
// through the API to show that the way in works.
import { randomUUID } from 'node:crypto';
import { encode } from 'next-auth/jwt';
import type { Role } from '../../lib/vocabulary';

/** Long enough for any bench run (the app's own sessions last longer; the server honours the token's expiry). */
const MAX_AGE_SECONDS = 4 * 3600;
/** The session version of an account that has never changed its password (prisma/schema.prisma's default). */
const FIRST_SESSION_VERSION = 1;

export async function sessionCookie(secret: string, user: { id: string; email: string; name: string; role: Role }): Promise<string> {
  const token = await encode({
    secret,
    maxAge: MAX_AGE_SECONDS,
    token: { sub: user.id, name: user.name, email: user.email, uid: user.id, role: user.role, sessionVersion: FIRST_SESSION_VERSION, sid: randomUUID() },
  });
  return `next-auth.session-token=${token}`;
}
