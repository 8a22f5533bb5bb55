import 'server-only';
// The session cookie's decrypted token, kept per cookie value in each server process (issue 16).
// next-auth's decoder derives the key (HKDF) and decrypts the token (AES-GCM) on every request,
// about 0.15 ms of CPU here, the same work each time a browser sends the same cookie. What is
// kept is only what decrypting that exact value gave; its expiry is checked again on every use,
// and the user, the session's version and its id are still read from the database on every
// request (find-session-user.ts), so signing out, a password change or a disabled account take
// effect at once, as before. A value that does not decode is not kept (each try decodes again).
import { LRUCache } from 'lru-cache';
import type { JWT } from 'next-auth/jwt';

/** Cookies of this many sessions (about 0.5 kB each): every desk's browsers, with room to spare. */
const MAX_SESSIONS = 10_000;

const tokens = new LRUCache<string, JWT>({ max: MAX_SESSIONS });

/**
 * The token the cookie value `raw` decodes to: the one kept for it while it has not expired, else
 * `decode()` (next-auth's own decoder, which checks the encryption and the expiry), kept when it
 * gave a token with an expiry. `now` in milliseconds.
 */
export async function decodedSessionToken(raw: string, decode: () => Promise<JWT | null>, now: number = Date.now()): Promise<JWT | null> {
  const kept = tokens.get(raw);
  if (kept) {
    if (unexpired(kept, now)) return kept;
    tokens.delete(raw);
  }
  const token = await decode();
  if (token && unexpired(token, now)) tokens.set(raw, token);
  return token;
}

function unexpired(token: JWT, now: number): boolean {
  return typeof token.exp === 'number' && token.exp * 1000 > now;
}
