// Every request gets a deliberate answer, measured against the production
// build: for every route of the permission matrix (and every page), a method
// it does not serve is 405 with an Allow header naming exactly what it does
// serve, OPTIONS is 204 with that Allow (no CORS), TRACE and CONNECT are 501,
// and a method token Node cannot parse (FOO) is Node's 400 — never a 5xx.
// A server action posted from another site is 403 before Next.js sees it
// (Next would throw, a 500), and a wrong action id, wrong arguments or a body
// no decoder can read are 4xx or the action's own refusal, never a 500.
import { existsSync, readFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { uniqueTag } from '../fixtures/accounts';
import { expect, test } from '../fixtures/test';
import { PAGES, ROUTES } from './permission-matrix';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SOME_ID = '0d4c2b7e-2a8f-4d0e-9b7a-3c9f5e1a2b3c';
const STANDARD = ['GET', 'HEAD', 'OPTIONS', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;
const PAGE_ALLOW = 'GET, HEAD, OPTIONS, POST';
/** next-auth's catch-all: next-auth answers HEAD with 400, so it is not offered there. */
const NEXT_AUTH = '/api/auth/[...nextauth]';

type Answer = { status: number; allow: string | null; contentType: string | null; body: string };

/** One request through node:http, which sends any method token as it is (a browser or fetch would refuse TRACE and CONNECT). */
function send(baseURL: string, method: string, target: string): Promise<Answer> {
  const url = new URL(target, baseURL);
  return new Promise((resolve, reject) => {
    const request = http.request({ host: url.hostname, port: url.port, method, path: `${url.pathname}${url.search}`, headers: { accept: 'application/json' } });
    const read = (response: http.IncomingMessage, socket?: { destroy(): void }) => {
      const chunks: Buffer[] = [];
      const done = () => {
        socket?.destroy();
        resolve({ status: response.statusCode ?? 0, allow: response.headers.allow ?? null, contentType: response.headers['content-type'] ?? null, body: Buffer.concat(chunks).toString('utf8') });
      };
      if (socket) return done(); // CONNECT: the status line and headers are the answer
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', done);
    };
    request.on('response', (response) => read(response));
    request.on('connect', (response, socket) => read(response, socket));
    request.on('error', reject);
    request.setTimeout(15_000, () => request.destroy(new Error(`${method} ${target} timed out`)));
    request.end();
  });
}

/** A concrete URL for a matrix path: ids and passage keys that need not exist (the method decides first). */
function concrete(routePath: string): string {
  return routePath.replace('[...nextauth]', 'session').replace('[passageId]', '0-4').replace(/\[\w+\]/g, SOME_ID);
}

/** Each route path with the methods the matrix lists for it, and the Allow those imply. */
function routeTable(): { path: string; served: Set<string>; allow: string }[] {
  const byPath = new Map<string, Set<string>>();
  for (const row of ROUTES) byPath.set(row.path, (byPath.get(row.path) ?? new Set()).add(row.method));
  return [...byPath].map(([routePath, served]) => {
    const allow = new Set([...served, 'OPTIONS']);
    if (served.has('GET') && routePath !== NEXT_AUTH) allow.add('HEAD');
    return { path: routePath, served, allow: [...allow].sort().join(', ') };
  });
}

function describe(method: string, target: string, answer: Answer): string {
  return `${method} ${target}: ${answer.status} Allow=${answer.allow ?? '-'} ${answer.body.slice(0, 120)}`;
}

test('every route answers a method it does not serve with 405 and its Allow, OPTIONS with 204, TRACE and CONNECT with 501, and never a 5xx', async ({ baseURL }) => {
  test.setTimeout(120_000);
  const problems: string[] = [];
  for (const route of routeTable()) {
    const target = concrete(route.path);
    const unserved = [...STANDARD.filter((method) => !route.allow.split(', ').includes(method)), 'PROPFIND', 'MKCOL', 'PURGE'];
    for (const method of unserved) {
      const answer = await send(baseURL!, method, target);
      if (answer.status !== 405 || answer.allow !== route.allow || !/json/.test(answer.contentType ?? '')) problems.push(`expected 405 with Allow "${route.allow}" and a JSON message — ${describe(method, target, answer)}`);
    }
    const options = await send(baseURL!, 'OPTIONS', target);
    const ownDiscovery = route.path.startsWith('/annotations');
    // The container and its annotations answer OPTIONS themselves (200 with their protocol headers).
    if (options.status !== (ownDiscovery ? 200 : 204) || options.allow?.split(', ').sort().join(', ') !== route.allow) problems.push(`expected OPTIONS to list "${route.allow}" — ${describe('OPTIONS', target, options)}`);
    for (const method of ['TRACE', 'CONNECT']) {
      const answer = await send(baseURL!, method, target);
      if (answer.status !== 501) problems.push(`expected 501 — ${describe(method, target, answer)}`);
    }
    const foo = await send(baseURL!, 'FOO', target);
    if (foo.status !== 400) problems.push(`expected Node's 400 for a method it cannot parse — ${describe('FOO', target, foo)}`);
  }
  expect(problems, problems.join('\n')).toEqual([]);
});

test('every page answers PUT, PATCH, DELETE and WebDAV methods with 405 and Allow, OPTIONS with 204, TRACE with 501', async ({ baseURL }) => {
  const problems: string[] = [];
  for (const row of PAGES) {
    const target = concrete(row.path);
    for (const method of ['PUT', 'PATCH', 'DELETE', 'PROPFIND']) {
      const answer = await send(baseURL!, method, target);
      if (answer.status !== 405 || answer.allow !== PAGE_ALLOW) problems.push(`expected 405 with Allow "${PAGE_ALLOW}" — ${describe(method, target, answer)}`);
    }
    const options = await send(baseURL!, 'OPTIONS', target);
    if (options.status !== 204 || options.allow !== PAGE_ALLOW) problems.push(`expected 204 with Allow — ${describe('OPTIONS', target, options)}`);
    const trace = await send(baseURL!, 'TRACE', target);
    if (trace.status !== 501) problems.push(`expected 501 — ${describe('TRACE', target, trace)}`);
  }
  expect(problems, problems.join('\n')).toEqual([]);
});

/** This build's id of a server action, from .next/server/server-reference-manifest.json. */
function actionId(name: string): string {
  const file = path.join(ROOT, '.next/server/server-reference-manifest.json');
  expect(existsSync(file), 'the production build has a server-reference manifest').toBe(true);
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as { node?: Record<string, { exportedName?: string }> };
  const id = Object.entries(manifest.node ?? {}).find(([, entry]) => entry.exportedName === name)?.[0];
  expect(id, `${name} is in the build`).toBeTruthy();
  return id!;
}

/** The import form's action as React's client sends it: multipart, the arguments [state, $K1] in field 0, the form under _1_. */
function importForm(title: string): FormData {
  const form = new FormData();
  form.append('_1_mode', 'paste');
  form.append('_1_format', 'text');
  form.append('_1_content', `${title}\nOne paragraph of text, imported by a server action.`);
  form.append('0', '[{},"$K1"]');
  return form;
}

test('a server action posted from another site is 403; a wrong action id or wrong arguments are refused without a 500', async ({ apiAs, baseURL }) => {
  const editor = await apiAs('editor');
  const id = actionId('importArticleAction');
  const imported = async (title: string) => ((await (await editor.get('/api/articles', { params: { q: title } })).json()) as { articles: unknown[] }).articles.length;
  const post = (headers: Record<string, string>, multipart: FormData | undefined, data?: string) =>
    editor.post('/articles/import', { headers: { accept: 'text/x-component', ...headers }, ...(multipart ? { multipart } : { data }), maxRedirects: 0 });

  for (const origin of ['https://evil.test', 'null', `${new URL(baseURL!).protocol}//${new URL(baseURL!).hostname}:1`]) {
    const title = `Cross-site action ${uniqueTag()}`;
    const refused = await post({ 'next-action': id, origin }, importForm(title));
    expect(refused.status(), `Origin: ${origin}`).toBe(403);
    expect(await refused.text()).toContain('Cross-site request refused');
    expect(await imported(title)).toBe(0);
  }
  // A form without JavaScript (no Next-Action header, the id in a field) from another site: refused the same way.
  const noScript = new FormData();
  noScript.append(`$ACTION_ID_${id}`, '');
  noScript.append('mode', 'paste');
  noScript.append('content', 'Headline\nBody');
  expect((await post({ origin: 'https://evil.test' }, noScript)).status()).toBe(403);

  // From this site, the same request works: the refusal was the Origin, nothing else.
  const title = `Same-site action ${uniqueTag()}`;
  const accepted = await post({ 'next-action': id, origin: new URL(baseURL!).origin }, importForm(title));
  expect(accepted.status(), await accepted.text()).toBeLessThan(400);
  expect(await imported(title)).toBe(1);

  const unknown = await post({ 'next-action': `7f${'0'.repeat(38)}aa`, origin: new URL(baseURL!).origin }, importForm('x'));
  expect(unknown.status()).toBe(409);
  const malformed = await post({ 'next-action': 'not-an-action-id', origin: new URL(baseURL!).origin }, importForm('x'));
  expect(malformed.status()).toBe(400);
  // Arguments that are not the form (a hand-made request): the action's own refusal, not a TypeError and a 500.
  const wrongArguments = await post({ 'next-action': id, origin: new URL(baseURL!).origin, 'content-type': 'text/plain;charset=UTF-8' }, undefined, '[{},[1,2]]');
  expect(wrongArguments.status()).toBe(200);
  expect(await wrongArguments.text()).toContain('The form did not arrive as form data');
  // Bodies React's decoder cannot read at all: 400 from the proxy, never the decoder's 500.
  const sameSite = { 'next-action': id, origin: new URL(baseURL!).origin };
  for (const [contentType, body] of [
    ['text/plain;charset=UTF-8', '}{'],
    ['text/plain;charset=UTF-8', ''],
    [undefined, '[{"$":'],
    ['multipart/form-data', '--x\r\nContent-Disposition: form-data; name="0"\r\n\r\n[]\r\n--x--'],
    ['multipart/form-data; boundary=x', 'garbage without any boundary line'],
  ] as const) {
    const refused = await post({ ...sameSite, ...(contentType ? { 'content-type': contentType } : {}) }, undefined, body);
    expect(refused.status(), `${contentType}: ${body}`).toBe(400);
    expect(await refused.text()).toContain('malformed');
  }
  // The same garbage without JavaScript's header, as a plain multipart POST to the page.
  expect((await post({ origin: new URL(baseURL!).origin, 'content-type': 'multipart/form-data; boundary=x' }, undefined, 'not a form')).status()).toBe(400);
});
