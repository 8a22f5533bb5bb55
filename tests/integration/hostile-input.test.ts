// Hostile input through the real route handlers on PostgreSQL: every API input
// path gets the corpus of tests/support/hostile-corpus.ts. Each input is either
// refused with a 4xx and a JSON {error: {code, message}} that writes nothing
// (database.snapshot() unchanged), or stored inert: text exactly as sent (or as
// the schema documents: trimmed, controls removed from article text), stored
// HTML with no script, event handler or non-http link left. Never a 5xx.
//
// URL import runs with CORROBORATE_ALLOW_LOOPBACK_IMPORT unset. DNS is a table
// in this file and the only sockets opened go to a server on 127.0.0.1: a name
// that "resolves" to a public stand-in address is connected to that server, so
// a public-looking page can redirect to loopback, metadata and private
// addresses, which must be refused before any connection is made to them.
import http from 'node:http';
import net, { type AddressInfo, isIP, type LookupFunction } from 'node:net';
import { isDeepStrictEqual } from 'node:util';
import { DomUtils, parseDocument } from 'htmlparser2';
import { afterAll, beforeAll, beforeEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import {
  C0_CONTROLS,
  DEEP_HTML_DEPTH,
  DEEP_NESTING_DEPTH,
  HOSTILE_DAYS,
  HOSTILE_IDS,
  HOSTILE_NUMBERS,
  HOSTILE_URLS,
  type Hostile,
  INVISIBLE_AND_BIDI,
  LONG_STRINGS,
  MALFORMED_JSON,
  MARKUP_IN_HTTP_URLS,
  NON_OBJECT_JSON,
  SQL_LIKE,
  TEMPLATE_INJECTION,
  SSRF_URLS,
  TEXT_PAYLOADS,
  UNSTORABLE,
  WRONG_CONTENT_TYPES,
  XSS,
  REPEATED_LINE,
  astralString,
  deeplyNestedHtml,
  hostileArticleHtml,
  nestedArrays,
  nestedObjects,
  oversizedBody,
  prototypePollutionBodies,
  repetitiveText,
} from '../support/hostile-corpus';
import { spanOf, webAnnotation as w3cAnnotation } from '../support/annotation-bodies';
import { type Answer, type Json, ORIGIN, routeClient } from '../support/route-client';
import { routes as allRoutes } from '../support/routes';
import { type DemoName, withSeededDatabase } from '../support/seeded-database';

vi.mock('@/lib/server/auth/cookie-session', () => import('../support/session'));
vi.hoisted(() => {
  // URL import must not reach loopback here; IRIs come from the request's origin.
  delete process.env.CORROBORATE_ALLOW_LOOPBACK_IMPORT;
  delete process.env.NEXTAUTH_URL;
});

/** The resolver URL import sees: a fixed table, so no query ever leaves the machine. */
const dnsTable = vi.hoisted(() => new Map<string, string[]>());
vi.mock('node:dns/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:dns/promises')>();
  const { isIP: ipFamily } = await import('node:net');
  const lookup = async (hostname: string) => {
    const addresses = dnsTable.get(hostname.toLowerCase());
    if (!addresses) throw Object.assign(new Error(`test resolver: ${hostname} is not in the table`), { code: 'ENOTFOUND' });
    return addresses.map((address) => ({ address, family: ipFamily(address) }));
  };
  return { ...actual, default: { ...actual, lookup }, lookup };
});

type RouteHandler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;
type RouteModule = Record<string, RouteHandler>;
// Handlers typed alike, so a table of endpoints can hold any of them.
const routes = allRoutes as unknown as Record<keyof typeof allRoutes, RouteModule>;

type Call = {
  who: DemoName | null;
  method: string;
  path: string;
  /** Sent as JSON.stringify(json) with Content-Type: application/json. */
  json?: unknown;
  /** Sent verbatim (with `contentType`, default application/json). */
  raw?: string;
  contentType?: string | null;
  headers?: Record<string, string>;
  params?: Record<string, string>;
};

const ANNO = 'http://www.w3.org/ns/anno.jsonld';

const database = withSeededDatabase();
const { hit } = routeClient(database);
/** Requests sent so far: a snapshot taken after a refusal stays valid only while no other request was sent. */
let callCount = 0;

/** Every request of this file goes through here, so that callCount counts it. */
async function call(handler: RouteHandler | undefined, options: Call): Promise<Answer> {
  if (!handler) throw new Error(`no ${options.method} handler for ${options.path}`);
  callCount += 1;
  const body = options.raw ?? (options.json === undefined ? undefined : JSON.stringify(options.json));
  return hit(options.who, handler, { method: options.method, path: options.path, params: options.params, body, contentType: options.contentType, headers: options.headers });
}

// --- what "refused" and "stored inert" mean ---------------------------------------------

/** Problems with a refusal's shape: a JSON {error: {code, message}} with a message a person can read. */
function refusalShapeProblems(answer: Answer): string[] {
  const problems: string[] = [];
  if (!/json/.test(answer.headers.get('content-type') ?? '')) problems.push(`content type ${answer.headers.get('content-type')}`);
  const error = answer.body.error as Json | undefined;
  if (typeof error?.code !== 'string' || error.code === '') problems.push('no error code');
  if (typeof error?.message !== 'string' || error.message.trim() === '') problems.push('no error message');
  return problems;
}

const errorMessage = (answer: Answer) => ((answer.body.error as Json | undefined)?.message as string | undefined) ?? '';

type Verify = (answer: Answer) => string[] | Promise<string[]>;
type Expectation =
  | { kind: 'refused'; message?: RegExp }
  | { kind: 'stored'; verify: Verify }
  | { kind: 'either'; verify: Verify };

const refused = (message?: RegExp): Expectation => ({ kind: 'refused', message });
const stored = (verify: Verify): Expectation => ({ kind: 'stored', verify });
const either = (verify: Verify): Expectation => ({ kind: 'either', verify });
const UNSTORABLE_MESSAGE = /NUL character|unpaired surrogate/;

/** The snapshot taken after the last refusal, and the request count then. */
let knownSnapshot: { calls: number; state: Record<string, string> } | null = null;

/**
 * Sends one hostile request and returns what is wrong with the answer (empty when
 * nothing): never a 5xx; a refusal is a well-formed 4xx that changed nothing; a
 * success passes `verify`.
 */
async function probe(what: string, send: () => Promise<Answer>, expectation: Expectation): Promise<string[]> {
  const before = knownSnapshot?.calls === callCount ? knownSnapshot.state : await database.snapshot();
  knownSnapshot = null;
  const answer = await send();
  const calls = callCount;
  const summary = `${what}: ${answer.status} ${answer.text.slice(0, 300)}`;
  if (answer.status >= 500) return [`${summary} — a 5xx`];
  if (answer.status >= 400) {
    const problems = refusalShapeProblems(answer).map((problem) => `${summary} — ${problem}`);
    if (expectation.kind === 'stored') problems.push(`${summary} — expected it to be stored`);
    if (expectation.kind === 'refused' && expectation.message && !expectation.message.test(errorMessage(answer))) problems.push(`${summary} — message does not match ${expectation.message}`);
    const after = await database.snapshot();
    const changed = Object.keys(after).filter((table) => after[table] !== before[table]);
    if (changed.length > 0) problems.push(`${summary} — refused, but wrote to ${changed.join(', ')}`);
    else if (calls === callCount) knownSnapshot = { calls, state: after };
    return problems;
  }
  if (expectation.kind === 'refused') return [`${summary} — expected a 4xx`];
  return (await expectation.verify(answer)).map((problem) => `${what}: ${problem}`);
}

/** Runs every probe and fails once, listing every input that misbehaved. */
async function expectAll(probes: Array<Promise<string[]> | (() => Promise<string[]>)>): Promise<void> {
  const problems: string[] = [];
  for (const next of probes) problems.push(...(typeof next === 'function' ? await next() : await next));
  expect(problems).toEqual([]);
}

const ALLOWED_ELEMENTS = new Set(['h1', 'h2', 'h3', 'p', 'ul', 'ol', 'li', 'blockquote', 'strong', 'em', 'a']);

/** What in stored article HTML could run or navigate: any element, attribute or node outside the block model. */
function liveHtmlProblems(html: string): string[] {
  const problems: string[] = [];
  const document = parseDocument(html, { decodeEntities: true });
  for (const node of DomUtils.filter(() => true, document.children, true)) {
    if (node.type === 'comment' || node.type === 'cdata' || node.type === 'directive') problems.push(`a ${node.type} node`);
  }
  for (const element of DomUtils.findAll(() => true, document.children)) {
    if (!ALLOWED_ELEMENTS.has(element.name)) problems.push(`<${element.name}> element`);
    for (const [name, value] of Object.entries(element.attribs)) {
      const allowed = element.name === 'a' && ((name === 'href' && /^(https?:\/\/|mailto:)/i.test(value)) || name === 'rel');
      if (!allowed) problems.push(`<${element.name} ${name}="${value}">`);
    }
  }
  return problems;
}

/** The text a reader sees: the blocks of the stored HTML, one per line, as the canonical text is made. */
function renderedText(html: string): string {
  const document = parseDocument(html, { decodeEntities: true });
  return DomUtils.findAll((element) => ['h1', 'h2', 'h3', 'p'].includes(element.name), document.children)
    .map((element) => DomUtils.textContent(element))
    .join('\n');
}

// The documented normalisations (lib/validation, lib/articles/normalize-whitespace).
const stripControls = (text: string) => text.replace(/[\u0000-\u0008\u000b\u000e-\u001f\u007f]/g, '');
const collapse = (text: string) => text.replace(/[ \t\n\r\f]+/g, ' ');
/** Article titles: trimmed, controls removed, whitespace collapsed. */
const documentedTitle = (sent: string) => collapse(stripControls(sent.trim())).trim();
/** Pasted article text: one block per non-empty line, controls removed, whitespace collapsed. */
const documentedLines = (sent: string) => sent.split(/\r\n?|\n/).map((line) => collapse(stripControls(line)).trim()).filter(Boolean);

type ArticleRow = { id: string; title: string; html: string; text: string; byline: string | null; publisher: string | null; sourceUrl: string | null; publishedAt: Date | null };

async function articleRow(id: string): Promise<ArticleRow> {
  const [row] = await database.query<ArticleRow>('SELECT id, title, html, text, byline, publisher, "sourceUrl", "publishedAt" FROM "Article" WHERE id = $1', [id]);
  if (!row) throw new Error(`article ${id} is not stored`);
  return row;
}

/** The stored article is inert and renders exactly its canonical text; `expected` fields are compared as stored. */
async function verifyStoredArticle(id: string, expected: Partial<Pick<ArticleRow, 'title' | 'text' | 'byline' | 'publisher'>> = {}): Promise<string[]> {
  const row = await articleRow(id);
  const problems = liveHtmlProblems(row.html).map((problem) => `stored html has ${problem}`);
  if (renderedText(row.html) !== row.text) problems.push(`stored html renders ${JSON.stringify(renderedText(row.html).slice(0, 200))}, not the text ${JSON.stringify(row.text.slice(0, 200))}`);
  if (!row.text.startsWith(`${row.title}\n`)) problems.push(`the text does not start with the title ${JSON.stringify(row.title)}`);
  for (const [field, value] of Object.entries(expected) as [keyof typeof expected, string | null][]) {
    if (row[field] !== value) problems.push(`stored ${field} is ${JSON.stringify(row[field])?.slice(0, 200)}, expected ${JSON.stringify(value)?.slice(0, 200)}`);
  }
  return problems;
}

