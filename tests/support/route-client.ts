// Calling any route handler as a given actor in integration tests: the test
// file mocks the cookie session with `cookie` (vi.mock of
// '@/lib/server/auth/cookie-session'), so session and API-token callers go
// through the real session code. Answers keep the raw body text too, for
// byte-for-byte comparisons.
import type { Actor } from '../../lib/server/actor';

export type Json = Record<string, unknown>;
export type Handler = (request: Request, context: never) => Promise<Response>;
export type Answer = { status: number; headers: Headers; text: string; body: Json };

export const ORIGIN = 'http://localhost:3000';

export type Hit = {
  method?: string;
  /** Path and query (the handler is given directly; this is only what it sees as its URL). */
  path?: string;
  params?: Record<string, string>;
  body?: unknown;
  headers?: Record<string, string>;
};

export function routeClient(cookie: { actor: Actor | null }, actors: () => Record<string, Actor>) {
  return async function hit(who: string | null, handler: unknown, options: Hit = {}): Promise<Answer> {
    cookie.actor = who ? actors()[who]! : null;
    const headers: Record<string, string> = { host: 'localhost:3000', ...options.headers };
    if (options.body !== undefined && !Object.keys(headers).some((name) => name.toLowerCase() === 'content-type')) headers['content-type'] = 'application/json';
    const body = options.body === undefined ? undefined : typeof options.body === 'string' ? options.body : JSON.stringify(options.body);
    const request = new Request(`${ORIGIN}${options.path ?? '/x'}`, { method: options.method ?? 'GET', headers, body });
    try {
      const response = await (handler as (request: Request, context: unknown) => Promise<Response>)(request, { params: Promise.resolve(options.params ?? {}) });
      const text = await response.text();
      let parsed: Json = {};
      try {
        parsed = text ? (JSON.parse(text) as Json) : {};
      } catch {
        parsed = {};
      }
      return { status: response.status, headers: response.headers, text, body: parsed };
    } finally {
      cookie.actor = null;
    }
  };
}

export const errorOf = (answer: Answer) => (answer.body.error ?? {}) as { code?: string; message?: string };
