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
import { findArticleProject } from '../../lib/server/data/projects/find-article-project';

export const session: { actor: Actor | null } = { actor: null };

/** The exports of lib/server/auth/cookie-session.ts that read the session. */
export async function getCookieActor(): Promise<Actor | null> {
  return session.actor;
}

export async function getCookieActorAndArticleProject(articleId: string | null): Promise<{ actor: Actor | null; projectId: string | null }> {
  return { actor: session.actor, projectId: session.actor && articleId !== null ? await findArticleProject(articleId) : null };
}
