import 'server-only';
// The browser's way in: the next-auth session cookie. The role is read from the
// database, not trusted from the token, so a role change or a disabled account
// takes effect on the next request.
import { cookies } from 'next/headers';
import { getToken } from 'next-auth/jwt';
import { config } from '../../config';
import type { Actor } from '../actor';
import { findSessionUserAndArticleProject } from '../data/users/find-session-user';
import { decodedSessionToken } from './session-token-cache';

/** next-auth's cookie: Secure with the __Secure- prefix whenever the public URL is https, as next-auth names it. */
export function sessionCookie(): { name: string; secure: boolean } {
  const secure = config().publicUrl?.startsWith('https://') ?? false;
  return { name: `${secure ? '__Secure-' : ''}next-auth.session-token`, secure };
}

/**
 * The session cookie's token, decrypted and checked (signature, expiry) by next-auth's own
 * decoder. Not getServerSession: in a route handler that runs next-auth's whole session
 * endpoint per request (options, a CSRF token, the callbacks) and encrypts a refreshed token
 * it cannot set, on every request (issue 16). The session callback's mapping (auth-options.ts)
 * is the three fields read here.
 */
export async function getCookieActor(): Promise<Actor | null> {
  return (await getCookieActorAndArticleProject(null)).actor;
}

/** getCookieActor, and the project of the article `articleId` read with the user (findSessionUserAndArticleProject). */
export async function getCookieActorAndArticleProject(articleId: string | null): Promise<{ actor: Actor | null; projectId: string | null }> {
  const secret = config().authSecret;
  if (!secret) return { actor: null, projectId: null };
  const { name, secure } = sessionCookie();
  // Only the cookie: a Bearer header is an API token (session.ts), never a session token.
  const jar = await cookies();
  const decode = () => getToken({ req: { cookies: jar, headers: {} } as never, secret, secureCookie: secure, cookieName: name });
  // A token too large for one cookie comes in chunks (name.0, name.1, …): decoded each time, as before.
  const raw = jar.get(name)?.value;
  const token = raw ? await decodedSessionToken(raw, decode) : await decode();
  if (!token?.uid) return { actor: null, projectId: null };
  return findSessionUserAndArticleProject(token.uid, token.sessionVersion, token.sid, articleId);
}
