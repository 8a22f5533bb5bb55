// Calling route handlers in integration tests the way Next.js calls them: a Request
// (the one request builder here) and `{ params }`, as whoever the mocked cookie session
// (tests/support/session.ts) has signed in, or with an API token. An Answer keeps the
// status, the headers, the raw text (for byte-for-byte comparisons) and the JSON body.
import type { Actor } from '../../lib/server/actor';
import { findSessionUser } from '../../lib/server/data/users/find-session-user';
import type { Role } from '../../lib/vocabulary';
import { spanOf } from './annotation-bodies';
import { routes } from './routes';
import { type DemoName, SAMPLE_TITLE, type SeededDatabase } from './seeded-database';
import { session } from './session';

export type Json = Record<string, unknown>;
export type Answer = { status: number; headers: Headers; text: string; body: Json };

export const ORIGIN = 'http://localhost:3000';

export type RequestOptions = {
  /** A string is sent as it is; anything else as JSON. */
  body?: unknown;
  /** The body's Content-Type: application/json unless given; null sends none. */
  contentType?: string | null;
  /** Sent as `Authorization: Bearer <token>`. */
  token?: string;
  /** Sent last, so they win over the ones above. */
  headers?: Record<string, string>;
};

/** A request to `path` (a path and query, or a whole URL) as a browser on localhost:3000 sends it. */
export function request(method: string, path = '/x', options: RequestOptions = {}): Request {
  const body = options.body === undefined ? undefined : typeof options.body === 'string' ? options.body : JSON.stringify(options.body);
  const headers: Record<string, string> = { host: 'localhost:3000' };
  if (body !== undefined && options.contentType !== null) headers['content-type'] = options.contentType ?? 'application/json';
  if (options.token !== undefined) headers.authorization = `Bearer ${options.token}`;
  return new Request(new URL(path, ORIGIN), { method, headers: { ...headers, ...options.headers }, body });
}

/** The second argument of a route handler: `{ params }`, where a string is the `id`. */
export function context(id: string): { params: Promise<{ id: string }> };
export function context<P extends Record<string, string>>(params?: P): { params: Promise<P> };
export function context(params: Record<string, string> | string = {}) {
  return { params: Promise.resolve(typeof params === 'string' ? { id: params } : params) };
}

/** What a handler answered. The body is the parsed JSON of a JSON answer, else {}. */
export async function answerOf(response: Response | Promise<Response>): Promise<Answer> {
  const answered = await response;
  const text = await answered.text();
  let body: Json = {};
  if (text !== '' && /json/.test(answered.headers.get('content-type') ?? '')) {
    try {
      body = JSON.parse(text) as Json;
    } catch {
      body = {};
    }
  }
  return { status: answered.status, headers: answered.headers, text, body };
}

export const errorOf = (answer: Answer) => (answer.body.error ?? {}) as { code?: string; message?: string };

export type Hit = RequestOptions & {
  method?: string;
  /** Path and query (the handler is given directly; this is only what it sees as its URL). */
  path?: string;
  params?: Record<string, string>;
};

type Handler = (request: Request, context: never) => Promise<Response>;

/** Signing in and calling handlers as the demo users of `database` (see withSeededDatabase). */
export function routeClient(database: SeededDatabase) {
  /** Signs `who` in (null: nobody) until the next sign-in or the next test. */
  const as = (who: DemoName | Actor | null) => {
    session.actor = typeof who === 'string' ? database.actors[who] : who;
  };

  /** Calls `handler` as whoever is signed in now. */
  const call = (handler: unknown, options: Hit = {}): Promise<Answer> =>
    answerOf((handler as Handler)(request(options.method ?? 'GET', options.path, options), context(options.params) as never));

  /** Calls `handler` as `who` (null: nobody, or only the token the options carry), then signs out. */
  async function hit(who: DemoName | Actor | null, handler: unknown, options: Hit = {}): Promise<Answer> {
    as(who);
    try {
      return await call(handler, options);
    } finally {
      session.actor = null;
    }
  }

  /** Imports an article as the editor (headline, then paragraphs) and gives back its id and canonical text. */
  async function importArticle(lines: string[]): Promise<{ id: string; text: string; title: string }> {
    const answer = await hit('editor', routes.articles.POST, { method: 'POST', path: '/api/articles', body: { text: lines.join('\n') } });
    if (answer.status !== 201) throw new Error(`POST /api/articles answered ${answer.status}: ${answer.text}`);
    const article = answer.body.article as { id: string; text: string; title: string };
    return { id: article.id, text: article.text, title: article.title };
  }

  let copies = 0;
  /**
   * A fresh copy of the seeded sample article, for a test that changes what it reads: the same
   * text under the headline "Russian Troops In Iran (copy n): …", so "Russian Troops In Iran"
   * still opens it.
   */
  async function sampleCopy(): Promise<{ id: string; text: string }> {
    const { text } = await database.sampleArticle();
    copies += 1;
    const [headline, ...paragraphs] = text.split('\n');
    if (headline !== SAMPLE_TITLE) throw new Error(`the sample article opens with ${headline}`);
    const copy = await importArticle([SAMPLE_TITLE.replace(':', ` (copy ${copies}):`), ...paragraphs]);
    return { id: copy.id, text: copy.text };
  }

  /** `who` annotates the first occurrence of `exact` through the JSON API; `fields` are the other fields sent. */
  async function annotate(who: DemoName, article: { id: string; text: string }, exact: string, label = 'claim', fields: Json = {}): Promise<{ id: string; version: number }> {
    const answer = await hit(who, routes.articleAnnotations.POST, { method: 'POST', params: { id: article.id }, body: { label, ...spanOf(article.text, exact), ...fields } });
    if (answer.status !== 201) throw new Error(`POST /api/articles/<id>/annotations answered ${answer.status}: ${answer.text}`);
    return answer.body.annotation as { id: string; version: number };
  }

  /**
   * `who` (a demo name or a user id) as the cookie session would load them now: role,
   * disabled and project roles read from the database, for tests in which those change.
   */
  async function personNow(who: DemoName | string): Promise<Actor> {
    const id = who in database.actors ? database.actors[who as DemoName].id : who;
    const actor = await findSessionUser(id, undefined);
    if (!actor) throw new Error(`no active user ${who}`);
    return actor;
  }

  /** hit() as `who` loaded now (personNow). */
  const hitNow = async (who: DemoName | string, handler: unknown, options: Hit = {}): Promise<Answer> => hit(await personNow(who), handler, options);

  let accounts = 0;
  /** A new account with `role`, made by the admin (email and name from `label`); its id. */
  async function createAccount(role: Role, label = 'person', name?: string): Promise<string> {
    accounts += 1;
    const body = { email: `${label}.${role}.${accounts}@example.org`, name: name ?? `${label} ${role} ${accounts}`, role, password: 'Correct horse battery staple 42' };
    const answer = await hit('admin', routes.users.POST, { method: 'POST', path: '/api/users', body });
    if (answer.status !== 201) throw new Error(`POST /api/users answered ${answer.status}: ${answer.text}`);
    return (answer.body.user as Json).id as string;
  }

  /** A project made by `who` with `body` ({name, description?, guidelines?}); its id. */
  async function createProject(who: DemoName | string, body: Json): Promise<string> {
    const answer = await hitNow(who, routes.projects.POST, { method: 'POST', path: '/api/projects', body });
    if (answer.status !== 201) throw new Error(`POST /api/projects answered ${answer.status}: ${answer.text}`);
    return (answer.body.project as Json).id as string;
  }

  return { annotate, as, call, createAccount, createProject, hit, hitNow, importArticle, personNow, sampleCopy };
}
