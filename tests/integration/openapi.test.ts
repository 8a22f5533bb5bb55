// The API description against the real routes: every route file's exported
// method is described, and every described operation exists (a new endpoint
// without a description fails here); the proxy's table of allowed methods
// agrees with the route files; and every status an operation answers when
// called in the ways that provoke refusals is one its description lists.
import { config, setConfigEnv } from '@/lib/config';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { OPERATIONS, openApiDocument, statusesOf } from '@/lib/openapi/openapi-document';
import { matchRoute } from '@/lib/openapi/route-methods';
import { CONTAINER_QUERY_PARAMETERS } from '@/lib/validation/container-query';
import { request, routeClient } from '../support/route-client';
import { type DemoName, withSeededDatabase } from '../support/seeded-database';

vi.mock('@/lib/server/auth/cookie-session', () => import('../support/session'));

const APP = path.resolve(import.meta.dirname, '../../app');
const METHODS = ['GET', 'HEAD', 'OPTIONS', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;
// next-auth's own endpoints are its protocol, documented by next-auth.
const UNDOCUMENTED = new Set(['/api/auth/{...nextauth}']);

async function routeFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(entries.map((entry) => (entry.isDirectory() ? routeFiles(path.join(dir, entry.name)) : Promise.resolve(entry.name === 'route.ts' ? [path.join(dir, entry.name)] : []))));
  return nested.flat();
}

/** app/api/articles/[id]/route.ts → /api/articles/{id}; a top-level container keeps its trailing slash. */
function apiPath(file: string): string {
  const route = path.relative(APP, path.dirname(file)).split(path.sep).filter((part) => !part.startsWith('(')).map((part) => part.replace(/^\[(.+)\]$/, '{$1}'));
  const joined = `/${route.join('/')}`;
  return joined === '/annotations' ? '/annotations/' : joined;
}

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;
type RouteModule = Partial<Record<(typeof METHODS)[number], Handler>>;

/** Every route file's path, the methods it exports, and the module. */
async function routeExports(): Promise<{ pathName: string; methods: string[]; module: RouteModule }[]> {
  const routes: { pathName: string; methods: string[]; module: RouteModule }[] = [];
  for (const file of await routeFiles(APP)) {
    const routeModule = (await import(file)) as RouteModule;
    routes.push({ pathName: apiPath(file), methods: METHODS.filter((method) => typeof routeModule[method] === 'function'), module: routeModule });
  }
  return routes;
}

async function implementedOperations(): Promise<string[]> {
  const routes = (await routeExports()).filter((route) => !UNDOCUMENTED.has(route.pathName));
  return routes.flatMap((route) => route.methods.map((method) => `${method.toLowerCase()} ${route.pathName}`)).sort();
}

describe('the OpenAPI document', () => {
  it('describes exactly the operations the route files implement', async () => {
    const documented = Object.entries(OPERATIONS).flatMap(([pathName, methods]) => Object.keys(methods).map((method) => `${method} ${pathName}`)).sort();
    expect(documented).toEqual(await implementedOperations());
  });

  it("gives proxy.ts, for a concrete path of every route file, exactly what Next.js serves there: the file's methods, HEAD with GET, and OPTIONS", async () => {
    for (const route of await routeExports()) {
      const concrete = route.pathName.replace(/\{\.\.\.\w+\}/g, 'session').replace(/\{\w+\}/g, '0d4c2b7e-2a8f-4d0e-9b7a-3c9f5e1a2b3c');
      const expected = new Set([...route.methods, 'OPTIONS']);
      // next-auth answers HEAD with 400, so the table does not offer it there.
      if (route.methods.includes('GET') && !UNDOCUMENTED.has(route.pathName)) expected.add('HEAD');
      expect(matchRoute(concrete), concrete).toMatchObject({ template: route.pathName, allow: [...expected].sort() });
    }
    expect(matchRoute('/api/no-such-route')).toBeNull();
  });

  it('is OpenAPI 3.1 with request schemas from the validation code', () => {
    const document = openApiDocument('https://desk.example/') as { openapi: string; paths: Record<string, Record<string, { requestBody?: { content: Record<string, { schema: { properties?: Record<string, unknown> } }> }; responses: Record<string, unknown>; operationId: string }>> };
    expect(document.openapi).toBe('3.1.0');
    const verdict = document.paths['/api/articles/{id}/passages/{passageId}/verdict']?.post;
    expect(Object.keys(verdict?.requestBody?.content['application/json']?.schema.properties ?? {})).toEqual(expect.arrayContaining(['label', 'rating', 'explanation', 'claimant', 'appearanceUrl']));
    const ids = Object.values(document.paths).flatMap((methods) => Object.values(methods).map((operation) => operation.operationId));
    expect(new Set(ids).size).toBe(ids.length);
    for (const methods of Object.values(document.paths)) for (const operation of Object.values(methods)) expect(Object.keys(operation.responses).length).toBeGreaterThan(0);
  });
});

