import 'server-only';
// After a password change the person's other sessions end (sessionVersion is
// bumped) but the browser that made the change stays signed in: its session
// cookie is replaced by one with the new version and a new session id, made
// the way next-auth makes it (same encoder, secret, cookie name and flags).
import { cookies } from 'next/headers';
import { encode, getToken } from 'next-auth/jwt';
import { config } from '../../config';
import { SESSION_HOURS } from './auth-options';
import { sessionCookie } from './cookie-session';

export async function reissueSession(request: Request, sessionVersion: number): Promise<boolean> {
  const secret = config().authSecret;
  if (!secret) return false;
  const { name: cookieName, secure } = sessionCookie();
  const jar = await cookies();
  const token = await getToken({ req: { cookies: jar, headers: request.headers } as never, secret, secureCookie: secure, cookieName });
  if (!token) return false;
  const maxAge = SESSION_HOURS * 3600;
  const value = await encode({ token: { ...token, sessionVersion, sid: crypto.randomUUID() }, secret, maxAge });
  jar.set(cookieName, value, { httpOnly: true, sameSite: 'lax', path: '/', secure, expires: new Date(Date.now() + maxAge * 1000) });
  return true;
}
