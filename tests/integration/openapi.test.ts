// The API description against the real routes: every route file's exported
// method is described, and every described operation exists. A new endpoint
// without a description fails here.
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { OPERATIONS, openApiDocument } from '@/lib/openapi/openapi-document';
import { matchRoute } from '@/lib/openapi/route-methods';

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

/** Every route file's path and the methods it exports. */
async function routeExports(): Promise<{ pathName: string; methods: string[] }[]> {
  const routes: { pathName: string; methods: string[] }[] = [];
  for (const file of await routeFiles(APP)) {
    const routeModule = (await import(file)) as Record<string, unknown>;
    routes.push({ pathName: apiPath(file), methods: METHODS.filter((method) => typeof routeModule[method] === 'function') });
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