// --- Every status an operation answers is documented ----------------------------------------

type Probe = {
  what: string;
  who: DemoName | null;
  /** Applies to operations with a JSON body only. */
  bodyOnly?: boolean;
  query?: (operation: { query?: Record<string, string> }) => string | null;
  headers?: Record<string, string>;
  body?: string;
};

/** Requests that provoke the refusals an operation of its kind can give; ids that exist nowhere. */
const PROBES: Probe[] = [
  { what: 'no credentials', who: null },
  { what: 'a reviewer', who: 'reviewer1' },
  { what: 'the admin, an unknown id', who: 'admin' },
  { what: 'the editor, an unknown id', who: 'editor' },
  { what: 'malformed JSON', who: 'admin', bodyOnly: true, headers: { 'content-type': 'application/json' }, body: '{"' },
  { what: 'JSON of the wrong shape', who: 'admin', bodyOnly: true, headers: { 'content-type': 'application/json' }, body: '{"zzz": 1}' },
  { what: 'a body that is not JSON', who: 'admin', bodyOnly: true, headers: { 'content-type': 'text/plain' }, body: 'hello' },
  { what: 'an oversized body', who: 'admin', bodyOnly: true, headers: { 'content-type': 'application/json', 'content-length': '999999999' }, body: '{}' },
  { what: 'an unknown query parameter', who: 'admin', query: () => 'zzz=1' },
  { what: 'malformed values of its query parameters', who: 'admin', query: (operation) => (operation.query ? Object.keys(operation.query).map((name) => `${name}=%01bogus`).join('&') : null) },
  { what: 'an Accept it cannot answer', who: 'admin', headers: { accept: 'image/png' } },
];

const database = withSeededDatabase();
const { as, hit } = routeClient(database);

const SOME_ID = '0d4c2b7e-2a8f-4d0e-9b7a-3c9f5e1a2b3c';
const DOCUMENTED = Object.entries(OPERATIONS).flatMap(([template, methods]) => Object.entries(methods).map(([method, operation]) => ({ template, method: method.toUpperCase() as (typeof METHODS)[number], operation })));

function concretePath(template: string): { path: string; params: Record<string, string> } {
  const params: Record<string, string> = {};
  const concrete = template.replace(/\{(\w+)\}/g, (_match, name: string) => (params[name] = name === 'passageId' ? '0-5' : SOME_ID));
  return { path: concrete, params };
}

async function call(module: RouteModule, method: (typeof METHODS)[number], template: string, probe: Probe, operation: { query?: Record<string, string>; body?: unknown; bodyType?: string }): Promise<number | null> {
  const handler = module[method];
  if (!handler) throw new Error(`${method} ${template} is documented but not exported`);
  const hasBody = Boolean(operation.body || operation.bodyType);
  if (probe.bodyOnly && !hasBody) return null;
  const query = probe.query ? probe.query(operation) : '';
  if (query === null) return null;
  const { path: concrete, params } = concretePath(template);
  as(probe.who);
  try {
    const response = await handler(request(method, `${concrete}${query ? `?${query}` : ''}`, { body: probe.body, headers: probe.headers }), { params: Promise.resolve(params) });
    await response.body?.cancel();
    return response.status;
  } finally {
    as(null);
  }
}

let modules: Map<string, RouteModule>;

