// The signed-in user of an integration test, in place of the browser's session cookie.
// A test file swaps the cookie session for this module in one line (vi.mock is hoisted
// above the imports, so its factory imports the module rather than naming a variable):
//
//   vi.mock('@/lib/server/auth/cookie-session', () => import('../support/session'));
//
// Everything else stays real: getActor still reads an API token from the Authorization
// header and otherwise asks getCookieActor, which answers `session.actor`.
// withSeededDatabase signs out before every test; routeClient's `as` and `hit` sign in.
import type { Actor } from '../../lib/server/actor';

export const session: { actor: Actor | null } = { actor: null };

/** The one export of lib/server/auth/cookie-session.ts. */
export async function getCookieActor(): Promise<Actor | null> {
  return session.actor;
}