const createdArticleId = (answer: Answer) => (answer.body.article as Json).id as string;

function sameValue(label: string, actual: unknown, expected: unknown): string[] {
  // Numbers as JSON sees them: -0 is stored (and sent back) as 0.
  const same = typeof actual === 'number' && typeof expected === 'number' ? actual === expected : isDeepStrictEqual(actual, expected);
  return same ? [] : [`${label} is ${JSON.stringify(actual)?.slice(0, 200)}, expected ${JSON.stringify(expected)?.slice(0, 200)}`];
}

// --- the network URL import sees ------------------------------------------------------------

/** A public address no test ever connects to: connections to it are sent to the local server instead. */
const PUBLIC_STAND_IN = '93.184.215.14';
const LOOPBACK = new Set(['127.0.0.1', '::1']);
/** Paths the local server was asked for, and every address a socket was opened to (after the resolver). */
const served: string[] = [];
const connected: string[] = [];

const hostilePage = (title: string) =>
  `<!doctype html><html><head><title>${title}</title><meta name="author" content="&quot;&gt;&lt;img src=x onerror=__xss(3)&gt;"><meta property="og:site_name" content="&lt;script&gt;__xss(1)&lt;/script&gt;"></head>` +
  `<body><article><h1>${title}</h1>${'<p>A paragraph of real text that Readability keeps because it is long enough, with commas, and full stops.</p>'.repeat(5)}${XSS.map((payload) => `<p>x ${payload.value}</p>`).join('')}</article></body></html>`;