describe('every status an operation answers is in its description', () => {
  beforeAll(async () => {
    modules = new Map((await routeExports()).map((route) => [route.pathName, route.module]));
  });

  it('for no credentials, the wrong role, unknown ids, malformed, foreign or oversized bodies, bad query parameters and Accept', async () => {
    const undocumented: string[] = [];
    for (const { template, method, operation } of DOCUMENTED) {
      const documented = Object.keys(statusesOf(template, operation)).map(Number);
      for (const probe of PROBES) {
        const status = await call(modules.get(template)!, method, template, probe, operation);
        if (status !== null && !documented.includes(status)) undocumented.push(`${method} ${template} (${probe.what}): answered ${status}, documents ${documented.join(', ')}`);
      }
    }
    expect(undocumented, undocumented.join('\n')).toEqual([]);
  });

  it('declares an API-token scope exactly where a token is let in (and so documents 429 and the bearer scheme there)', async () => {
    const made = await hit('admin', modules.get('/api/tokens')!.POST!, { method: 'POST', path: '/api/tokens', body: { name: 'openapi probe', scopes: ['read:exports', 'write:annotations'], userId: database.actors.admin.id } });
    expect(made.status).toBe(201);
    const { secret } = made.body as { secret: string };
    const wrong: string[] = [];
    for (const { template, method, operation } of DOCUMENTED) {
      if (operation.access === 'public') continue;
      const status = await call(modules.get(template)!, method, template, { what: 'a token with every scope', who: null, headers: { authorization: `Bearer ${secret}` } }, operation);
      // 403 is the guard's "API tokens cannot do this"; anything else means the token got past it.
      const letIn = status !== 403 && status !== 401;
      if (letIn !== Boolean(operation.scope)) wrong.push(`${method} ${template}: a token ${letIn ? 'is let in' : 'is refused'} (${status}), the description says ${operation.scope ? `scope ${operation.scope}` : 'no token'}`);
    }
    expect(wrong, wrong.join('\n')).toEqual([]);
  });

  it('documents 401 and 403 wherever sign-in is needed, and 400, 413 and 415 wherever a body is read', () => {
    for (const { template, method, operation } of DOCUMENTED) {
      const documented = Object.keys(statusesOf(template, operation)).map(Number);
      if (operation.access !== 'public') expect(documented, `${method} ${template}`).toEqual(expect.arrayContaining([401, 403]));
      if (operation.body || operation.bodyType) expect(documented, `${method} ${template}`).toEqual(expect.arrayContaining([400, 413, 415]));
    }
  });

  it("lists the container's query parameters exactly as the container reads them", async () => {
    const container = OPERATIONS['/annotations/']!;
    expect(Object.keys(container.get!.query!).sort()).toEqual(Object.keys(CONTAINER_QUERY_PARAMETERS).sort());
    expect(Object.keys(container.head!.query!).sort()).toEqual(Object.keys(CONTAINER_QUERY_PARAMETERS).sort());
    const get = (query: string) => call(modules.get('/annotations/')!, 'GET', '/annotations/', { what: query, who: 'editor', query: () => query }, {});
    // Each listed parameter is read (a bad value is refused), and nothing else is accepted.
    const article = await database.sampleArticle();
    expect(await get(`article=${article.id}&pageSize=2&iris=1`)).toBe(200);
    expect(await get(`article=${article.id}&page=0`)).toBe(404); // no annotations there yet, so no pages
    expect(await get('target=https://nowhere.example/x')).toBe(200);
    for (const bad of ['article=', 'target=', 'page=x', 'pageSize=0', 'iris=2', `article=${article.id}&target=https://x.example/`, 'pageSize=1&pageSize=2']) expect(await get(bad), bad).toBe(400);
    expect(await get('size=10')).toBe(400);
    const document = openApiDocument('https://desk.example/') as { paths: Record<string, Record<string, { parameters: { name: string; in: string }[] }>> };
    const parameters = document.paths['/annotations/']!.get!.parameters;
    expect(parameters.filter((parameter) => parameter.in === 'query').map((parameter) => parameter.name).sort()).toEqual(Object.keys(CONTAINER_QUERY_PARAMETERS).sort());
    expect(parameters.filter((parameter) => parameter.in === 'header').map((parameter) => parameter.name)).toEqual(expect.arrayContaining(['Accept', 'Prefer', 'If-None-Match']));
  });

  describe('with the database stopped', () => {
    let url: string | undefined;
    beforeAll(async () => {
      const { closeDatabase } = await import('@/lib/server/db/client');
      await closeDatabase();
      // The live change feed's own connection goes with the database, as in an outage.
      await (globalThis as { corroborateLive?: { stop(): Promise<void> } }).corroborateLive?.stop();
      url = config().databaseUrl ?? undefined;
      // Nothing listens on port 1: every connection is refused at once.
      setConfigEnv({ DATABASE_URL: 'postgresql://postgres@127.0.0.1:1/corroborate' });
    });
    afterAll(async () => {
      const { closeDatabase } = await import('@/lib/server/db/client');
      await closeDatabase();
      setConfigEnv({ DATABASE_URL: url });
    });

    it('answers 503 from every operation that reads the database, which says so, and nothing undocumented from the others', async () => {
      const problems: string[] = [];
      for (const { template, method, operation } of DOCUMENTED) {
        const documented = statusesOf(template, operation);
        const status = await call(modules.get(template)!, method, template, { what: 'database stopped', who: 'admin' }, operation);
        if (status === null) continue;
        if (!(status in documented)) problems.push(`${method} ${template}: answered ${status}, documents ${Object.keys(documented).join(', ')}`);
        // Without a body nothing is refused before the first query, so a database-backed operation must say 503.
        const readsDatabase = operation.database !== false;
        if (readsDatabase && !operation.body && !operation.bodyType && status !== 503) problems.push(`${method} ${template}: reads the database but answered ${status}, not 503`);
        if (!readsDatabase && status === 503) problems.push(`${method} ${template}: declared database: false but answered 503`);
      }
      expect(problems, problems.join('\n')).toEqual([]);
    });
  });
});
