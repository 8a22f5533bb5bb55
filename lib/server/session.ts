import 'server-only';
// Who is asking, once per request: an API token when the request carries
// `Authorization: Bearer …` (newsroom systems), else the session cookie.
import { cache } from 'react';
import { AppError } from '../errors';
import type { Actor } from './actor';
import { getCookieActor, getCookieActorAndArticleProject } from './auth/cookie-session';
import { findArticleProject } from './data/projects/find-article-project';
import { authenticateApiToken } from './data/tokens/authenticate-api-token';
import { currentRequest } from './http/request-context';

export const getActor = cache(async (): Promise<Actor | null> => {
  const request = currentRequest();
  const bearer = bearerToken(request);
  if (request && bearer) return authenticateApiToken(bearer, { method: request.method, path: new URL(request.url).pathname });
  return getCookieActor();
});

/**
 * getActor, and the project of the article `articleId` (null if there is none), for the guard of
 * every request about an article: a cookie session reads both in one statement (issue 16).
 */
export async function getActorAndArticleProject(articleId: string): Promise<{ actor: Actor | null; projectId: string | null }> {
  if (bearerToken(currentRequest())) {
    const actor = await getActor();
    return { actor, projectId: actor ? await findArticleProject(articleId) : null };
  }
  return getCookieActorAndArticleProject(articleId);
}

/** The API token of `Authorization: Bearer …`, or null without one; a malformed Bearer header is a 401. */
function bearerToken(request: Request | undefined): string | null {
  const authorization = request?.headers.get('authorization');
  // Other schemes (Basic from a reverse proxy in front of the app) are not ours to judge.
  if (!authorization || !/^Bearer\b/i.test(authorization)) return null;
  const bearer = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
  if (!bearer?.[1]) throw new AppError('unauthenticated', 'Send the API token as "Authorization: Bearer <token>".');
  return bearer[1];
}
