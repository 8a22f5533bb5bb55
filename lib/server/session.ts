import 'server-only';
// Who is asking, once per request: an API token when the request carries
// `Authorization: Bearer …` (newsroom systems), else the session cookie.
import { cache } from 'react';
import { AppError } from '../errors';
import type { Actor } from './actor';
import { getCookieActor } from './auth/cookie-session';
import { authenticateApiToken } from './data/tokens/authenticate-api-token';
import { currentRequest } from './http/request-context';

export const getActor = cache(async (): Promise<Actor | null> => {
  const request = currentRequest();
  const authorization = request?.headers.get('authorization');
  // Other schemes (Basic from a reverse proxy in front of the app) are not ours to judge.
  if (request && authorization && /^Bearer\b/i.test(authorization)) {
    const bearer = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
    if (!bearer?.[1]) throw new AppError('unauthenticated', 'Send the API token as "Authorization: Bearer <token>".');
    return authenticateApiToken(bearer[1], { method: request.method, path: new URL(request.url).pathname });
  }
  return getCookieActor();
});