async function startNetwork(): Promise<void> {
  server = http.createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://placeholder').pathname;
    served.push(path);
    const redirect = (location: string) => response.writeHead(302, { location }).end();
    switch (path) {
      case '/article':
        response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(hostilePage('A hostile page &lt;script&gt;__xss(1)&lt;/script&gt;'));
        return;
      case '/plain-with-controls':
        response.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' }).end('Plain\u0000 headline\nBody with a NUL\u0000 byte, a bell\u0007 and text that is long enough to stay.\n');
        return;
      case '/html-with-controls':
        response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(hostilePage('Controls\u0000 in the title').replace('<meta name="author" content="', '<meta name="author" content="Nul\u0000 Byline \uFFFF'));
        return;
      case '/to-loopback':
        redirect(`http://127.0.0.1:${serverPort}/article`);
        return;
      case '/to-localhost':
        redirect(`http://localhost:${serverPort}/article`);
        return;
      case '/to-localhost-dot':
        redirect(`http://localhost.:${serverPort}/article`);
        return;
      case '/to-decimal-loopback':
        redirect(`http://2130706433:${serverPort}/article`);
        return;
      case '/to-mapped-loopback':
        redirect(`http://[::ffff:127.0.0.1]:${serverPort}/article`);
        return;
      case '/to-metadata':
        redirect('http://169.254.169.254/latest/meta-data/');
        return;
      case '/to-metadata-name':
        redirect('http://metadata.google.internal/computeMetadata/v1/');
        return;
      case '/to-private':
        redirect('http://10.0.0.1/admin');
        return;
      case '/to-userinfo':
        redirect(`http://news.example.org@127.0.0.1:${serverPort}/article`);
        return;
      case '/to-javascript':
        redirect('javascript:__xss(1)');
        return;
      case '/to-unresolvable':
        redirect('http://not-in-the-table.internal/admin');
        return;
      case '/to-mail-port':
        redirect('http://news.example.org:25/');
        return;
      default:
        response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  serverPort = (server.address() as AddressInfo).port;
  dnsTable.set('news.example.org', [PUBLIC_STAND_IN]);
  dnsTable.set('rebinding.example.org', [PUBLIC_STAND_IN, '127.0.0.1']);
  dnsTable.set('localhost', ['127.0.0.1', '::1']);
  dnsTable.set('localhost.', ['127.0.0.1']);
  dnsTable.set('metadata.google.internal', ['169.254.169.254']);
  dnsTable.set('intranet.example.org', ['10.0.0.5']);
  dnsTable.set('ula.example.org', ['fd00:ec2::254']);
  installNetwork();
}

async function stopNetwork(): Promise<void> {
  vi.restoreAllMocks();
  server?.closeAllConnections();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
}

/** HTTP sockets: a connection to the stand-in goes to the local server; any other non-loopback one fails the test. */
function installNetwork(): void {
  const original = net.Socket.prototype.connect;
  vi.spyOn(net.Socket.prototype, 'connect').mockImplementation(function (this: net.Socket, ...args: unknown[]) {
    const first: unknown = Array.isArray(args[0]) ? (args[0] as unknown[])[0] : args[0];
    // pg connects with (port, host) to the test database; leave it alone.
    if (typeof first !== 'object' || first === null || !('host' in first)) return original.apply(this, args as Parameters<typeof original>);
    const options = first as net.TcpNetConnectOpts;
    const host = options.host ?? 'localhost';
    if (isIP(host) !== 0) {
      if (!LOOPBACK.has(host)) throw new Error(`test network: refused connect to ${host}`);
      connected.push(host);
    } else if (options.lookup) {
      const inner = options.lookup;
      const routed: LookupFunction = (hostname, lookupOptions, callback) => {
        inner(hostname, lookupOptions, (error, address, family) => {
          if (error) return callback(error, address, family);
          const list = Array.isArray(address) ? address.map((entry) => entry.address) : [address];
          connected.push(...list);
          const toLocal = (value: string) => (value === PUBLIC_STAND_IN ? '127.0.0.1' : value);
          if (list.some((value) => !LOOPBACK.has(toLocal(value)))) return callback(new Error(`test network: refused connect to ${list.join(', ')}`) as NodeJS.ErrnoException, '', 0);
          if (Array.isArray(address)) return callback(null, address.map((entry) => ({ address: toLocal(entry.address), family: 4 })));
          return callback(null, toLocal(address), 4);
        });
      };
      options.lookup = routed;
      if (Number(options.port ?? 80) === 80) options.port = serverPort;
    } else {
      throw new Error(`test network: connect to ${host} without a pinned lookup`);
    }
    return original.apply(this, args as Parameters<typeof original>);
  });
}


// --- fixtures ------------------------------------------------------------------------------

const importArticle = (body: Json, who: DemoName = 'editor') => call(routes.articles.POST, { who, method: 'POST', path: '/api/articles', json: body });
const BODY_TEXT = 'A plain paragraph that is long enough to be body text, ending with a full stop.\nA closing paragraph, also ending with a full stop.';

type Workbench = { id: string; text: string; revision: number; lines: { start: number; end: number; exact: string }[] };

/** An article whose lines are the text corpus, so hostile quotes can be annotated where they really occur. */
async function createWorkbench(title: string): Promise<Workbench> {
  const lines = TEXT_PAYLOADS.map((payload, index) => `Line ${index}: ${payload.value.replace(/[\r\n]+/g, ' ')}`);
  const answer = await importArticle({ title, text: [title, BODY_TEXT, ...lines].join('\n') });
  expect(answer.status, answer.text).toBe(201);
  const article = answer.body.article as { id: string; text: string; revision: number };
  let offset = 0;
  const spans = article.text.split('\n').map((line) => {
    const span = { start: offset, end: offset + line.length, exact: line };
    offset += line.length + 1;
    return span;
  });
  return { id: article.id, text: article.text, revision: article.revision, lines: spans.filter((span) => span.exact.startsWith('Line ')) };
}

const createAnnotation = (articleId: string, body: Json | string, who: DemoName = 'reviewer1') =>
  call(routes.articleAnnotations.POST, { who, method: 'POST', path: `/api/articles/${articleId}/annotations`, ...(typeof body === 'string' ? { raw: body } : { json: body }), params: { id: articleId } });

type AnnotationRow = { id: string; rationale: string; evidence: unknown; exact: string; start: number; end: number; version: number; label: string };
async function annotationRow(id: string): Promise<AnnotationRow> {
  const [row] = await database.query<AnnotationRow>('SELECT id, rationale, evidence, exact, start, "end", version, label::text FROM "Annotation" WHERE id = $1', [id]);
  if (!row) throw new Error(`annotation ${id} is not stored`);
  return row;
}

let workbench: Workbench;
/** The seeded desk's one project. */
let deskProject: string;
/** reviewer1's annotation on the workbench, edited by the PATCH, reattach and W3C PUT probes. */
let editable: { id: string; version: number };
/** An article with an agreed passage two reviewers submitted, for verdicts. */
let adjudicated: { id: string; passageId: string; verdictVersion: number | null; rating: string };
let server: http.Server;
let serverPort: number;

beforeAll(async () => {
  await startNetwork();
  deskProject = (await database.query<{ id: string }>(`SELECT id FROM "Project" WHERE name = 'Desk'`))[0]!.id;
  workbench = await createWorkbench('Hostile input workbench');
  const created = await createAnnotation(workbench.id, { label: 'claim', ...spanOf(workbench.text, 'A plain paragraph'), revision: workbench.revision });
  expect(created.status, created.text).toBe(201);
  editable = { id: (created.body.annotation as Json).id as string, version: 1 };

  const verdictArticle = await importArticle({ title: 'Verdict target', text: `Verdict target\n${BODY_TEXT}` });
  expect(verdictArticle.status).toBe(201);
  const { id, text } = verdictArticle.body.article as { id: string; text: string };
  for (const reviewer of ['reviewer2', 'reviewer3'] as const) {
    expect((await createAnnotation(id, { label: 'claim', ...spanOf(text, 'A closing paragraph') }, reviewer)).status).toBe(201);
    expect((await call(routes.submit.POST, { who: reviewer, method: 'POST', path: `/api/articles/${id}/submit`, params: { id } })).status).toBe(201);
  }
  const consensus = await call(routes.consensus.GET, { who: 'editor', method: 'GET', path: `/api/articles/${id}/consensus`, params: { id } });
  const passage = (consensus.body.passages as { id: string; exact: string }[]).find((candidate) => candidate.exact === 'A closing paragraph');
  const scale = await call(routes.ratingScale.GET, { who: 'editor', method: 'GET', path: '/api/rating-scale' });
  adjudicated = { id, passageId: passage!.id, verdictVersion: null, rating: (scale.body.options as { key: string }[])[0]!.key };
});

afterAll(async () => {
  await stopNetwork();
});

// Accepted probes bump versions; each test starts from what is stored.
beforeEach(async () => {
  await refreshVersions();
});

// --- bodies that are not usable JSON, on every JSON endpoint -----------------------------

type Endpoint = { name: string; who: DemoName; handler: () => RouteHandler | undefined; method: string; path: () => string; params: () => Record<string, string>; maxBytes: number; valid: () => Json; contentType?: string };

const ENDPOINTS: Endpoint[] = [
  { name: 'POST /api/articles', who: 'editor', handler: () => routes.articles.POST, method: 'POST', path: () => '/api/articles', params: () => ({}), maxBytes: 3_000_000, valid: () => ({ text: `Valid title\n${BODY_TEXT}` }) },
  { name: 'PUT /api/articles/<id>/text', who: 'editor', handler: () => routes.articleText.PUT, method: 'PUT', path: () => `/api/articles/${workbench.id}/text`, params: () => ({ id: workbench.id }), maxBytes: 3_000_000, valid: () => ({ text: `${workbench.text}\nOne more line.` }) },
  { name: 'POST /api/articles/<id>/annotations', who: 'reviewer1', handler: () => routes.articleAnnotations.POST, method: 'POST', path: () => `/api/articles/${workbench.id}/annotations`, params: () => ({ id: workbench.id }), maxBytes: 200_000, valid: () => ({ label: 'claim', ...spanOf(workbench.text, 'A closing paragraph') }) },
  { name: 'PATCH /api/annotations/<id>', who: 'reviewer1', handler: () => routes.annotation.PATCH, method: 'PATCH', path: () => `/api/annotations/${editable.id}`, params: () => ({ id: editable.id }), maxBytes: 200_000, valid: () => ({ version: editable.version, rationale: 'fine' }) },
  { name: 'POST /api/annotations/<id>/reattach', who: 'reviewer1', handler: () => routes.reattach.POST, method: 'POST', path: () => `/api/annotations/${editable.id}/reattach`, params: () => ({ id: editable.id }), maxBytes: 200_000, valid: () => ({ version: editable.version, ...spanOf(workbench.text, 'A plain paragraph') }) },
  { name: 'POST …/passages/<id>/verdict', who: 'editor', handler: () => routes.verdict.POST, method: 'POST', path: () => `/api/articles/${adjudicated.id}/passages/${adjudicated.passageId}/verdict`, params: () => ({ id: adjudicated.id, passageId: adjudicated.passageId }), maxBytes: 50_000, valid: () => ({ label: 'claim', rating: adjudicated.rating, explanation: 'fine', ...(adjudicated.verdictVersion ? { version: adjudicated.verdictVersion } : {}) }) },
  { name: 'POST /api/articles/<id>/reopen', who: 'editor', handler: () => routes.reopenArticle.POST, method: 'POST', path: () => `/api/articles/${workbench.id}/reopen`, params: () => ({ id: workbench.id }), maxBytes: 10_000, valid: () => ({ reason: 'fine' }) },
  { name: 'POST /api/users', who: 'admin', handler: () => routes.users.POST, method: 'POST', path: () => '/api/users', params: () => ({}), maxBytes: 10_000, valid: () => ({ email: 'valid.body@example.org', name: 'Valid', role: 'reviewer', password: 'a-long-enough-password' }) },
  { name: 'PATCH /api/users/<id>', who: 'admin', handler: () => routes.user.PATCH, method: 'PATCH', path: () => `/api/users/${database.actors.reviewer3.id}`, params: () => ({ id: database.actors.reviewer3.id }), maxBytes: 10_000, valid: () => ({ role: 'reviewer' }) },
  { name: 'POST /api/tokens', who: 'admin', handler: () => routes.tokens.POST, method: 'POST', path: () => '/api/tokens', params: () => ({}), maxBytes: 10_000, valid: () => ({ name: 'fine', scopes: ['read:exports'] }) },
  { name: 'PUT /api/rating-scale', who: 'admin', handler: () => routes.ratingScale.PUT, method: 'PUT', path: () => '/api/rating-scale', params: () => ({}), maxBytes: 20_000, valid: () => ({ options: [{ key: 'a', name: 'A', value: 1 }, { key: 'b', name: 'B', value: 0 }] }) },
  { name: 'POST /api/projects', who: 'editor', handler: () => routes.projects.POST, method: 'POST', path: () => '/api/projects', params: () => ({}), maxBytes: 200_000, valid: () => ({ name: 'Hostile-input project', description: 'fine', guidelines: 'fine' }) },
  { name: 'PATCH /api/projects/<id>', who: 'editor', handler: () => routes.project.PATCH, method: 'PATCH', path: () => `/api/projects/${deskProject}`, params: () => ({ id: deskProject }), maxBytes: 200_000, valid: () => ({ description: 'fine', guidelines: 'fine' }) },
  { name: 'POST /api/projects/<id>/members', who: 'editor', handler: () => routes.projectMembers.POST, method: 'POST', path: () => `/api/projects/${deskProject}/members`, params: () => ({ id: deskProject }), maxBytes: 10_000, valid: () => ({ userId: database.actors.reviewer3.id, role: 'reviewer' }) },
  { name: 'POST /api/articles/<id>/move', who: 'editor', handler: () => routes.moveArticle.POST, method: 'POST', path: () => `/api/articles/${workbench.id}/move`, params: () => ({ id: workbench.id }), maxBytes: 10_000, valid: () => ({ projectId: deskProject, reason: 'fine' }) },
  { name: 'POST /annotations/', who: 'reviewer1', handler: () => routes.container.POST, method: 'POST', path: () => '/annotations/', params: () => ({}), maxBytes: 200_000, valid: () => webAnnotation(workbench.id, workbench.text, 'A closing paragraph'), contentType: 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"' },
];

/** A W3C annotation (labelled claim, no motivation) of `exact` on the article, or on `extra.source`. */
const webAnnotation = (articleId: string, text: string, exact: string, extra: { comment?: string; evidence?: unknown[]; source?: string } = {}): Json =>
  w3cAnnotation(extra.source ?? `${ORIGIN}/articles/${articleId}`, text, exact, 'claim', { comment: extra.comment, evidence: extra.evidence, motivation: null });

const sendRaw = (endpoint: Endpoint, raw: string, contentType: string | null = endpoint.contentType ?? 'application/json') =>
  call(endpoint.handler(), { who: endpoint.who, method: endpoint.method, path: endpoint.path(), params: endpoint.params(), raw, contentType });

describe('bodies that are not usable JSON', () => {
  it('a valid body is accepted by every endpoint (so the refusals below are about the body)', async () => {
    // Only endpoints whose valid body is idempotent enough to send once here.
    for (const endpoint of ENDPOINTS.filter((candidate) => ['PATCH /api/users/<id>', 'POST /api/tokens'].includes(candidate.name))) {
      const answer = await sendRaw(endpoint, JSON.stringify(endpoint.valid()));
      expect(answer.status, `${endpoint.name}: ${answer.text}`).toBeLessThan(300);
    }
  });

  it.each(ENDPOINTS.map((endpoint) => [endpoint.name, endpoint] as const))('%s refuses malformed JSON, non-objects and wrong content types', async (_name, endpoint) => {
    await expectAll([
      ...MALFORMED_JSON.map((body) => () => probe(`${endpoint.name} ${body.name}`, () => sendRaw(endpoint, body.value), refused())),
      ...NON_OBJECT_JSON.map((body) => () => probe(`${endpoint.name} ${body.name}`, () => sendRaw(endpoint, body.value), refused())),
      ...WRONG_CONTENT_TYPES.map((type) => () => probe(`${endpoint.name} as ${type}`, () => sendRaw(endpoint, JSON.stringify(endpoint.valid()), type), refused())),
      () => probe(`${endpoint.name} without a content type`, () => sendRaw(endpoint, JSON.stringify(endpoint.valid()), null), refused()),
    ]);
  });

  it.each(ENDPOINTS.map((endpoint) => [endpoint.name, endpoint] as const))('%s refuses oversized and deeply nested bodies', async (_name, endpoint) => {
    const valid = endpoint.valid();
    const firstKey = Object.keys(valid)[0]!;
    await expectAll([
      () => probe(`${endpoint.name} oversized`, () => sendRaw(endpoint, oversizedBody(endpoint.maxBytes + 1, firstKey)), refused(/too large/)),
      () => probe(`${endpoint.name} 10 MB`, () => sendRaw(endpoint, oversizedBody(10_000_000, firstKey)), refused(/too large/)),
      () => probe(`${endpoint.name} ${DEEP_NESTING_DEPTH} nested arrays`, () => sendRaw(endpoint, nestedArrays(DEEP_NESTING_DEPTH)), refused()),
      () => probe(`${endpoint.name} ${DEEP_NESTING_DEPTH} nested objects`, () => sendRaw(endpoint, nestedObjects(DEEP_NESTING_DEPTH)), refused()),
      () => probe(`${endpoint.name} 100,000 nested arrays`, () => sendRaw(endpoint, nestedArrays(100_000)), refused()),
      () => probe(`${endpoint.name} nested arrays in "${firstKey}"`, () => sendRaw(endpoint, JSON.stringify({ ...valid, [firstKey]: null }).replace('null', nestedArrays(DEEP_NESTING_DEPTH))), refused()),
      () => probe(`${endpoint.name} nested objects in "${firstKey}"`, () => sendRaw(endpoint, JSON.stringify({ ...valid, [firstKey]: null }).replace('null', nestedObjects(DEEP_NESTING_DEPTH, firstKey))), refused()),
    ]);
  });

  it.each(ENDPOINTS.map((endpoint) => [endpoint.name, endpoint] as const))('%s does not let prototype keys pollute anything', async (_name, endpoint) => {
    const { valid } = endpoint;
    await expectAll(
      prototypePollutionBodies(valid()).map((body) => async () => {
        // A valid body plus a prototype key: refused as an unknown field, or stored without it.
        const problems = await probe(`${endpoint.name} ${body.name}`, () => sendRaw(endpoint, body.value), either(() => []));
        const plain: Json = {};
        if ('polluted' in plain || 'role' in plain || Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')) problems.push(`${endpoint.name} ${body.name}: Object.prototype was polluted`);
        return problems;
      }),
    );
    // Later endpoints reuse versions; re-read them after whatever was stored.
    await refreshVersions();
  });
});

async function refreshVersions(): Promise<void> {
  editable.version = (await annotationRow(editable.id)).version;
  const [verdict] = await database.query<{ version: number }>('SELECT version FROM "Verdict" WHERE "articleId" = $1', [adjudicated.id]);
  adjudicated.verdictVersion = verdict?.version ?? null;
}

// --- NUL and lone surrogates, anywhere in any body or query -------------------------------

describe('characters that cannot be stored (NUL, lone surrogates)', () => {
  it('are refused with 400 in every field of every JSON body, as values and as keys', async () => {
    const probes: (() => Promise<string[]>)[] = [];
    for (const endpoint of ENDPOINTS) {
      for (const payload of UNSTORABLE) {
        for (const key of Object.keys(endpoint.valid())) {
          const withHostile = () => {
            const valid = endpoint.valid();
            const value = valid[key];
            return JSON.stringify({ ...valid, [key]: typeof value === 'string' ? `${value}${payload.value}` : payload.value });
          };
          probes.push(() => probe(`${endpoint.name} ${key} with ${payload.name}`, () => sendRaw(endpoint, withHostile()), refused(UNSTORABLE_MESSAGE)));
        }
        probes.push(() => probe(`${endpoint.name} key with ${payload.name}`, () => sendRaw(endpoint, JSON.stringify({ ...endpoint.valid(), [`x${payload.value}`]: 1 })), refused(UNSTORABLE_MESSAGE)));
        probes.push(() => probe(`${endpoint.name} ${payload.name} deep inside an array`, () => sendRaw(endpoint, JSON.stringify({ ...endpoint.valid(), extra: [[[[{ deeper: [payload.value] }]]]] })), refused(UNSTORABLE_MESSAGE)));
      }
    }
    await expectAll(probes);
  });

  it('names the field and the character in the message', async () => {
    const answer = await importArticle({ title: 'Fine', byline: 'Jane\u0000Doe', text: BODY_TEXT });
    expect(answer.status).toBe(400);
    expect(errorMessage(answer)).toMatch(/^byline: contains a NUL character \(U\+0000\)/);
    const surrogate = await importArticle({ title: 'Fine', publisher: 'Daily \uDC00', text: BODY_TEXT });
    expect(surrogate.status).toBe(400);
    expect(errorMessage(surrogate)).toMatch(/^publisher: contains an unpaired surrogate \(U\+DC00\)/);
  });

  it('refuses NUL in the query string of every route that reads one', async () => {
    const queries: [string, RouteHandler | undefined, string, DemoName, Record<string, string>][] = [
      ['GET /api/articles', routes.articles.GET, '/api/articles?q=a%00b', 'reviewer1', {}],
      ['GET /api/articles status', routes.articles.GET, '/api/articles?status=open%00', 'reviewer1', {}],
      ['GET /api/articles project', routes.articles.GET, '/api/articles?project=%00', 'reviewer1', {}],
      ['GET /api/review-queue', routes.reviewQueue.GET, '/api/review-queue?q=%00', 'editor', {}],
      ['GET /api/review-queue project', routes.reviewQueue.GET, `/api/review-queue?project=${deskProject}%00`, 'editor', {}],
      ['GET /api/exports project', routes.exports.GET, `/api/exports?project=${deskProject}%00`, 'editor', {}],
      ['GET /api/exports publisher', routes.exports.GET, '/api/exports?publisher=a%00', 'editor', {}],
      ['GET /api/exports format', routes.exports.GET, '/api/exports?format=json%00', 'editor', {}],
      ['GET /api/articles/<id>/export', routes.articleExport.GET, `/api/articles/${workbench.id}/export?format=csv%00`, 'editor', { id: workbench.id }],
      ['GET /annotations/?target=', routes.container.GET, '/annotations/?target=https%3A%2F%2Fnews.example%2F%00', 'reviewer1', {}],
      ['GET /annotations/?article=', routes.container.GET, '/annotations/?article=%00', 'reviewer1', {}],
      ['GET /api/events?article=', routes.events.GET, `/api/events?article=${workbench.id}%00`, 'reviewer1', {}],
      ['DELETE /api/annotations/<id>?version=', routes.annotation.DELETE, `/api/annotations/${editable.id}?version=1%00`, 'reviewer1', { id: editable.id }],
    ];
    await expectAll(queries.map(([what, handler, path, who, params]) => () => probe(what, () => call(handler, { who, method: path.startsWith('/api/annotations/') ? 'DELETE' : 'GET', path, params }), refused(/NUL character/))));
  });
});

// --- text fields: the corpus is stored as text, or refused --------------------------------

/** Hostile text that must be stored as the field documents, the unstorable that must be refused, and the over-long. */
function textProbes(field: string, options: { send: (value: string) => Promise<Answer>; verify: (answer: Answer, sent: string) => string[] | Promise<string[]>; max?: number; min?: number }): (() => Promise<string[]>)[] {
  const probes = TEXT_PAYLOADS.filter((payload) => options.max === undefined || payload.value.length <= options.max).map((payload) => () => probe(`${field} ← ${payload.name}`, () => options.send(payload.value), stored((answer) => options.verify(answer, payload.value))));
  probes.push(...UNSTORABLE.map((payload) => () => probe(`${field} ← ${payload.name}`, () => options.send(payload.value), refused(UNSTORABLE_MESSAGE))));
  if (options.max !== undefined) {
    const max = options.max;
    const tooLong = /too long|at most|too big/i;
    probes.push(() => probe(`${field} ← ${max + 1} characters`, () => options.send('x'.repeat(max + 1)), refused(tooLong)));
    probes.push(() => probe(`${field} ← ${LONG_STRINGS.tenThousand.length} characters`, () => options.send(LONG_STRINGS.tenThousand), refused(tooLong)));
    probes.push(() => probe(`${field} ← ${max + 1} astral characters`, () => options.send(astralString(max + 1)), refused(tooLong)));
  }
  return probes;
}

describe('article import: POST /api/articles', () => {
  it('title: stored as text (trimmed, controls removed, whitespace collapsed), never as markup', async () => {
    await expectAll(
      textProbes('title', {
        send: (value) => importArticle({ title: value, text: BODY_TEXT }),
        verify: (answer, sent) => verifyStoredArticle(createdArticleId(answer), { title: documentedTitle(sent) }),
        max: 500,
      }),
    );
  });

  it('byline and publisher: stored exactly as sent (trimmed)', async () => {
    await expectAll([
      ...textProbes('byline', { send: (value) => importArticle({ title: 'Byline case', byline: value, text: BODY_TEXT }), verify: (answer, sent) => verifyStoredArticle(createdArticleId(answer), { byline: sent.trim() }), max: 300 }),
      ...textProbes('publisher', { send: (value) => importArticle({ title: 'Publisher case', publisher: value, text: BODY_TEXT }), verify: (answer, sent) => verifyStoredArticle(createdArticleId(answer), { publisher: sent.trim() }), max: 200 }),
    ]);
  });

  it('text: each line a block of plain text, controls removed; the HTML made from it is inert', async () => {
    await expectAll(
      textProbes('text', {
        send: (value) => importArticle({ text: `Text case headline\n${value}\nA closing paragraph, also ending with a full stop.` }),
        verify: (answer, sent) => verifyStoredArticle(createdArticleId(answer), { text: ['Text case headline', ...documentedLines(sent), 'A closing paragraph, also ending with a full stop.'].join('\n') }),
      }),
    );
  });

  it('html: every XSS payload is sanitised to inert blocks', async () => {
    await expectAll([
      ...[...XSS, ...MARKUP_IN_HTTP_URLS.map((url) => ({ name: url.name, value: `<a href="${url.value.replace(/"/g, '&quot;')}">link</a>` })), ...SQL_LIKE, ...INVISIBLE_AND_BIDI, ...C0_CONTROLS].map((payload) => () =>
        probe(`html ← ${payload.name}`, () => importArticle({ title: 'HTML case', html: `<p>Before the payload.</p>${payload.value}<p>After the payload.</p>` }), stored((answer) => verifyStoredArticle(createdArticleId(answer)))),
      ),
      ...UNSTORABLE.map((payload) => () => probe(`html ← ${payload.name}`, () => importArticle({ title: 'HTML case', html: `<p>${payload.value}</p>` }), refused(UNSTORABLE_MESSAGE))),
      () => probe('html ← the whole corpus in one page', () => importArticle({ html: hostileArticleHtml('The whole corpus') }), stored((answer) => verifyStoredArticle(createdArticleId(answer), { title: 'The whole corpus' }))),
      () => probe('html ← markup only, no text', () => importArticle({ title: 'Nothing left', html: XSS.map((payload) => payload.value).slice(0, 5).join('') }), refused(/no readable text/)),
      () => probe('text ← over the import limit', () => importArticle({ text: LONG_STRINGS.overTextImport }), refused(/too long/)),
    ]);
  });

  it('keeps the markup-looking text of an imported page as text', async () => {
    const answer = await importArticle({ title: '<script>__xss(1)</script>', text: `<img src=x onerror=__xss(3)>\n${BODY_TEXT}`, byline: '"><svg onload=__xss(6)>' });
    expect(answer.status).toBe(201);
    const row = await articleRow(createdArticleId(answer));
    expect(row.title).toBe('<script>__xss(1)</script>');
    expect(row.byline).toBe('"><svg onload=__xss(6)>');
    // The second line is short and introduces the body, so it becomes a heading: still text.
    expect(row.html).toMatch(/^<h1>&lt;script&gt;__xss\(1\)&lt;\/script&gt;<\/h1><(h2|p)>&lt;img src=x onerror=__xss\(3\)&gt;<\/(h2|p)>/);
    expect(row.text.split('\n').slice(0, 2)).toEqual(['<script>__xss(1)</script>', '<img src=x onerror=__xss(3)>']);
    expect(liveHtmlProblems(row.html)).toEqual([]);
  });

  it('publishedAt: impossible and out-of-range days are refused', async () => {
    await expectAll(HOSTILE_DAYS.map((day) => () => probe(`publishedAt ← ${day.name}`, () => importArticle({ title: 'Dated', text: BODY_TEXT, publishedAt: day.value }), refused())));
  });

  it('url: refuses non-http schemes and addresses before fetching anything', async () => {
    await expectAll([...HOSTILE_URLS, ...SSRF_URLS].map((url) => () => probe(`url ← ${url.name}`, () => importArticle({ url: url.value }), refused())));
  });
});

describe('article revision: PUT /api/articles/<id>/text', () => {
  let target: string;
  beforeAll(async () => {
    const answer = await importArticle({ title: 'Revision target', text: `Revision target\n${BODY_TEXT}` });
    target = createdArticleId(answer);
  });
  const revise = (body: Json) => call(routes.articleText.PUT, { who: 'editor', method: 'PUT', path: `/api/articles/${target}/text`, json: body, params: { id: target } });

  it('text, html and title: stored inert, or refused (identical revisions, unstorable characters)', async () => {
    let round = 0;
    await expectAll([
      ...textProbes('text', {
        send: (value) => revise({ text: `Revision target\n${value}\nRound ${(round += 1)}.` }),
        verify: async (answer, sent) => [...sameValue('report', typeof (answer.body.report as Json | undefined)?.revision, 'number'), ...(await verifyStoredArticle(target, { text: ['Revision target', ...documentedLines(sent), `Round ${round}.`].join('\n') }))],
      }),
      ...XSS.map((payload) => () => probe(`html ← ${payload.name}`, () => revise({ html: `<p>Round ${(round += 1)}.</p>${payload.value}` }), stored(() => verifyStoredArticle(target)))),
      ...textProbes('title', {
        send: (value) => revise({ title: value, text: `Round ${(round += 1)}.` }),
        verify: (_answer, sent) => verifyStoredArticle(target, { title: documentedTitle(sent) }),
        max: 500,
      }),
      () => probe('html and text together', () => revise({ html: '<p>x</p>', text: 'x' }), refused()),
    ]);
  });
});

// --- annotations ---------------------------------------------------------------------------

describe('annotations: create, update, re-attach', () => {
  const create = (extra: Json) => createAnnotation(workbench.id, { label: 'claim', ...spanOf(workbench.text, 'A plain paragraph'), ...extra });
  const createdId = (answer: Answer) => (answer.body.annotation as Json).id as string;

  it('rationale: stored exactly as sent', async () => {
    await expectAll(textProbes('rationale', { send: (value) => create({ rationale: value }), verify: async (answer, sent) => sameValue('stored rationale', (await annotationRow(createdId(answer))).rationale, sent), max: 5_000 }));
  });

  it('evidence title: stored as sent (trimmed); evidence URL: only http(s), stored as sent', async () => {
    await expectAll([
      ...textProbes('evidence title', { send: (value) => create({ evidence: [{ url: 'https://example.org/source', title: value }] }), verify: async (answer, sent) => sameValue('stored evidence', (await annotationRow(createdId(answer))).evidence, [{ url: 'https://example.org/source', title: sent.trim() }]), max: 300 }),
      ...HOSTILE_URLS.map((url) => () => probe(`evidence url ← ${url.name}`, () => create({ evidence: [{ url: url.value }] }), refused(/http/))),
      ...MARKUP_IN_HTTP_URLS.map((url) => () => probe(`evidence url ← ${url.name}`, () => create({ evidence: [{ url: url.value }] }), stored(async (answer) => sameValue('stored evidence', (await annotationRow(createdId(answer))).evidence, [{ url: url.value }])))),
      ...UNSTORABLE.map((payload) => () => probe(`evidence url ← ${payload.name}`, () => create({ evidence: [{ url: `https://example.org/${payload.value}` }] }), refused(UNSTORABLE_MESSAGE))),
      () => probe('evidence type ← script', () => create({ evidence: [{ url: 'https://example.org/', type: '<script>__xss(1)</script>' }] }), refused()),
      () => probe('evidence with an unknown key', () => create({ evidence: [{ url: 'https://example.org/', onclick: '__xss(1)' }] }), refused()),
    ]);
  });

  it('exact: a hostile quote where it really occurs is stored exactly; anywhere else it is refused', async () => {
    await expectAll([
      ...workbench.lines.map((line) => () => probe(`exact ← ${line.exact.slice(0, 40)}`, () => createAnnotation(workbench.id, { label: 'opinion', ...line }), stored(async (answer) => sameValue('stored quote', (await annotationRow(createdId(answer))).exact, line.exact)))),
      ...TEXT_PAYLOADS.map((payload) => () => probe(`exact ← ${payload.name} at the wrong offsets`, () => createAnnotation(workbench.id, { label: 'claim', start: 0, end: payload.value.length, exact: payload.value }), refused())),
      ...UNSTORABLE.map((payload) => () => probe(`exact ← ${payload.name}`, () => createAnnotation(workbench.id, { label: 'claim', start: 0, end: payload.value.length, exact: payload.value }), refused(UNSTORABLE_MESSAGE))),
    ]);
  });

  it('offsets, revision, label and confidence: hostile numbers and strings are refused or stored as the number sent', async () => {
    const base = spanOf(workbench.text, 'Hostile input workbench');
    const rawBody = (overrides: Record<string, string>) => {
      const fields: Record<string, string> = { label: '"claim"', start: String(base.start), end: String(base.end), exact: JSON.stringify(base.exact), ...overrides };
      return `{${Object.entries(fields).map(([key, value]) => `${JSON.stringify(key)}:${value}`).join(',')}}`;
    };
    const storedAsSent = (field: 'start' | 'end', raw: string) => async (answer: Answer) => sameValue(`stored ${field}`, (await annotationRow(createdId(answer)))[field], Number(JSON.parse(raw)));
    await expectAll([
      ...HOSTILE_NUMBERS.map((number) => () => probe(`start ← ${number.name}`, () => createAnnotation(workbench.id, rawBody({ start: number.value })), either(storedAsSent('start', number.value)))),
      ...HOSTILE_NUMBERS.map((number) => () => probe(`end ← ${number.name}`, () => createAnnotation(workbench.id, rawBody({ end: number.value })), either(storedAsSent('end', number.value)))),
      ...HOSTILE_NUMBERS.map((number) => () => probe(`revision ← ${number.name}`, () => createAnnotation(workbench.id, rawBody({ revision: number.value })), refused())),
      ...TEXT_PAYLOADS.map((payload) => () => probe(`label ← ${payload.name}`, () => createAnnotation(workbench.id, rawBody({ label: JSON.stringify(payload.value) })), refused())),
      ...TEXT_PAYLOADS.slice(0, 10).map((payload) => () => probe(`confidence ← ${payload.name}`, () => createAnnotation(workbench.id, rawBody({ confidence: JSON.stringify(payload.value) })), refused())),
      () => probe('start after end', () => createAnnotation(workbench.id, rawBody({ start: String(base.end), end: String(base.start) })), refused()),
      () => probe('end past the text', () => createAnnotation(workbench.id, rawBody({ end: String(workbench.text.length + 10) })), refused()),
    ]);
  });

  it('PATCH: rationale and evidence stored as sent; hostile versions refused', async () => {
    const patch = (body: Json | string) => call(routes.annotation.PATCH, { who: 'reviewer1', method: 'PATCH', path: `/api/annotations/${editable.id}`, ...(typeof body === 'string' ? { raw: body } : { json: body }), params: { id: editable.id } });
    const afterPatch = (check: (row: AnnotationRow) => string[]) => async () => {
      const row = await annotationRow(editable.id);
      editable.version = row.version;
      return check(row);
    };
    await expectAll([
      ...textProbes('rationale', { send: (value) => patch({ version: editable.version, rationale: value }), verify: async (_answer, sent) => afterPatch((row) => sameValue('stored rationale', row.rationale, sent))(), max: 5_000 }),
      ...textProbes('evidence title', { send: (value) => patch({ version: editable.version, evidence: [{ url: 'https://example.org/e', title: value }] }), verify: async (_answer, sent) => afterPatch((row) => sameValue('stored evidence', row.evidence, [{ url: 'https://example.org/e', title: sent.trim() }]))(), max: 300 }),
      ...HOSTILE_URLS.map((url) => () => probe(`evidence url ← ${url.name}`, () => patch({ version: editable.version, evidence: [{ url: url.value }] }), refused(/http/))),
      ...HOSTILE_NUMBERS.map((number) => () => probe(`version ← ${number.name}`, () => patch(`{"version":${number.value},"rationale":"x"}`), refused())),
    ]);
  });

  it('reattach: hostile quotes and offsets are refused unless they are really there', async () => {
    const reattach = (body: Json | string) => call(routes.reattach.POST, { who: 'reviewer1', method: 'POST', path: `/api/annotations/${editable.id}/reattach`, ...(typeof body === 'string' ? { raw: body } : { json: body }), params: { id: editable.id } });
    const line = workbench.lines[0]!;
    await expectAll([
      () => probe(`reattach to a hostile line`, () => reattach({ version: editable.version, ...line }), stored(async () => {
        const row = await annotationRow(editable.id);
        editable.version = row.version;
        return sameValue('stored quote', row.exact, line.exact);
      })),
      ...TEXT_PAYLOADS.map((payload) => () => probe(`exact ← ${payload.name}`, () => reattach({ version: editable.version, start: 0, end: payload.value.length, exact: payload.value }), refused())),
      ...UNSTORABLE.map((payload) => () => probe(`exact ← ${payload.name}`, () => reattach({ version: editable.version, start: 0, end: 1, exact: payload.value }), refused(UNSTORABLE_MESSAGE))),
      ...HOSTILE_NUMBERS.map((number) => () => probe(`start ← ${number.name}`, () => reattach(`{"version":${editable.version},"start":${number.value},"end":5,"exact":"Hosti"}`), either(() => []))),
      ...HOSTILE_NUMBERS.map((number) => () => probe(`version ← ${number.name}`, () => reattach(`{"version":${number.value},"start":0,"end":5,"exact":"Hosti"}`), refused())),
    ]);
    await refreshVersions();
  });
});

// --- verdicts, publishing ------------------------------------------------------------------

describe('verdicts: POST /api/articles/<id>/passages/<passage>/verdict', () => {
  const setVerdict = (fields: Json) =>
    call(routes.verdict.POST, {
      who: 'editor',
      method: 'POST',
      path: `/api/articles/${adjudicated.id}/passages/${adjudicated.passageId}/verdict`,
      json: { label: 'claim', rating: adjudicated.rating, explanation: 'Checked.', ...(adjudicated.verdictVersion ? { version: adjudicated.verdictVersion } : {}), ...fields },
      params: { id: adjudicated.id, passageId: adjudicated.passageId },
    });
  type VerdictRow = { explanation: string; claimant: string | null; appearanceUrl: string | null; version: number };
  const storedVerdict = async (check: (row: VerdictRow) => string[]) => {
    const [row] = await database.query<VerdictRow>('SELECT explanation, claimant, "appearanceUrl", version FROM "Verdict" WHERE "articleId" = $1', [adjudicated.id]);
    adjudicated.verdictVersion = row!.version;
    return check(row!);
  };

  it('explanation and claimant: stored as sent (trimmed)', async () => {
    await expectAll([
      ...textProbes('explanation', { send: (value) => setVerdict({ explanation: value }), verify: (_answer, sent) => storedVerdict((row) => sameValue('stored explanation', row.explanation, sent.trim())), max: 5_000 }),
      ...textProbes('claimant', { send: (value) => setVerdict({ claimant: value }), verify: (_answer, sent) => storedVerdict((row) => sameValue('stored claimant', row.claimant, sent.trim() || null)), max: 300 }),
    ]);
  });

  it('appearanceUrl: only http(s); claimDate: only real days', async () => {
    await expectAll([
      ...HOSTILE_URLS.map((url) => () => probe(`appearanceUrl ← ${url.name}`, () => setVerdict({ appearanceUrl: url.value }), refused(/http/))),
      ...MARKUP_IN_HTTP_URLS.map((url) => () => probe(`appearanceUrl ← ${url.name}`, () => setVerdict({ appearanceUrl: url.value }), stored(() => storedVerdict((row) => sameValue('stored appearanceUrl', row.appearanceUrl, url.value))))),
      ...HOSTILE_DAYS.map((day) => () => probe(`claimDate ← ${day.name}`, () => setVerdict({ claimDate: day.value }), refused())),
      ...TEXT_PAYLOADS.slice(0, 20).map((payload) => () => probe(`rating ← ${payload.name}`, () => setVerdict({ rating: payload.value }), refused())),
      ...HOSTILE_NUMBERS.map((number) => () => probe(`version ← ${number.name}`, () => call(routes.verdict.POST, { who: 'editor', method: 'POST', path: '/x', raw: `{"label":"claim","rating":${JSON.stringify(adjudicated.rating)},"explanation":"x","version":${number.value}}`, params: { id: adjudicated.id, passageId: adjudicated.passageId } }), refused())),
    ]);
  });

  it('hostile passage ids are refused', async () => {
    await expectAll(
      [...HOSTILE_IDS, { name: 'huge numbers', value: '99999999-99999999' }, { name: 'SQL after a valid id', value: `${adjudicated.passageId}; DROP TABLE "Verdict"` }].map((id) => () =>
        probe(`passage ${id.name}`, () => call(routes.verdict.POST, { who: 'editor', method: 'POST', path: '/x', json: { label: 'claim', rating: adjudicated.rating, explanation: 'x' }, params: { id: adjudicated.id, passageId: id.value } }), refused()),
      ),
    );
  });

  it('reopen reason: stored as sent (trimmed) on the publication history', async () => {
    const publish = () => call(routes.publish.POST, { who: 'editor', method: 'POST', path: '/x', params: { id: adjudicated.id } });
    const reopen = (reason: string) => call(routes.reopenArticle.POST, { who: 'editor', method: 'POST', path: '/x', json: { reason }, params: { id: adjudicated.id } });
    const payloads = [...XSS.slice(0, 10), ...SQL_LIKE.slice(0, 4), ...INVISIBLE_AND_BIDI.slice(0, 3)];
    const probes: (() => Promise<string[]>)[] = [];
    for (const payload of payloads) {
      probes.push(async () => ((await publish()).status === 200 ? [] : ['could not publish']));
      probes.push(() => probe(`reason ← ${payload.name}`, () => reopen(payload.value), stored(async () => {
        const [row] = await database.query<{ reason: string }>('SELECT reason FROM "PublicationEvent" WHERE "articleId" = $1 ORDER BY id DESC LIMIT 1', [adjudicated.id]);
        return sameValue('stored reason', row?.reason, payload.value.trim());
      })));
    }
    probes.push(async () => ((await publish()).status === 200 ? [] : ['could not publish']));
    probes.push(...UNSTORABLE.map((payload) => () => probe(`reason ← ${payload.name}`, () => reopen(payload.value), refused(UNSTORABLE_MESSAGE))));
    probes.push(() => probe('reason ← too long', () => reopen('x'.repeat(1_001)), refused()));
    probes.push(async () => ((await reopen('back to work')).status === 200 ? [] : ['could not reopen']));
    await expectAll(probes);
  });
});

// --- users, tokens, rating scale -----------------------------------------------------------

describe('administration: users, tokens, rating scale', () => {
  let serial = 0;
  const createUser = (fields: Json) => call(routes.users.POST, { who: 'admin', method: 'POST', path: '/api/users', json: { email: `hostile.${(serial += 1)}@example.org`, name: 'Hostile', role: 'reviewer', password: 'a-long-enough-password', ...fields } });
  const userRow = async (answer: Answer) => {
    const [row] = await database.query<{ name: string; email: string }>('SELECT name, email FROM "User" WHERE id = $1', [(answer.body.user as Json).id]);
    return row!;
  };

  it('user name: stored as sent (trimmed); email: refused unless it is an address, then stored lower-cased', async () => {
    const hostileEmails: Hostile[] = [
      ...TEXT_PAYLOADS.slice(0, 30),
      { name: 'quote in the local part', value: "o'brien--@example.org" },
      { name: 'SQL comment in the local part', value: "x'--@example.org" },
      { name: 'script in the domain', value: 'a@<script>.org' },
      { name: 'two at signs', value: 'a@b@example.org' },
    ];
    await expectAll([
      ...textProbes('name', { send: (value) => createUser({ name: value }), verify: async (answer, sent) => sameValue('stored name', (await userRow(answer)).name, sent.trim()), max: 200 }),
      ...hostileEmails.map((email) => () => probe(`email ← ${email.name}`, () => createUser({ email: email.value }), either(async (answer) => sameValue('stored email', (await userRow(answer)).email, email.value.trim().toLowerCase())))),
      ...UNSTORABLE.map((payload) => () => probe(`email ← ${payload.name}`, () => createUser({ email: `a${payload.value}@example.org` }), refused(UNSTORABLE_MESSAGE))),
      ...UNSTORABLE.map((payload) => () => probe(`password ← ${payload.name}`, () => createUser({ password: `a-long-enough-password${payload.value}` }), refused(UNSTORABLE_MESSAGE))),
      ...TEXT_PAYLOADS.slice(0, 10).map((payload) => () => probe(`role ← ${payload.name}`, () => createUser({ role: payload.value }), refused())),
      () => probe('role ← admin via __proto__', () => call(routes.users.POST, { who: 'admin', method: 'POST', path: '/x', raw: `{"email":"proto@example.org","name":"P","password":"a-long-enough-password","__proto__":{"role":"admin"}}` }), refused()),
    ]);
    // About 200 accounts, each with a memory-hard password hash and a password-strength check: slow on a busy machine by design.
  }, 240_000);

  it('PATCH /api/users/<id>: hostile role and disabled values are refused', async () => {
    const patchUser = (raw: string) => call(routes.user.PATCH, { who: 'admin', method: 'PATCH', path: '/x', raw, params: { id: database.actors.reviewer3.id } });
    await expectAll([
      ...TEXT_PAYLOADS.slice(0, 20).map((payload) => () => probe(`role ← ${payload.name}`, () => patchUser(JSON.stringify({ role: payload.value })), refused())),
      // `true` is a valid value; everything else is not.
      ...HOSTILE_NUMBERS.map((number) => () => probe(`disabled ← ${number.name}`, () => patchUser(`{"disabled":${number.value}}`), number.value === 'true' ? stored(() => []) : refused())),
      () => probe('disabled ← false (re-enable)', () => patchUser('{"disabled":false}'), stored(() => [])),
    ]);
  });

  it('token name: stored as sent (trimmed); scopes and userId: refused unless valid', async () => {
    const createToken = (fields: Json) => call(routes.tokens.POST, { who: 'admin', method: 'POST', path: '/api/tokens', json: { name: 'Hostile', scopes: ['read:exports'], ...fields } });
    await expectAll([
      ...textProbes('name', {
        send: (value) => createToken({ name: value }),
        verify: async (answer, sent) => {
          const [row] = await database.query<{ name: string }>('SELECT name FROM "ApiToken" WHERE id = $1', [(answer.body.token as Json).id]);
          return sameValue('stored name', row?.name, sent.trim());
        },
        max: 100,
      }),
      ...TEXT_PAYLOADS.slice(0, 20).map((payload) => () => probe(`scope ← ${payload.name}`, () => createToken({ scopes: [payload.value] }), refused())),
      ...[...HOSTILE_IDS, ...TEXT_PAYLOADS.slice(0, 10)].map((id) => () => probe(`userId ← ${id.name}`, () => createToken({ userId: id.value }), refused())),
      // `null` (never expires) is a valid term; every other hostile number is not.
      ...HOSTILE_NUMBERS.map((number) => () =>
        probe(
          `expiresInDays ← ${number.name}`,
          () => call(routes.tokens.POST, { who: 'admin', method: 'POST', path: '/api/tokens', raw: `{"name":"Hostile","scopes":["read:exports"],"expiresInDays":${number.value}}` }),
          number.value === 'null'
            ? stored(async (answer) => {
                const [row] = await database.query<{ expiresAt: Date | null }>('SELECT "expiresAt" FROM "ApiToken" WHERE id = $1', [(answer.body.token as Json).id]);
                return row && row.expiresAt === null ? [] : ['a token asked never to expire has an expiry'];
              })
            : refused(/expiresInDays/),
        ),
      ),
    ]);
  });

  it('rating names: stored as sent (trimmed); keys and values: refused unless valid', async () => {
    const current = (await call(routes.ratingScale.GET, { who: 'admin', method: 'GET', path: '/api/rating-scale' })).body.options as { key: string; name: string; value: number }[];
    const scale = (first: Json) => ({ options: [{ key: current[0]!.key, name: current[0]!.name, value: current[0]!.value, ...first }, ...current.slice(1).map(({ key, name, value }) => ({ key, name, value }))] });
    const put = (body: Json | string) => call(routes.ratingScale.PUT, { who: 'admin', method: 'PUT', path: '/api/rating-scale', ...(typeof body === 'string' ? { raw: body } : { json: body }) });
    const storedName = async () => (await database.query<{ name: string }>('SELECT name FROM "RatingOption" WHERE key = $1', [current[0]!.key]))[0]?.name;
    await expectAll([
      ...textProbes('name', { send: (value) => put(scale({ name: value })), verify: async (_answer, sent) => sameValue('stored name', await storedName(), sent.trim()), max: 80 }),
      ...TEXT_PAYLOADS.slice(0, 30).map((payload) => () => probe(`key ← ${payload.name}`, () => put(scale({ key: payload.value })), refused())),
      ...HOSTILE_NUMBERS.map((number) => () =>
        probe(`value ← ${number.name}`, () => put(JSON.stringify(scale({ value: 0 })).replace(`"value":0`, `"value":${number.value}`)), either(async () => sameValue('stored value', (await database.query<{ value: number }>('SELECT value FROM "RatingOption" WHERE key = $1', [current[0]!.key]))[0]?.value, Number(JSON.parse(number.value))))),
      ),
      () => probe('restore the scale', () => put({ options: current.map(({ key, name, value }) => ({ key, name, value })) }), stored(() => [])),
    ]);
  });
});

// --- the W3C Web Annotation Protocol container --------------------------------------------

describe('W3C container: POST /annotations/ and PUT /annotations/<id>', () => {
  const LD = 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"';
  const postAnnotation = (body: Json) => call(routes.container.POST, { who: 'reviewer1', method: 'POST', path: '/annotations/', json: body, contentType: LD });
  const createdId = (answer: Answer) => (answer.body.id as string).split('/').pop()!;
  const QUOTE = 'A closing paragraph';

  it('the rationale (commenting body) is stored as sent; evidence only as http(s) links', async () => {
    await expectAll([
      ...textProbes('comment', { send: (value) => postAnnotation(webAnnotation(workbench.id, workbench.text, QUOTE, { comment: value })), verify: async (answer, sent) => sameValue('stored rationale', (await annotationRow(createdId(answer))).rationale, sent), max: 5_000 }),
      ...textProbes('evidence label', {
        send: (value) => postAnnotation(webAnnotation(workbench.id, workbench.text, QUOTE, { evidence: [{ type: 'SpecificResource', purpose: 'linking', source: 'https://example.org/evidence', label: value }] })),
        verify: async (answer, sent) => sameValue('stored evidence', (await annotationRow(createdId(answer))).evidence, [{ url: 'https://example.org/evidence', ...(sent.trim() ? { title: sent.trim() } : {}) }]),
        max: 300,
      }),
      ...HOSTILE_URLS.map((url) => () => probe(`evidence source ← ${url.name}`, () => postAnnotation(webAnnotation(workbench.id, workbench.text, QUOTE, { evidence: [{ type: 'SpecificResource', purpose: 'linking', source: url.value }] })), refused())),
      ...HOSTILE_URLS.map((url) => () => probe(`evidence as a bare IRI ← ${url.name}`, () => postAnnotation(webAnnotation(workbench.id, workbench.text, QUOTE, { evidence: [url.value] })), refused())),
      ...[...TEXT_PAYLOADS.slice(0, 30), ...HOSTILE_URLS, ...HOSTILE_IDS].map((source) => () => probe(`target source ← ${source.name}`, () => postAnnotation(webAnnotation(workbench.id, workbench.text, QUOTE, { source: source.value })), refused())),
      ...UNSTORABLE.map((payload) => () => probe(`target source ← ${payload.name}`, () => postAnnotation(webAnnotation(workbench.id, workbench.text, QUOTE, { source: `${ORIGIN}/articles/${workbench.id}${payload.value}` })), refused(UNSTORABLE_MESSAGE))),
      ...TEXT_PAYLOADS.slice(0, 20).map((payload) => () => probe(`tag ← ${payload.name}`, () => postAnnotation({ ...webAnnotation(workbench.id, workbench.text, QUOTE), body: { type: 'TextualBody', purpose: 'tagging', value: payload.value } }), refused())),
      ...TEXT_PAYLOADS.slice(0, 20).map((payload) => () => probe(`@context ← ${payload.name}`, () => postAnnotation({ ...webAnnotation(workbench.id, workbench.text, QUOTE), '@context': payload.value }), refused())),
      ...HOSTILE_NUMBERS.map((number) => () => probe(`TextPositionSelector start ← ${number.name}`, () => call(routes.container.POST, { who: 'reviewer1', method: 'POST', path: '/annotations/', contentType: LD, raw: JSON.stringify(webAnnotation(workbench.id, workbench.text, QUOTE)).replace(/"start":\d+/, `"start":${number.value}`) }), either(() => []))),
    ]);
  });

  it('PUT with If-Match stores a hostile rationale as sent', async () => {
    const created = await postAnnotation(webAnnotation(workbench.id, workbench.text, QUOTE, { comment: 'first' }));
    expect(created.status, created.text).toBe(201);
    const id = createdId(created);
    const put = async (comment: string) => {
      const current = await call(routes.webAnnotation.GET, { who: 'reviewer1', method: 'GET', path: `/annotations/${id}`, params: { id } });
      return call(routes.webAnnotation.PUT, { who: 'reviewer1', method: 'PUT', path: `/annotations/${id}`, json: webAnnotation(workbench.id, workbench.text, QUOTE, { comment }), contentType: LD, headers: { 'if-match': current.headers.get('etag') ?? '' }, params: { id } });
    };
    await expectAll(textProbes('comment', { send: put, verify: async (_answer, sent) => sameValue('stored rationale', (await annotationRow(id)).rationale, sent), max: 5_000 }));
  });

  it('container queries: hostile filters and page numbers are refused or answered, never a 5xx', async () => {
    const get = (query: string) => call(routes.container.GET, { who: 'reviewer1', method: 'GET', path: `/annotations/?${query}` });
    await expectAll(
      [...TEXT_PAYLOADS.slice(0, 40), ...HOSTILE_IDS.filter((id) => !id.value.includes('\u0000')), ...HOSTILE_URLS].flatMap((payload) =>
        ['article', 'target', 'page', 'pageSize', 'iris'].map((key) => () => probe(`?${key}= ${payload.name}`, () => get(`${key}=${encodeURIComponent(payload.value)}`), either(() => []))),
      ),
    );
  });
});

// --- query strings of lists and exports ----------------------------------------------------

describe('query strings', () => {
  // Every query parameter goes through one schema; a cross-section of the corpus per parameter is enough.
  const queryPayloads = [...XSS.filter((_payload, index) => index % 4 === 0), ...TEMPLATE_INJECTION, ...SQL_LIKE, ...INVISIBLE_AND_BIDI, ...C0_CONTROLS, ...HOSTILE_DAYS.filter((day) => !day.value.includes('\u0000')), ...HOSTILE_IDS.filter((id) => !id.value.includes('\u0000'))];
  const q = (key: string, value: string) => `${key}=${encodeURIComponent(value)}`;

  it('bulk and per-article exports: every parameter refused with 400 or answered, never a 5xx', async () => {
    const bulkKeys = ['format', 'bom', 'from', 'to', 'status', 'label', 'publisher', '__proto__', 'constructor'];
    await expectAll([
      ...queryPayloads.flatMap((payload) => bulkKeys.map((key) => () => probe(`/api/exports?${key}= ${payload.name}`, () => call(routes.exports.GET, { who: 'editor', method: 'GET', path: `/api/exports?${q(key, payload.value)}` }), either(() => [])))),
      ...queryPayloads.flatMap((payload) => ['format', 'bom', 'x'].map((key) => () => probe(`export?${key}= ${payload.name}`, () => call(routes.articleExport.GET, { who: 'editor', method: 'GET', path: `/api/articles/${workbench.id}/export?${q(key, payload.value)}`, params: { id: workbench.id } }), either(() => [])))),
      ...HOSTILE_DAYS.filter((day) => !day.value.includes('\u0000')).flatMap((day) => ['from', 'to'].map((key) => () => probe(`/api/exports?${key}= ${day.name}`, () => call(routes.exports.GET, { who: 'editor', method: 'GET', path: `/api/exports?format=json&${q(key, day.value)}` }), refused()))),
    ]);
  });

  it('lists: search and filters answer 200 (unknown values ignored), never a 5xx', async () => {
    await expectAll([
      ...queryPayloads.flatMap((payload) => ['q', 'status'].map((key) => () => probe(`/api/articles?${key}= ${payload.name}`, () => call(routes.articles.GET, { who: 'reviewer1', method: 'GET', path: `/api/articles?${q(key, payload.value)}` }), stored(() => [])))),
      ...queryPayloads.flatMap((payload) => ['q', 'status', 'needs', 'sort'].map((key) => () => probe(`/api/review-queue?${key}= ${payload.name}`, () => call(routes.reviewQueue.GET, { who: 'editor', method: 'GET', path: `/api/review-queue?${q(key, payload.value)}` }), stored(() => [])))),
    ]);
  });

  it('a search for SQL finds the articles that contain that SQL as text, and nothing else', async () => {
    const sql = SQL_LIKE[0]!.value;
    expect((await importArticle({ title: sql, text: BODY_TEXT })).status).toBe(201);
    const answer = await call(routes.articles.GET, { who: 'reviewer1', method: 'GET', path: `/api/articles?${q('q', sql)}` });
    expect(answer.status).toBe(200);
    const found = answer.body.articles as { title: string; publisher: string | null }[];
    expect(found.map((article) => article.title)).toContain(sql);
    expect(found.every((article) => article.title.includes(sql) || (article.publisher ?? '').includes(sql))).toBe(true);
    // The tables the SQL names are still there and still full.
    expect(Number((await database.query<{ count: string }>('SELECT count(*) FROM "Annotation"'))[0]!.count)).toBeGreaterThan(0);
    expect(Number((await database.query<{ count: string }>('SELECT count(*) FROM "Article"'))[0]!.count)).toBeGreaterThan(2);
  });

});

// --- ids in paths --------------------------------------------------------------------------

describe('hostile ids in paths', () => {
  it('every route with an id answers 404 or 400, never a 5xx', async () => {
    type Target = [string, RouteHandler | undefined, string, DemoName, Json?];
    const targets: Target[] = [
      ['GET /api/articles/<id>', routes.article.GET, 'GET', 'reviewer1'],
      ['GET …/annotations', routes.articleAnnotations.GET, 'GET', 'reviewer1'],
      ['POST …/annotations', routes.articleAnnotations.POST, 'POST', 'reviewer1', { label: 'claim', start: 0, end: 1, exact: 'H' }],
      ['PUT …/text', routes.articleText.PUT, 'PUT', 'editor', { text: 'Headline\nBody text.' }],
      ['GET …/export', routes.articleExport.GET, 'GET', 'editor'],
      ['GET …/consensus', routes.consensus.GET, 'GET', 'editor'],
      ['POST …/submit', routes.submit.POST, 'POST', 'reviewer1'],
      ['POST …/publish', routes.publish.POST, 'POST', 'editor'],
      ['POST …/reopen', routes.reopenArticle.POST, 'POST', 'editor', { reason: 'x' }],
      ['PATCH /api/annotations/<id>', routes.annotation.PATCH, 'PATCH', 'reviewer1', { version: 1, rationale: 'x' }],
      ['DELETE /api/annotations/<id>', routes.annotation.DELETE, 'DELETE', 'reviewer1'],
      ['POST …/restore', routes.restore.POST, 'POST', 'reviewer1'],
      ['GET …/history', routes.history.GET, 'GET', 'reviewer1'],
      ['POST …/reattach', routes.reattach.POST, 'POST', 'reviewer1', { version: 1, start: 0, end: 1, exact: 'H' }],
      ['PATCH /api/users/<id>', routes.user.PATCH, 'PATCH', 'admin', { role: 'reviewer' }],
      ['DELETE /api/tokens/<id>', routes.token.DELETE, 'DELETE', 'admin'],
      ['GET /annotations/<id>', routes.webAnnotation.GET, 'GET', 'reviewer1'],
      ['PUT /annotations/<id>', routes.webAnnotation.PUT, 'PUT', 'reviewer1', webAnnotation('x', 'x', 'x')],
      ['DELETE /annotations/<id>', routes.webAnnotation.DELETE, 'DELETE', 'reviewer1'],
      ['POST …/move', routes.moveArticle.POST, 'POST', 'editor', { projectId: '0d4c2b7e-2a8f-4d0e-9b7a-3c9f5e1a2b3c' }],
      ['GET /api/projects/<id>', routes.project.GET, 'GET', 'reviewer1'],
      ['PATCH /api/projects/<id>', routes.project.PATCH, 'PATCH', 'editor', { name: 'x' }],
      ['GET …/guidelines', routes.projectGuidelines.GET, 'GET', 'reviewer1'],
      ['POST …/members', routes.projectMembers.POST, 'POST', 'editor', { userId: '0d4c2b7e-2a8f-4d0e-9b7a-3c9f5e1a2b3c', role: 'reviewer' }],
      ['DELETE …/members/<userId>', routes.projectMember.DELETE, 'DELETE', 'editor'],
      ['GET …/agreement', routes.projectAgreement.GET, 'GET', 'editor'],
    ];
    await expectAll(
      targets.flatMap(([what, handler, method, who, json]) =>
        HOSTILE_IDS.map((id) => () => probe(`${what} ← ${id.name}`, () => call(handler, { who, method, path: '/x', params: { id: id.value, passageId: '0-1', userId: id.value }, ...(json ? { json } : {}), headers: { 'if-match': '"x"' } }), refused())),
      ),
    );
  });
});

// --- exports of hostile content ------------------------------------------------------------

describe('exports of stored hostile content', () => {
  let exported: { id: string; rationale: string };
  beforeAll(async () => {
    const rationale = `${XSS[0]!.value} ${SQL_LIKE[0]!.value} ${INVISIBLE_AND_BIDI[0]!.value} </script><script>__xss(43)</script>`;
    const article = await importArticle({ title: '</script><script>__xss(43)</script> "quoted" title', html: hostileArticleHtml('</script><script>__xss(43)</script> "quoted" title') });
    expect(article.status).toBe(201);
    const { id, text } = article.body.article as { id: string; text: string };
    for (const reviewer of ['reviewer1', 'reviewer2'] as const) {
      const created = await createAnnotation(id, { label: 'claim', ...spanOf(text, 'This article carries hostile markup'), rationale, evidence: [{ url: MARKUP_IN_HTTP_URLS[0]!.value, title: XSS[2]!.value }] }, reviewer);
      expect(created.status, created.text).toBe(201);
      expect((await call(routes.submit.POST, { who: reviewer, method: 'POST', path: '/x', params: { id } })).status).toBe(201);
    }
    const consensus = await call(routes.consensus.GET, { who: 'editor', method: 'GET', path: '/x', params: { id } });
    const passage = (consensus.body.passages as { id: string }[])[0]!;
    const verdict = await call(routes.verdict.POST, { who: 'editor', method: 'POST', path: '/x', json: { label: 'claim', rating: adjudicated.rating, explanation: rationale, claimant: '</script><script>__xss(43)</script>', appearanceUrl: MARKUP_IN_HTTP_URLS[0]!.value }, params: { id, passageId: passage.id } });
    expect(verdict.status, verdict.text).toBe(201);
    expect((await call(routes.publish.POST, { who: 'editor', method: 'POST', path: '/x', params: { id } })).status).toBe(200);
    exported = { id, rationale };
  });
  const exportOf = (format: string) => call(routes.articleExport.GET, { who: 'editor', method: 'GET', path: `/api/articles/${exported.id}/export?format=${format}`, params: { id: exported.id } });

  it('ClaimReview escapes every "<", so </script> cannot close a JSON-LD script element, and parses back to the text', async () => {
    const answer = await exportOf('claimreview');
    expect(answer.status).toBe(200);
    expect(answer.text).not.toMatch(/<\/script/i);
    expect(answer.text).not.toContain('<');
    expect(answer.text).toContain('\\u003c/script\\u003e');
    const parsed = JSON.parse(answer.text) as unknown;
    expect(JSON.stringify(parsed)).toContain(JSON.stringify(exported.rationale.trim()).slice(1, -1));
    expect(JSON.stringify(parsed)).toContain('</script><script>__xss(43)</script>');
  });

  it('JSON, W3C and CSV exports carry the hostile text as data, and the download name is safe', async () => {
    for (const format of ['json', 'jsonld', 'csv', 'passages.csv']) {
      const answer = await exportOf(format);
      expect(answer.status, format).toBe(200);
      expect(answer.headers.get('content-disposition'), format).toMatch(/^attachment; filename="[A-Za-z0-9._-]+"$/);
      expect(answer.headers.get('x-content-type-options')).toBe('nosniff');
      if (format === 'json' || format === 'jsonld') expect(JSON.stringify(JSON.parse(answer.text))).toContain(JSON.stringify(exported.rationale).slice(1, -1));
    }
  });
});

// --- URL import: SSRF -----------------------------------------------------------------------

describe('URL import with the loopback allowance off', () => {
  const importUrl = (url: string) => importArticle({ url });

  it('imports a hostile page from a public-looking host, stored inert (the stand-in network works)', async () => {
    connected.length = 0;
    const answer = await importUrl('http://news.example.org/article');
    expect(answer.status, answer.text).toBe(201);
    const id = createdArticleId(answer);
    expect(await verifyStoredArticle(id)).toEqual([]);
    const row = await articleRow(id);
    expect(row.title).toBe('A hostile page <script>__xss(1)</script>');
    expect(row.byline).toBe('"><img src=x onerror=__xss(3)>');
    expect(row.publisher).toBe('<script>__xss(1)</script>');
    expect(row.sourceUrl).toBe('http://news.example.org/article');
    expect(connected).toEqual([PUBLIC_STAND_IN]);
  });

  it('removes NUL and other controls from fetched plain text and from page metadata', async () => {
    const plain = await importUrl('http://news.example.org/plain-with-controls');
    expect(plain.status, plain.text).toBe(201);
    expect((await articleRow(createdArticleId(plain))).text).toBe('Plain headline\nBody with a NUL byte, a bell and text that is long enough to stay.');
    const page = await importUrl('http://news.example.org/html-with-controls');
    expect(page.status, page.text).toBe(201);
    const row = await articleRow(createdArticleId(page));
    expect(row.title).toBe('Controls in the title');
    expect(row.byline).toBe('Nul Byline \uFFFF"><img src=x onerror=__xss(3)>');
    expect(await verifyStoredArticle(row.id)).toEqual([]);
  });

  it('refuses the local server itself, by address and by name, before connecting', async () => {
    connected.length = 0;
    served.length = 0;
    await expectAll(
      [`http://127.0.0.1:${serverPort}/article`, `http://localhost:${serverPort}/article`, `http://localhost.:${serverPort}/article`, `http://[::1]:${serverPort}/article`, `http://2130706433:${serverPort}/article`, `http://0x7f.1:${serverPort}/article`, `http://017700000001:${serverPort}/article`, `http://example.com@127.0.0.1:${serverPort}/article`, `http://rebinding.example.org:${serverPort}/article`, 'http://intranet.example.org/', 'http://metadata.google.internal/', 'http://ula.example.org/', 'http://not-in-the-table.internal/', 'http://news.example.org:25/'].map(
        (url) => () => probe(`import ${url}`, () => importUrl(url), refused(/^That address cannot be imported: it must be a public http\(s\) web page\.$|user name or password/)),
      ),
    );
    expect(connected).toEqual([]);
    expect(served).toEqual([]);
  });

  it('refuses a public-looking page that redirects to loopback, metadata or private addresses, without following it', async () => {
    const redirects = ['/to-loopback', '/to-localhost', '/to-localhost-dot', '/to-decimal-loopback', '/to-mapped-loopback', '/to-metadata', '/to-metadata-name', '/to-private', '/to-userinfo', '/to-javascript', '/to-unresolvable', '/to-mail-port'];
    for (const path of redirects) {
      connected.length = 0;
      served.length = 0;
      const before = await database.snapshot();
      const answer = await importUrl(`http://news.example.org${path}`);
      expect(answer.status, `${path}: ${answer.text}`).toBe(400);
      expect(refusalShapeProblems(answer), path).toEqual([]);
      expect(errorMessage(answer), path).toMatch(path === '/to-userinfo' ? /^The page redirected to an address that contains a user name or password/ : /^That address cannot be imported: it must be a public http\(s\) web page\.$/);
      expect(await database.snapshot(), path).toEqual(before);
      // One connection, to the public-looking host; the redirect target was never contacted.
      expect(connected, path).toEqual([PUBLIC_STAND_IN]);
      expect(served, path).toEqual([path]);
    }
  });
});

// --- work bounded by input size ------------------------------------------------------------

/**
 * Deletes articles of megabytes (and what hangs off them): every snapshot hashes every row, so
 * left behind they would slow each later refusal check of the file, whatever order the tests run in.
 */
async function deleteLargeArticles(ids: string[]): Promise<void> {
  knownSnapshot = null; // rows change without a request
  await database.query('DELETE FROM "Article" WHERE id = ANY($1::uuid[])', [ids]);
}
const deleteLargeArticlesAfter = (ids: () => string[]) => onTestFinished(() => deleteLargeArticles(ids()));
// Deep nesting and long quotes on repetitive text through every input path: the answers are
// right (every line kept, the quote found or refused with what to send instead), and come.
// How long each takes is measured by bench/article-nesting.ts and bench/quote-lookup.ts.

describe('deeply nested HTML: import and revision keep every line, in order', () => {
  it(`import by HTML: ${DEEP_HTML_DEPTH.toLocaleString('en')} levels of each shape`, async () => {
    const shapes = deeplyNestedHtml(DEEP_HTML_DEPTH, 'import');
    const created: string[] = [];
    deleteLargeArticlesAfter(() => created);
    await expectAll(
      shapes.map((shape, index) => () => {
        const title = `Deep import ${index}`;
        return probe(`html ← ${shape.name}`, () => importArticle({ title, html: shape.value }), stored((answer) => {
          created.push(createdArticleId(answer));
          return verifyStoredArticle(createdArticleId(answer), { text: [title, ...shape.lines].join('\n') });
        }));
      }),
    );
  });

  it(`revision: ${DEEP_HTML_DEPTH.toLocaleString('en')} levels of each shape`, async () => {
    const created = await importArticle({ title: 'Deep revision target', text: `Deep revision target\n${BODY_TEXT}` });
    expect(created.status, created.text).toBe(201);
    const id = createdArticleId(created);
    deleteLargeArticlesAfter(() => [id]);
    const revise = (html: string) => call(routes.articleText.PUT, { who: 'editor', method: 'PUT', path: `/api/articles/${id}/text`, json: { html }, params: { id } });
    await expectAll(
      deeplyNestedHtml(DEEP_HTML_DEPTH, 'revision').map((shape) => () =>
        probe(`revised html ← ${shape.name}`, () => revise(shape.value), stored(() => verifyStoredArticle(id, { text: ['Deep revision target', ...shape.lines].join('\n') }))),
      ),
    );
  });
});

describe('long quotes on a repetitive text: W3C container lookups and re-anchoring', () => {
  const LD = 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"';
  const { text: sent, marker } = repetitiveText(8_000);
  let article: { id: string; text: string };
  const quoteOnly = (exact: string, prefix?: string): Json => ({
    '@context': ANNO,
    type: 'Annotation',
    body: [{ type: 'TextualBody', purpose: 'tagging', value: 'claim' }],
    target: { type: 'SpecificResource', source: `${ORIGIN}/articles/${article.id}`, selector: { type: 'TextQuoteSelector', exact, ...(prefix ? { prefix } : {}) } },
  });
  const post = (body: Json) => call(routes.container.POST, { who: 'reviewer1', method: 'POST', path: '/annotations/', json: body, contentType: LD });
  const longQuote = REPEATED_LINE.repeat(200).trim(); // 9,400 characters, at every line of the text
  const tooLong = REPEATED_LINE.repeat(500); // 23,500: past the lookup limit

  beforeAll(async () => {
    const created = await importArticle({ title: 'Repetitive article', text: `Repetitive article\n${sent}` });
    expect(created.status, created.text).toBe(201);
    article = created.body.article as { id: string; text: string };
  });
  afterAll(() => deleteLargeArticles([article.id]));

  it('POST: a long quote that occurs everywhere is refused; with a prefix that singles it out it is stored there; past the limit, refused with what to send', async () => {
    const at = article.text.indexOf(marker) + marker.length + 1;
    await expectAll([
      () => probe('quote alone, at every line', () => post(quoteOnly(longQuote)), refused(/occurs more than 100 times.*prefix and suffix, or a TextPositionSelector/)),
      () => probe('quote with a prefix that occurs once', () => post(quoteOnly(longQuote, `${marker} `)), stored(async (answer) => {
        const row = await annotationRow((answer.body.id as string).split('/').pop()!);
        return [...sameValue('start', row.start, at), ...sameValue('exact', row.exact, longQuote)];
      })),
      () => probe('quote past the lookup limit', () => post(quoteOnly(tooLong, `${marker} `)), refused(/too long to look up.*send a TextPositionSelector/)),
    ]);
  });

  it('PUT: the same lookups on an existing annotation', async () => {
    const created = await post(quoteOnly(longQuote, `${marker} `));
    expect(created.status, created.text).toBe(201);
    const id = (created.body.id as string).split('/').pop()!;
    const put = async (body: Json) => {
      const current = await call(routes.webAnnotation.GET, { who: 'reviewer1', method: 'GET', path: `/annotations/${id}`, params: { id } });
      return call(routes.webAnnotation.PUT, { who: 'reviewer1', method: 'PUT', path: `/annotations/${id}`, json: body, contentType: LD, headers: { 'if-match': current.headers.get('etag') ?? '' }, params: { id } });
    };
    await expectAll([
      () => probe('PUT quote alone, at every line', () => put(quoteOnly(longQuote)), refused(/occurs more than 100 times/)),
      () => probe('PUT quote past the lookup limit', () => put(quoteOnly(tooLong, `${marker} `)), refused(/too long to look up/)),
      () => probe('PUT quote with a prefix that occurs once, a new label', () => put({ ...quoteOnly(longQuote, `${marker} `), body: [{ type: 'TextualBody', purpose: 'tagging', value: 'opinion' }] }), stored(async () => sameValue('label', (await annotationRow(id)).label, 'opinion'))),
    ]);
  });

  it('revision: 20 annotations with 2,000-character quotes, none left verbatim, are each kept, moved or orphaned', async () => {
    // An article of its own: the revision changes the text the other tests look quotes up in.
    const created = await importArticle({ title: 'Repetitive article', text: `Repetitive article\n${sent}` });
    expect(created.status, created.text).toBe(201);
    const article = created.body.article as { id: string; text: string };
    deleteLargeArticlesAfter(() => [article.id]);
    const ids: string[] = [];
    for (let index = 0; index < 20; index++) {
      const start = article.text.indexOf(marker) + 1_000 + index * 3_001;
      const created = await createAnnotation(article.id, { label: 'claim', start, end: start + 2_000, exact: article.text.slice(start, start + 2_000) });
      expect(created.status, created.text).toBe(201);
      ids.push((created.body.annotation as Json).id as string);
    }
    // A character changed every 500: no quote is left verbatim, so each needs the approximate search.
    const revised = article.text.split('\n').slice(1).join('\n').replace(/(.{499})./gs, '$1#');
    const answer = await call(routes.articleText.PUT, { who: 'editor', method: 'PUT', path: `/api/articles/${article.id}/text`, json: { text: `Repetitive article\n${revised}` }, params: { id: article.id } });
    expect(answer.status, answer.text.slice(0, 300)).toBe(200);
    const report = answer.body.report as { kept: string[]; moved: { id: string }[]; orphaned: string[] };
    const accounted = [...report.kept, ...report.moved.map((moved) => moved.id), ...report.orphaned];
    for (const id of ids) expect(accounted).toContain(id);
    // On one repeated line, a quote with edits in it cannot be told from its neighbours: orphaned, never guessed.
    const orphaned = ids.filter((id) => report.orphaned.includes(id));
    expect(orphaned.length).toBeGreaterThan(0);
    const states = await database.query<{ anchorState: string }>('SELECT "anchorState"::text AS "anchorState" FROM "Annotation" WHERE id = ANY($1)', [orphaned]);
    expect(states.map((row) => row.anchorState)).toEqual(orphaned.map(() => 'orphaned'));
  });
});

