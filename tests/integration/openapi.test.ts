// The API description against the real routes: every route file's exported
// method is described, and every described operation exists. A new endpoint
// without a description fails here.
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { OPERATIONS, openApiDocument } from '@/lib/openapi/openapi-document';

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

async function implementedOperations(): Promise<string[]> {
  const operations: string[] = [];
  for (const file of await routeFiles(APP)) {
    const pathName = apiPath(file);
    if (UNDOCUMENTED.has(pathName)) continue;
    const routeModule = (await import(file)) as Record<string, unknown>;
    for (const method of METHODS) if (typeof routeModule[method] === 'function') operations.push(`${method.toLowerCase()} ${pathName}`);
  }
  return operations.sort();
}

describe('the OpenAPI document', () => {
  it('describes exactly the operations the route files implement', async () => {
    const documented = Object.entries(OPERATIONS).flatMap(([pathName, methods]) => Object.keys(methods).map((method) => `${method} ${pathName}`)).sort();
    expect(documented).toEqual(await implementedOperations());
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
