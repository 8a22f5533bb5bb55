// Walks the permission matrix (permission-matrix.ts) against the running app:
// every route handler method, page and server action, as every persona, with
// a request that would succeed for an allowed caller, and reports every cell
// that does not hold in one list. A second test reads the source tree and
// fails when an endpoint has no row in the table, or a row names an endpoint
// that no longer exists.
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type APIRequestContext, type APIResponse, request } from '@playwright/test';
import ts from 'typescript';
import { ACCOUNTS, type AccountKey, uniqueTag } from '../fixtures/accounts';
import { type AnnotationView, annotateViaApi, createTroopsArticle, spanOf, submitReviewViaApi } from '../fixtures/annotations';
import type { ArticleRecord } from '../fixtures/article-page';
import { expect, test } from '../fixtures/test';
import {
  ABSENT,
  ACTIONS,
  type ActionExpectation,
  type ActionRow,
  DONE,
  type HttpExpectation,
  MATRIX,
  PAGES,
  PERSONAS,
  type PageRow,
  type Persona,
  type PersonaAccount,
  type PersonaId,
  REFUSED,
  ROUTES,
  type RouteRow,
} from './permission-matrix';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const METHODS = ['GET', 'HEAD', 'OPTIONS', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;
const MEDIA_TYPE = 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"';
/** Requests in flight at once within one persona's walk (the app and its database share two cores with the rest of the suite). */
const IN_FLIGHT = 6;
/** What guards.ts answers a role that may not do something; a refused server action must say it. */
const ROLE_REFUSAL = 'Your role does not allow this';
/** What an unknown project id gets, and so any project not the caller's (guards.ts). */
const ABSENT_PROJECT = 'No project with that id.';

// --- The endpoints in the source tree ---------------------------------------------------------

function filesUnder(dir: string, accept: (name: string) => boolean): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' || entry.name === 'generated' ? [] : filesUnder(full, accept);
    return accept(entry.name) ? [full] : [];
  });
}

function parse(file: string): ts.SourceFile {
  return ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
}

function isExported(node: ts.Node): boolean {
  return ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((modifier) => modifier.kind === ts.SyntaxKind.ExportKeyword);
}

/** The names a module exports: declarations, `export { a as B }`, `export { B } from …`; `export *` cannot be read and fails. */
function exportedNames(source: ts.SourceFile): string[] {
  const names: string[] = [];
  for (const statement of source.statements) {
    if ((ts.isFunctionDeclaration(statement) || ts.isClassDeclaration(statement)) && isExported(statement)) {
      const isDefault = (ts.getModifiers(statement) ?? []).some((modifier) => modifier.kind === ts.SyntaxKind.DefaultKeyword);
      names.push(isDefault ? 'default' : (statement.name?.text ?? 'default'));
    } else if (ts.isVariableStatement(statement) && isExported(statement)) {
      for (const declaration of statement.declarationList.declarations) if (ts.isIdentifier(declaration.name)) names.push(declaration.name.text);
    } else if (ts.isExportDeclaration(statement) && !statement.isTypeOnly) {
      if (!statement.exportClause) throw new Error(`${source.fileName}: "export *" hides which names it exports; list them`);
      if (ts.isNamedExports(statement.exportClause)) for (const element of statement.exportClause.elements) if (!element.isTypeOnly) names.push(element.name.text);
    } else if (ts.isExportAssignment(statement)) {
      names.push('default');
    }
  }
  return names;
}

function hasUseServerDirective(source: ts.SourceFile): boolean {
  const first = source.statements[0];
  return first !== undefined && ts.isExpressionStatement(first) && ts.isStringLiteral(first.expression) && first.expression.text === 'use server';
}

/** app/(workbench)/articles/[id]/page.tsx → /articles/[id]: route groups and parallel-route slots are not in the URL. */
function urlPathOf(file: string): string {
  const segments = path.relative(path.join(ROOT, 'app'), path.dirname(file)).split(path.sep).filter((segment) => segment !== '' && !segment.startsWith('(') && !segment.startsWith('@'));
  return `/${segments.join('/')}`;
}

function sourceEndpoints(): string[] {
  const endpoints: string[] = [];
  for (const file of filesUnder(path.join(ROOT, 'app'), (name) => /^route\.(ts|tsx|js|mjs)$/.test(name))) {
    const url = urlPathOf(file);
    // The W3C container's IRI ends in a slash (next.config.js keeps it).
    const routePath = url === '/annotations' ? '/annotations/' : url;
    for (const name of exportedNames(parse(file))) if ((METHODS as readonly string[]).includes(name)) endpoints.push(`${name} ${routePath}`);
  }
  for (const file of filesUnder(path.join(ROOT, 'app'), (name) => /^page\.(tsx|ts|jsx|js|mdx)$/.test(name))) endpoints.push(`page ${urlPathOf(file)}`);
  const actionDirs = ['app', 'components', 'lib'].map((dir) => path.join(ROOT, dir));
  for (const file of actionDirs.flatMap((dir) => filesUnder(dir, (name) => /\.(ts|tsx)$/.test(name) && !name.endsWith('.d.ts')))) {
    if (!readFileSync(file, 'utf8').includes('use server')) continue;
    const source = parse(file);
    if (!hasUseServerDirective(source)) continue;
    for (const name of exportedNames(source)) endpoints.push(`action ${name} (${path.relative(ROOT, file).split(path.sep).join('/')})`);
  }
  return endpoints.sort();
}

function tableEndpoints(): string[] {
  return MATRIX.map((row) => (row.kind === 'action' ? `${row.key} (${row.file})` : row.key)).sort();
}

test('the permission matrix has a row for every route handler, page and server action, and no other', () => {
  const inSource = sourceEndpoints();
  const inTable = tableEndpoints();
  const keys = MATRIX.map((row) => row.key);
  expect.soft(keys.filter((key, index) => keys.indexOf(key) !== index), 'rows listed twice').toEqual([]);
  expect.soft(inSource.filter((endpoint) => !inTable.includes(endpoint)), 'endpoints in the source tree without a row in e2e/security/permission-matrix.ts').toEqual([]);
  expect.soft(inTable.filter((endpoint) => !inSource.includes(endpoint)), 'rows in e2e/security/permission-matrix.ts for endpoints that no longer exist').toEqual([]);
  expect.soft(ROUTES.filter((row) => row.cells && !(row.key in CALLS)).map((row) => row.key), 'rows without a request in permission-matrix.spec.ts (CALLS)').toEqual([]);
  expect.soft(Object.keys(CALLS).filter((key) => !ROUTES.some((row) => row.key === key)), 'requests in CALLS without a row').toEqual([]);
  expect.soft(ACTIONS.filter((row) => !(row.name in ACTION_CALLS)).map((row) => row.key), 'actions without a form in ACTION_CALLS').toEqual([]);
});

// --- Fixtures: the data each persona acts on ---------------------------------------------------

type Json = Record<string, unknown>;
type ArticleKey = 'blind' | 'submitted' | 'verdict' | 'revise';

/** Distinct, non-overlapping passages of the sample article (each its own consensus passage). */
const QUOTES = [
  'The geopolitical landscape of the Middle East',
  'a bond forged through shared strategic interests',
  'a common desire to counter Western influence',
  'From advanced weaponry transfers to coordinated diplomatic efforts',
  'challenging established norms',
  'This article delves into the historical context',
];

function strongPassword(): string {
  return `Mx-${randomBytes(12).toString('base64url')}-9q`;
}

async function answer<T>(response: APIResponse, what: string, statuses: number[]): Promise<T> {
  const text = await response.text();
  expect(statuses, `${what}: ${response.status()} ${text.slice(0, 300)}`).toContain(response.status());
  return (text ? JSON.parse(text) : {}) as T;
}

/**
 * The articles, annotations, users and tokens the cells act on, made on first
 * use (concurrent cells share one creation). Shared data is only read or
 * refused; anything a success would consume is made fresh for its cell.
 *   blind      reviewer1 and reviewer2 annotate; nobody submits (blind review holds for reviewer1 and reviewer3)
 *   submitted  reviewer2 annotates; reviewer1 has submitted
 *   verdict    reviewer2 annotates distinct passages and has submitted (consensus has passages)
 *   revise     only ever revised
 */
class World {
  private readonly memo = new Map<string, Promise<unknown>>();
  private readonly unsubmittedClaims = new Map<string, number>();
  private nextQuote = 0;
  readonly madeTokens: string[] = [];
  readonly madeWebhooks: string[] = [];

  /**
   * `deskId`: the seeded project every demo account works in, where the data lives;
   * `elsewhereId`: the project the x- personas work in (and nobody else but the admin).
   */
  constructor(
    readonly baseURL: string,
    readonly sessions: Record<PersonaAccount, APIRequestContext>,
    readonly userIds: Record<AccountKey, string>,
    readonly deskId: string,
    readonly elsewhereId: string,
  ) {}

  once<T>(key: string, make: () => Promise<T>): Promise<T> {
    let made = this.memo.get(key) as Promise<T> | undefined;
    if (!made) {
      made = make();
      this.memo.set(key, made);
    }
    return made;
  }

  article(key: ArticleKey): Promise<ArticleRecord> {
    return this.once(`article:${key}`, async () => {
      const article = await createTroopsArticle(this.sessions.editor);
      // reviewer1 marks nothing on the submitted article: an empty review, said so explicitly.
      if (key === 'submitted') await submitReviewViaApi(this.sessions.reviewer1, article.id, { empty: true });
      if (key === 'verdict') {
        // A submitted review is final, so reviewer2 marks every passage the verdict cells will rule on first.
        for (const quote of QUOTES) await annotateViaApi(this.sessions.reviewer2, article, quote, { label: 'claim' });
        await submitReviewViaApi(this.sessions.reviewer2, article.id);
      }
      return article;
    });
  }

  /** An article `account` has not submitted a review of; `claim` reserves it (a success submits). */
  unsubmittedArticle(account: PersonaAccount | null, claim: boolean): Promise<ArticleRecord> {
    let index = 0;
    if (account && claim) {
      index = this.unsubmittedClaims.get(account) ?? 0;
      this.unsubmittedClaims.set(account, index + 1);
    }
    return this.once(`unsubmitted:${index}`, () => createTroopsArticle(this.sessions.editor));
  }

  /**
   * One of `author`'s annotations on the article: the one every read uses
   * ('shared'), the one refused changes are tried on ('victim', so a wrongly
   * allowed change cannot disturb the reads), or a new one ('fresh') for a
   * change that should succeed.
   */
  annotation(author: AccountKey, articleKey: ArticleKey, kind: 'shared' | 'victim' | 'fresh'): Promise<AnnotationView> {
    const make = async () => annotateViaApi(this.sessions[author], await this.article(articleKey), QUOTES[0]!, { label: 'claim', rationale: 'Permission matrix.' });
    return kind === 'fresh' ? make() : this.once(`annotation:${kind}:${author}:${articleKey}`, make);
  }

  /** A deleted annotation of `author` (fresh, or one shared by the refused cells). */
  deletedAnnotation(author: AccountKey, articleKey: ArticleKey, fresh: boolean): Promise<AnnotationView> {
    const make = async () => {
      const made = await this.annotation(author, articleKey, 'fresh');
      const deleted = await this.sessions[author].delete(`/api/annotations/${made.id}?version=${made.version}`);
      expect(deleted.status(), `delete ${made.id} as ${author}`).toBe(204);
      return { ...made, version: made.version + 1 };
    };
    return fresh ? make() : this.once(`deleted:${author}:${articleKey}`, make);
  }

  /** A passage of the verdict article's consensus that has no verdict yet: one of reviewer2's, on a passage nobody else marked. */
  async passage(fresh: boolean): Promise<{ article: ArticleRecord; passageId: string }> {
    const make = async () => {
      const article = await this.article('verdict');
      const quote = QUOTES[this.nextQuote++]!;
      const span = spanOf(article.text, quote);
      return { article, passageId: `${span.start}-${span.end}` };
    };
    return fresh ? make() : this.once('passage', make);
  }

  /** An unpublished article with a submitted review and no disputes: ready to publish. */
  publishable(fresh: boolean): Promise<ArticleRecord> {
    const make = async () => {
      const article = await createTroopsArticle(this.sessions.editor);
      await submitReviewViaApi(this.sessions.reviewer2, article.id, { empty: true });
      return article;
    };
    return fresh ? make() : this.once('publishable', make);
  }

  published(fresh: boolean): Promise<ArticleRecord> {
    const make = async () => {
      const article = await this.publishable(true);
      await answer(await this.sessions.editor.post(`/api/articles/${article.id}/publish`), 'publish', [200]);
      return article;
    };
    return fresh ? make() : this.once('published', make);
  }

  user(fresh: boolean): Promise<{ id: string; email: string }> {
    const make = async () => {
      const email = `matrix-${uniqueTag()}@example.org`;
      const created = await answer<{ user: { id: string } }>(
        await this.sessions.admin.post('/api/users', { data: { email, name: 'Matrix Person', role: 'reviewer', password: strongPassword() } }),
        'create a user',
        [201],
      );
      return { id: created.user.id, email };
    };
    return fresh ? make() : this.once('user', make);
  }

  async roleOf(userId: string): Promise<string | undefined> {
    const { users } = await answer<{ users: { id: string; role: string }[] }>(await this.sessions.admin.get('/api/users'), 'list users', [200]);
    return users.find((user) => user.id === userId)?.role;
  }

  async token(account: AccountKey, scopes: readonly string[]): Promise<{ id: string; secret: string }> {
    const made = await answer<{ token: { id: string }; secret: string }>(
      await this.sessions.admin.post('/api/tokens', { data: { name: `Permission matrix ${uniqueTag()}`, scopes, userId: this.userIds[account] } }),
      'create a token',
      [201],
    );
    this.madeTokens.push(made.token.id);
    return { id: made.token.id, secret: made.secret };
  }

  /** A webhook to a closed port on 127.0.0.1, subscribed to an event no spec raises while the matrix runs (review.reopened is rare; a failed delivery is harmless). */
  async webhook(): Promise<{ id: string }> {
    const made = await answer<{ webhook: { id: string } }>(
      await this.sessions.admin.post('/api/webhooks', { data: { url: `http://127.0.0.1:9/matrix-${uniqueTag()}`, events: ['review.reopened'] } }),
      'create a webhook',
      [201],
    );
    this.madeWebhooks.push(made.webhook.id);
    return made.webhook;
  }

  victimWebhook(fresh: boolean): Promise<{ id: string }> {
    return fresh ? this.webhook() : this.once('webhook', () => this.webhook());
  }

  victimToken(fresh: boolean): Promise<{ id: string }> {
    return fresh ? this.token('editor', ['read:exports']) : this.once('token', () => this.token('editor', ['read:exports']));
  }

  /** The newsroom's rating scale; `current` reads it again rather than the copy read first. */
  ratingScale(current = false): Promise<{ key: string; name: string; value: number }[]> {
    const read = async () => (await answer<{ options: { key: string; name: string; value: number }[] }>(await this.sessions.admin.get('/api/rating-scale'), 'rating scale', [200])).options;
    return current ? read() : this.once('rating-scale', read);
  }

  /** An outlet the source rows read and rename to its own name (sources are desk-wide). */
  source(): Promise<{ id: string; name: string }> {
    return this.once('source', async () => {
      const made = await answer<{ source: { id: string; name: string } }>(
        await this.sessions.admin.post('/api/sources', { data: { name: `Matrix outlet ${uniqueTag()}`, domains: [`matrix-${uniqueTag()}.example`] } }),
        'create a source',
        [201],
      );
      return made.source;
    });
  }

  /** A member of Desk made for a cell that removes one (fresh), or the one the refused cells try to remove. */
  deskMember(fresh: boolean): Promise<{ id: string }> {
    const make = async () => {
      const user = await this.user(true);
      await answer(await this.sessions.admin.post(`/api/projects/${this.deskId}/members`, { data: { userId: user.id, role: 'reviewer' } }), 'add a Desk member', [201]);
      return user;
    };
    return fresh ? make() : this.once('desk-member', make);
  }

  /** The editor's comment on the article: shared by the reads and refusals, or fresh for a change that should succeed. */
  comment(articleKey: ArticleKey, fresh: boolean): Promise<{ id: string; version: number }> {
    const make = async () => {
      const article = await this.article(articleKey);
      const made = await answer<{ comment: { id: string; version: number } }>(
        await this.sessions.editor.post(`/api/articles/${article.id}/comments`, { data: { body: 'Permission matrix thread.' } }),
        'comment as the editor',
        [201],
      );
      return made.comment;
    };
    return fresh ? make() : this.once(`comment:${articleKey}`, make);
  }

  /** An assignment of reviewer3 on an article of its own: fresh for a cell that removes one, else the one the refusals try. */
  assignment(fresh: boolean): Promise<{ id: string; articleId: string }> {
    const make = async () => {
      const article = await createTroopsArticle(this.sessions.editor);
      const made = await answer<{ assignment: { id: string } }>(
        await this.sessions.editor.post(`/api/articles/${article.id}/assignments`, { data: { reviewerId: this.userIds.reviewer3 } }),
        'assign reviewer3',
        [201],
      );
      return { id: made.assignment.id, articleId: article.id };
    };
    return fresh ? make() : this.once('assignment', make);
  }

  /** Takes back what an assigning cell made, so the demo reviewers' My work stays as the other specs expect. */
  async takeBack(status: number, body: string): Promise<void> {
    if (status !== 201) return;
    const parsed = JSON.parse(body) as { assignment?: { id: string }; assignments?: { id: string }[] };
    for (const { id } of parsed.assignments ?? (parsed.assignment ? [parsed.assignment] : [])) await answer(await this.sessions.admin.delete(`/api/assignments/${id}`), 'take the assignment back', [204]);
  }

  workbenchUrl(articleId: string): string {
    return `${this.baseURL}/articles/${articleId}`;
  }
}

/** A W3C Web Annotation of `exact` in the article (positions in code points, as the model counts them). */
function webAnnotation(world: World, article: ArticleRecord, exact: string, label: string): Json {
  const span = spanOf(article.text, exact);
  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    type: 'Annotation',
    motivation: 'classifying',
    body: [{ type: 'TextualBody', purpose: 'tagging', value: label }],
    target: {
      type: 'SpecificResource',
      source: world.workbenchUrl(article.id),
      selector: [
        { type: 'TextPositionSelector', start: [...article.text.slice(0, span.start)].length, end: [...article.text.slice(0, span.end)].length },
        { type: 'TextQuoteSelector', exact },
      ],
    },
  };
}

// --- Who acts on what ------------------------------------------------------------------------

function accountOf(persona: Persona): PersonaAccount | null {
  return 'account' in persona ? persona.account : null;
}

/** Whose annotation, on which article, a persona's annotation cells act on (see the table's header). */
function annotationTarget(persona: Persona): { author: AccountKey; article: ArticleKey } {
  if (persona.id === 'r-own') return { author: 'reviewer1', article: 'blind' };
  if (persona.id === 'r-oth-a') return { author: 'reviewer2', article: 'submitted' };
  // Everyone else acts on reviewer2's annotations; for t:wr-rv (reviewer2's token) they are its own.
  return { author: 'reviewer2', article: 'blind' };
}

/** The article a persona's article-level reads act on: the one their annotation cells use. */
function articleOf(persona: Persona): ArticleKey {
  return annotationTarget(persona).article;
}

/**
 * What a listing of the blind article must (not) show: reviewers who have not
 * submitted see no one else's annotations; the desk sees everyone's.
 */
async function visibilityChecks(world: World, persona: Persona): Promise<Pick<Call, 'absent' | 'present'>> {
  const theirs = await world.annotation('reviewer2', articleOf(persona), 'shared');
  const account = accountOf(persona);
  // reviewer1 (r-own) and reviewer3 (r-oth-b, t:rd-rv) have not submitted the blind article.
  if (persona.id === 'r-own' || account === 'reviewer3') return { absent: [theirs.id] };
  if (account === null || account === 'reviewer2') return {};
  return { present: [theirs.id] };
}

// --- The requests, one per route row -----------------------------------------------------------

type Cell = { persona: Persona; expected: HttpExpectation; allowed: boolean };
type Call = {
  method: string;
  path: string;
  headers?: Record<string, string>;
  data?: unknown;
  /** Text the response body must not contain (an id blind review hides). */
  absent?: string[];
  /** Text the response body must contain when the call succeeds. */
  present?: string[];
  /** Run after the response, with its body: undoes what a success would leave for the other specs. */
  after?: (status: number, body: string) => Promise<void>;
  /** An event stream, which never ends by itself: its status is read, then it is closed. */
  stream?: true;
};
type Builder = (world: World, cell: Cell) => Promise<Call>;

const json = { 'content-type': 'application/json' };
const annotationJson = { 'content-type': MEDIA_TYPE, accept: MEDIA_TYPE };

async function containerCall(world: World, cell: Cell, method: string): Promise<Call> {
  const article = await world.article(articleOf(cell.persona));
  return { method, path: `/annotations/?article=${article.id}&pageSize=500&iris=1`, ...(method === 'GET' ? await visibilityChecks(world, cell.persona) : {}) };
}

async function readAnnotation(world: World, cell: Cell, method: string): Promise<Call> {
  const target = annotationTarget(cell.persona);
  return { method, path: `/annotations/${(await world.annotation(target.author, target.article, 'shared')).id}` };
}

/** The annotation a changing cell acts on: a new one when the change should succeed (it consumes it), else the shared victim. */
/** A claim the editor made, with a verdict (so its export answers 200), once per world. */
function matrixClaim(world: World): Promise<string> {
  return world.once('claim', async () => {
    const claimId = await newClaim(world);
    await answer(await world.sessions.editor.put(`/api/claims/${claimId}/verdict`, { headers: json, data: { rating: 'unsupported', explanation: 'Not documented.' } }), 'rule on the claim', [200]);
    return claimId;
  });
}

async function newClaim(world: World): Promise<string> {
  const { claim } = await answer<{ claim: { id: string } }>(await world.sessions.editor.post('/api/claims', { headers: json, data: { text: `Russian troops are in Iran (matrix ${uniqueTag()})` } }), 'create a claim', [201]);
  return claim.id;
}

async function changeTarget(world: World, cell: Cell): Promise<{ annotation: AnnotationView; article: ArticleRecord; author: AccountKey }> {
  const target = annotationTarget(cell.persona);
  const [annotation, article] = await Promise.all([world.annotation(target.author, target.article, cell.allowed ? 'fresh' : 'victim'), world.article(target.article)]);
  return { annotation, article, author: target.author };
}

const CALLS: Record<string, Builder> = {
  'GET /annotations/': (world, cell) => containerCall(world, cell, 'GET'),
  'HEAD /annotations/': (world, cell) => containerCall(world, cell, 'HEAD'),
  'OPTIONS /annotations/': async () => ({ method: 'OPTIONS', path: '/annotations/' }),
  'POST /annotations/': async (world, cell) => {
    const article = await world.article(articleOf(cell.persona));
    return { method: 'POST', path: '/annotations/', headers: annotationJson, data: JSON.stringify(webAnnotation(world, article, QUOTES[1]!, 'opinion')) };
  },
  'GET /annotations/[id]': (world, cell) => readAnnotation(world, cell, 'GET'),
  'HEAD /annotations/[id]': (world, cell) => readAnnotation(world, cell, 'HEAD'),
  'OPTIONS /annotations/[id]': async (world) => ({ method: 'OPTIONS', path: `/annotations/${(await world.annotation('reviewer2', 'blind', 'shared')).id}` }),
  'PUT /annotations/[id]': async (world, cell) => {
    const { annotation, article, author } = await changeTarget(world, cell);
    // The ETag the author's client holds: the precondition an allowed PUT needs.
    const current = await world.sessions[author].get(`/annotations/${annotation.id}`, { headers: { accept: MEDIA_TYPE } });
    expect(current.status(), `GET /annotations/${annotation.id} as ${author}`).toBe(200);
    return {
      method: 'PUT',
      path: `/annotations/${annotation.id}`,
      headers: { ...annotationJson, 'if-match': current.headers()['etag'] ?? '' },
      data: JSON.stringify(webAnnotation(world, article, annotation.exact, 'opinion')),
    };
  },
  'DELETE /annotations/[id]': async (world, cell) => ({ method: 'DELETE', path: `/annotations/${(await changeTarget(world, cell)).annotation.id}` }),
  'PATCH /api/annotations/[id]': async (world, cell) => {
    const { annotation } = await changeTarget(world, cell);
    return { method: 'PATCH', path: `/api/annotations/${annotation.id}`, headers: json, data: { version: annotation.version, label: 'opinion', rationale: 'Changed by the matrix.' } };
  },
  'DELETE /api/annotations/[id]': async (world, cell) => {
    const { annotation } = await changeTarget(world, cell);
    return { method: 'DELETE', path: `/api/annotations/${annotation.id}?version=${annotation.version}` };
  },
  'GET /api/annotations/[id]/history': async (world, cell) => {
    const target = annotationTarget(cell.persona);
    return { method: 'GET', path: `/api/annotations/${(await world.annotation(target.author, target.article, 'shared')).id}/history` };
  },
  'POST /api/annotations/[id]/reattach': async (world, cell) => {
    const { annotation, article } = await changeTarget(world, cell);
    const span = spanOf(article.text, QUOTES[2]!);
    return { method: 'POST', path: `/api/annotations/${annotation.id}/reattach`, headers: json, data: { version: annotation.version, ...span } };
  },
  'POST /api/annotations/[id]/restore': async (world, cell) => {
    const target = annotationTarget(cell.persona);
    const deleted = await world.deletedAnnotation(target.author, target.article, cell.allowed);
    return { method: 'POST', path: `/api/annotations/${deleted.id}/restore?version=${deleted.version}` };
  },
  'GET /api/articles': async () => ({ method: 'GET', path: '/api/articles?q=Russian' }),
  // Into Desk, named: the admin sees several projects, so it must say which.
  'POST /api/articles': async (world) => ({ method: 'POST', path: '/api/articles', headers: json, data: { text: `Permission matrix import ${uniqueTag()}\nOne paragraph of text.`, publisher: 'Permission Matrix', projectId: world.deskId } }),
  // Into the project only x-ed works in: a fresh article for a cell that should succeed (it leaves Desk), else one kept for the refusals.
  'POST /api/articles/[id]/move': async (world, cell) => {
    const article = cell.allowed ? await createTroopsArticle(world.sessions.editor) : await world.once('move-victim', () => createTroopsArticle(world.sessions.editor));
    return { method: 'POST', path: `/api/articles/${article.id}/move`, headers: json, data: { projectId: world.elsewhereId, reason: 'Permission matrix.' } };
  },
  'GET /api/articles/[id]/assignments': async (world) => ({ method: 'GET', path: `/api/articles/${(await world.assignment(false)).articleId}/assignments` }),
  'POST /api/articles/[id]/assignments': async (world, cell) => {
    const article = cell.allowed ? await createTroopsArticle(world.sessions.editor) : await world.article('blind');
    return { method: 'POST', path: `/api/articles/${article.id}/assignments`, headers: json, data: { reviewerId: world.userIds.reviewer3, dueAt: '2099-12-31' }, after: (status, body) => world.takeBack(status, body) };
  },
  'POST /api/articles/[id]/assignments/auto': async (world, cell) => {
    const article = cell.allowed ? await createTroopsArticle(world.sessions.editor) : await world.article('blind');
    return { method: 'POST', path: `/api/articles/${article.id}/assignments/auto`, headers: json, data: { count: 1 }, after: (status, body) => world.takeBack(status, body) };
  },
  'GET /api/articles/[id]/assignable-members': async (world) => ({ method: 'GET', path: `/api/articles/${(await world.assignment(false)).articleId}/assignable-members?q=test&limit=5` }),
  'POST /api/articles/[id]/assigned-only': async (world) => ({ method: 'POST', path: `/api/articles/${(await world.article('blind')).id}/assigned-only`, headers: json, data: { assignedOnly: false } }),
  'DELETE /api/assignments/[id]': async (world, cell) => ({ method: 'DELETE', path: `/api/assignments/${(await world.assignment(cell.allowed)).id}` }),
  'GET /api/me/work': async () => ({ method: 'GET', path: '/api/me/work' }),
  'GET /api/notifications': async () => ({ method: 'GET', path: '/api/notifications' }),
  'POST /api/notifications/read': async () => ({ method: 'POST', path: '/api/notifications/read', headers: json, data: { ids: ['0d4c2b7e-2a8f-4d0e-9b7a-3c9f5e1a2b3c'] } }),
  'GET /api/events': async (world, cell) => ({ method: 'GET', path: `/api/events?article=${(await world.article(articleOf(cell.persona))).id}`, stream: true }),
  'GET /api/projects': async () => ({ method: 'GET', path: '/api/projects' }),
  'POST /api/projects': async (world) => ({
    method: 'POST',
    path: '/api/projects',
    headers: json,
    data: { name: `Permission matrix ${uniqueTag()}`, description: 'Made by the permission matrix.' },
    // An editor who makes a project becomes its editor; taken out again, so the demo editor keeps working in Desk alone.
    after: async (status, body) => {
      if (status !== 201) return;
      const { project } = JSON.parse(body) as { project: { id: string; members: { userId: string }[] } };
      for (const member of project.members) await answer(await world.sessions.admin.delete(`/api/projects/${project.id}/members/${member.userId}`), 'remove the creator', [204]);
    },
  }),
  'GET /api/projects/[id]': async (world) => ({ method: 'GET', path: `/api/projects/${world.deskId}` }),
  'PATCH /api/projects/[id]': async (world) => ({ method: 'PATCH', path: `/api/projects/${world.deskId}`, headers: json, data: { name: 'Desk' } }),
  'GET /api/projects/[id]/guidelines': async (world) => ({ method: 'GET', path: `/api/projects/${world.deskId}/guidelines` }),
  'POST /api/projects/[id]/members': async (world, cell) => ({ method: 'POST', path: `/api/projects/${world.deskId}/members`, headers: json, data: { userId: (await world.user(cell.allowed)).id, role: 'reviewer' } }),
  'DELETE /api/projects/[id]/members/[userId]': async (world, cell) => ({ method: 'DELETE', path: `/api/projects/${world.deskId}/members/${(await world.deskMember(cell.allowed)).id}` }),
  'GET /api/projects/[id]/agreement': async (world) => ({ method: 'GET', path: `/api/projects/${world.deskId}/agreement` }),
  'GET /api/projects/[id]/rating-scale': async (world) => ({ method: 'GET', path: `/api/projects/${world.deskId}/rating-scale` }),
  'PUT /api/projects/[id]/rating-scale': async (world) => {
    const { options } = await answer<{ options: unknown[] }>(await world.sessions.admin.get(`/api/projects/${world.deskId}/rating-scale`), 'read the scale', [200]);
    return { method: 'PUT', path: `/api/projects/${world.deskId}/rating-scale`, headers: json, data: { options } };
  },
  'GET /api/articles/[id]': async (world, cell) => ({ method: 'GET', path: `/api/articles/${(await world.article(articleOf(cell.persona))).id}` }),
  'GET /api/articles/[id]/annotations': async (world, cell) => ({
    method: 'GET',
    path: `/api/articles/${(await world.article(articleOf(cell.persona))).id}/annotations`,
    ...(await visibilityChecks(world, cell.persona)),
  }),
  'POST /api/articles/[id]/annotations': async (world, cell) => {
    const article = await world.article(articleOf(cell.persona));
    return { method: 'POST', path: `/api/articles/${article.id}/annotations`, headers: json, data: { ...spanOf(article.text, QUOTES[1]!), revision: article.revision, label: 'opinion' } };
  },
  'GET /api/articles/[id]/comments': async (world, cell) => {
    const comment = await world.comment(articleOf(cell.persona), false);
    const account = accountOf(cell.persona);
    // Reviewers who have not submitted the article (reviewer1 on the blind one, reviewer3) read an empty discussion.
    const blind = cell.persona.id === 'r-own' || account === 'reviewer3';
    return { method: 'GET', path: `/api/articles/${(await world.article(articleOf(cell.persona))).id}/comments`, ...(blind ? { absent: [comment.id] } : { present: [comment.id] }) };
  },
  'POST /api/articles/[id]/comments': async (world, cell) => ({
    method: 'POST',
    path: `/api/articles/${(await world.article(articleOf(cell.persona))).id}/comments`,
    headers: json,
    data: { body: 'Permission matrix reply.' },
  }),
  'PATCH /api/comments/[id]': async (world, cell) => {
    const comment = await world.comment(articleOf(cell.persona), cell.allowed);
    return { method: 'PATCH', path: `/api/comments/${comment.id}`, headers: json, data: { version: comment.version, resolved: true } };
  },
  'POST /api/articles/[id]/submit': async (world, cell) => {
    // After submitting: the article the persona already submitted. Otherwise one its account has not.
    const article = cell.persona.id === 'r-oth-a' ? await world.article('submitted') : await world.unsubmittedArticle(accountOf(cell.persona), cell.allowed);
    // Nothing is marked on these articles: the empty review is confirmed, as the submit button does.
    return { method: 'POST', path: `/api/articles/${article.id}/submit`, headers: json, data: { empty: true } };
  },
  'GET /api/articles/[id]/reviews': async (world) => ({ method: 'GET', path: `/api/articles/${(await world.article('submitted')).id}/reviews` }),
  // reviewer2's submitted review of a fresh article for a cell that should succeed (it consumes it).
  'POST /api/articles/[id]/reviews/[reviewerId]/reopen': async (world, cell) => ({
    method: 'POST',
    path: `/api/articles/${(await world.publishable(cell.allowed)).id}/reviews/${world.userIds.reviewer2}/reopen`,
    headers: json,
    data: { reason: 'Permission matrix.' },
  }),
  'PUT /api/articles/[id]/text': async (world) => {
    const article = await world.article('revise');
    return { method: 'PUT', path: `/api/articles/${article.id}/text`, headers: json, data: { text: `${article.text}\nA paragraph the permission matrix added (${uniqueTag()}).` } };
  },
  'GET /api/articles/[id]/consensus': async (world) => ({ method: 'GET', path: `/api/articles/${(await world.article('verdict')).id}/consensus` }),
  'POST /api/articles/[id]/passages/[passageId]/verdict': async (world, cell) => {
    const [{ article, passageId }, scale] = await Promise.all([world.passage(cell.allowed), world.ratingScale()]);
    return {
      method: 'POST',
      path: `/api/articles/${article.id}/passages/${passageId}/verdict`,
      headers: json,
      data: { label: 'claim', rating: scale[0]!.key, explanation: 'Checked by the permission matrix.' },
    };
  },
  'POST /api/articles/[id]/publish': async (world, cell) => ({ method: 'POST', path: `/api/articles/${(await world.publishable(cell.allowed)).id}/publish` }),
  'POST /api/articles/[id]/reopen': async (world, cell) => ({ method: 'POST', path: `/api/articles/${(await world.published(cell.allowed)).id}/reopen`, headers: json, data: { reason: 'Permission matrix.' } }),
  'GET /api/articles/[id]/export': async (world) => ({ method: 'GET', path: `/api/articles/${(await world.article('blind')).id}/export?format=json` }),
  'GET /api/claims': async () => ({ method: 'GET', path: '/api/claims' }),
  'POST /api/claims': async () => ({ method: 'POST', path: '/api/claims', headers: json, data: { text: `Russian troops are in Iran (matrix ${uniqueTag()})` } }),
  'GET /api/claims/[id]': async (world) => ({ method: 'GET', path: `/api/claims/${await matrixClaim(world)}` }),
  'POST /api/claims/[id]/appearances': async (world, cell) => {
    const claimId = cell.allowed ? await newClaim(world) : await matrixClaim(world);
    const article = await world.article('blind');
    return { method: 'POST', path: `/api/claims/${claimId}/appearances`, headers: json, data: { articleId: article.id, start: 0, end: 14 } };
  },
  'PUT /api/claims/[id]/verdict': async (world) => ({ method: 'PUT', path: `/api/claims/${await matrixClaim(world)}/verdict`, headers: json, data: { rating: 'unsupported', explanation: 'Not documented (permission matrix).' } }),
  'GET /api/claims/[id]/export': async (world) => ({ method: 'GET', path: `/api/claims/${await matrixClaim(world)}/export?format=claimreview` }),
  'GET /api/articles/[id]/claim-suggestions': async (world) => ({ method: 'GET', path: `/api/articles/${(await world.article('blind')).id}/claim-suggestions?start=0&end=14` }),
  'GET /api/exports': async () => ({ method: 'GET', path: `/api/exports?format=json&publisher=${encodeURIComponent(`No such publisher ${uniqueTag()}`)}` }),
  'GET /api/exports/schema.json': async () => ({ method: 'GET', path: '/api/exports/schema.json' }),
  'GET /api/review-queue': async () => ({ method: 'GET', path: '/api/review-queue?q=Russian' }),
  'GET /api/signals': async () => ({ method: 'GET', path: '/api/signals' }),
  'POST /api/signals': async () => ({
    method: 'POST',
    path: '/api/signals',
    headers: json,
    data: { key: `matrix_${uniqueTag()}`, question: 'Made by the permission matrix?', scale: 'nominal', options: [{ value: 'yes', label: 'Yes' }, { value: 'no', label: 'No' }] },
  }),
  'PATCH /api/signals/[key]': async () => ({ method: 'PATCH', path: '/api/signals/clickbait_title', headers: json, data: { question: 'Is the title clickbait?' } }),
  'GET /api/articles/[id]/signals': async (world, cell) => ({ method: 'GET', path: `/api/articles/${(await world.article(articleOf(cell.persona))).id}/signals` }),
  'PUT /api/articles/[id]/signals': async (world, cell) => ({
    method: 'PUT',
    path: `/api/articles/${(await world.article(articleOf(cell.persona))).id}/signals`,
    headers: json,
    data: { answers: { clickbait_title: 'somewhat' } },
  }),
  'GET /api/rating-scale': async () => ({ method: 'GET', path: '/api/rating-scale' }),
  // The scale as it is right now: an allowed caller replaces it with itself, so other specs see no change.
  'PUT /api/rating-scale': async (world) => ({ method: 'PUT', path: '/api/rating-scale', headers: json, data: { options: (await world.ratingScale(true)).map(({ key, name, value }) => ({ key, name, value })) } }),
  'GET /api/users': async () => ({ method: 'GET', path: '/api/users' }),
  'POST /api/users': async () => ({
    method: 'POST',
    path: '/api/users',
    headers: json,
    data: { email: `matrix-${uniqueTag()}@example.org`, name: 'Matrix Person', role: 'reviewer', password: strongPassword() },
  }),
  'PATCH /api/users/[id]': async (world, cell) => ({ method: 'PATCH', path: `/api/users/${(await world.user(cell.allowed)).id}`, headers: json, data: { role: 'editor' } }),
  'POST /api/users/[id]/password': async (world, cell) => ({ method: 'POST', path: `/api/users/${(await world.user(cell.allowed)).id}/password`, headers: json, data: {} }),
  'POST /api/me/password': async () => ({ method: 'POST', path: '/api/me/password', headers: json, data: { currentPassword: 'never-checked', newPassword: 'too-short' } }),
  'POST /api/sign-in/wait': async () => ({ method: 'POST', path: '/api/sign-in/wait', headers: json, data: { email: `matrix-${uniqueTag()}@example.org` } }),
  'GET /api/tokens': async () => ({ method: 'GET', path: '/api/tokens' }),
  'POST /api/tokens': async (world) => ({ method: 'POST', path: '/api/tokens', headers: json, data: { name: `Permission matrix ${uniqueTag()}`, scopes: ['read:exports'], userId: world.userIds.editor } }),
  'DELETE /api/tokens/[id]': async (world, cell) => ({ method: 'DELETE', path: `/api/tokens/${(await world.victimToken(cell.allowed)).id}` }),
  'GET /api/webhooks': async () => ({ method: 'GET', path: '/api/webhooks' }),
  'POST /api/webhooks': async () => ({ method: 'POST', path: '/api/webhooks', headers: json, data: { url: `http://127.0.0.1:9/matrix-${uniqueTag()}`, events: ['review.reopened'] } }),
  'DELETE /api/webhooks/[id]': async (world, cell) => ({ method: 'DELETE', path: `/api/webhooks/${(await world.victimWebhook(cell.allowed)).id}` }),
  'GET /api/webhooks/[id]/deliveries': async (world) => ({ method: 'GET', path: `/api/webhooks/${(await world.victimWebhook(false)).id}/deliveries` }),
  'PATCH /api/articles/[id]/metadata': async (world) => ({ method: 'PATCH', path: `/api/articles/${(await world.article('blind')).id}/metadata`, headers: json, data: { byline: null } }),
  'GET /api/sources': async () => ({ method: 'GET', path: '/api/sources' }),
  'GET /api/sources/export': async () => ({ method: 'GET', path: '/api/sources/export?format=csv' }),
  'POST /api/sources': async () => ({ method: 'POST', path: '/api/sources', headers: json, data: { name: `Matrix outlet ${uniqueTag()}` } }),
  'GET /api/sources/[id]': async (world) => ({ method: 'GET', path: `/api/sources/${(await world.source()).id}` }),
  'GET /api/sources/[id]/export': async (world) => ({ method: 'GET', path: `/api/sources/${(await world.source()).id}/export?format=json` }),
  'PATCH /api/sources/[id]': async (world) => {
    const source = await world.source();
    return { method: 'PATCH', path: `/api/sources/${source.id}`, headers: json, data: { name: source.name } };
  },
  'GET /api/me/notification-preferences': async () => ({ method: 'GET', path: '/api/me/notification-preferences' }),
  'PUT /api/me/notification-preferences': async () => ({ method: 'PUT', path: '/api/me/notification-preferences', headers: json, data: { preferences: [{ kind: 'due_soon', email: false }] } }),
  'GET /api/me/locale': async () => ({ method: 'GET', path: '/api/me/locale' }),
  'PUT /api/me/locale': async () => ({ method: 'PUT', path: '/api/me/locale', headers: json, data: { locale: null } }),
  'GET /api/health': async () => ({ method: 'GET', path: '/api/health' }),
  'GET /api/health/live': async () => ({ method: 'GET', path: '/api/health/live' }),
  'GET /api/i18n/[locale]': async () => ({ method: 'GET', path: '/api/i18n/fa' }),
  'GET /api/bench/bare': async () => ({ method: 'GET', path: '/api/bench/bare' }),
  'POST /api/bench/bare': async () => ({ method: 'POST', path: '/api/bench/bare', headers: json, data: { label: 'claim' } }),
  'GET /api/health/ready': async () => ({ method: 'GET', path: '/api/health/ready' }),
  'GET /api/openapi.json': async () => ({ method: 'GET', path: '/api/openapi.json' }),
  'GET /api/auth/[...nextauth]': async () => ({ method: 'GET', path: '/api/auth/session' }),
};

// --- Server actions ---------------------------------------------------------------------------

type ActionCall = {
  fields: Record<string, string>;
  /** Whether the action's effect is visible afterwards (checked as the admin). */
  happened: () => Promise<boolean>;
};

const ACTION_CALLS: Record<string, (world: World, allowed: boolean, persona: Persona) => Promise<ActionCall>> = {
  createUserAction: async (world) => {
    const email = `matrix-action-${uniqueTag()}@example.org`;
    return {
      fields: { name: 'Matrix Action Person', email, role: 'reviewer', password: strongPassword() },
      happened: async () => {
        const { users } = await answer<{ users: { email: string }[] }>(await world.sessions.admin.get('/api/users'), 'list users', [200]);
        return users.some((user) => user.email === email);
      },
    };
  },
  updateUserAction: async (world, allowed) => {
    const user = await world.user(allowed);
    return { fields: { userId: user.id, role: 'editor', disabled: 'false' }, happened: async () => (await world.roleOf(user.id)) === 'editor' };
  },
  addProjectMemberAction: async (world, allowed) => {
    const user = await world.user(allowed);
    return {
      fields: { projectId: world.deskId, userId: user.id, role: 'reviewer' },
      happened: async () => {
        const { project } = await answer<{ project: { members: { userId: string }[] } }>(await world.sessions.admin.get(`/api/projects/${world.deskId}`), 'read Desk', [200]);
        return project.members.some((member) => member.userId === user.id);
      },
    };
  },
  importArticleAction: async (world, _allowed, persona) => {
    const title = `Permission matrix action import ${uniqueTag()}`;
    // Into a project of the caller's (the admin sees several, so the form names one).
    const projectId = persona.id === 'x-ed' ? world.elsewhereId : world.deskId;
    return {
      fields: { mode: 'paste', format: 'text', content: `${title}\nOne paragraph of text.`, projectId },
      happened: async () => {
        const response = await world.sessions.admin.get('/api/articles', { params: { q: title } });
        return (await answer<{ articles: unknown[] }>(response, 'search articles', [200])).articles.length > 0;
      },
    };
  },
};

/** Action ids of this build, by exported name and file (.next/server/server-reference-manifest.json). */
function actionIds(): Map<string, string> {
  const file = path.join(ROOT, '.next/server/server-reference-manifest.json');
  const ids = new Map<string, string>();
  if (!existsSync(file)) return ids;
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as { node?: Record<string, { filename?: string; exportedName?: string }> };
  for (const [id, entry] of Object.entries(manifest.node ?? {})) if (entry.exportedName && entry.filename) ids.set(`${entry.exportedName} (${entry.filename})`, id);
  return ids;
}

/**
 * Invokes the action the way React's client does for a form bound with
 * useActionState (captured from the browser): a multipart POST to the page
 * with `Next-Action: <id>`, field "0" holding the arguments [previousState,
 * $K1] and the form's fields under the "_1_" prefix of that FormData.
 */
async function invokeAction(client: APIRequestContext, row: ActionRow, id: string, fields: Record<string, string>): Promise<APIResponse> {
  const multipart = new FormData();
  for (const [name, value] of Object.entries(fields)) multipart.append(`_1_${name}`, value);
  // Last, as the browser sends it: the server reads the parts as they stream in, and "$K1" takes the fields before it.
  multipart.append('0', '[{},"$K1"]');
  return client.post(row.page, { headers: { 'next-action': id, accept: 'text/x-component' }, multipart, maxRedirects: 0 });
}

// --- Comparing -------------------------------------------------------------------------------

type Observed = { status: number; location: string | null; body: string };

function isRedirect(status: number): boolean {
  return [301, 302, 303, 307, 308].includes(status);
}

function redirectPath(observed: Observed): string | null {
  return observed.location && isRedirect(observed.status) ? new URL(observed.location, 'http://app.invalid').pathname : null;
}

function holds(expected: HttpExpectation, observed: Observed): boolean {
  if (typeof expected === 'number') return observed.status === expected;
  if ('redirect' in expected) return redirectPath(observed) === expected.redirect;
  return expected.includes(observed.status);
}

function allows(expected: HttpExpectation | ActionExpectation): boolean {
  if (expected === DONE) return true;
  if (typeof expected === 'number') return expected >= 200 && expected < 300;
  if (typeof expected === 'string' || 'redirect' in expected) return false;
  return expected.some((status) => status >= 200 && status < 300);
}

function describeExpected(expected: HttpExpectation | ActionExpectation): string {
  if (typeof expected === 'number' || typeof expected === 'string') return String(expected);
  if ('redirect' in expected) return `a redirect to ${expected.redirect}`;
  return expected.join(' or ');
}

function describeObserved(observed: Observed): string {
  const where = isRedirect(observed.status) && observed.location ? ` (redirect to ${observed.location})` : '';
  const body = observed.body.replace(/\s+/g, ' ').trim().slice(0, 160);
  return `${observed.status}${where}${body ? ` — ${body}` : ''}`;
}

function label(row: { key: string }, persona: Persona): string {
  return `${row.key} × ${persona.label} [${persona.id}]`;
}

/** The Authorization header of each token persona's client (an APIRequestContext does not give its headers back). */
const CLIENT_HEADERS = new WeakMap<APIRequestContext, Record<string, string>>();

/**
 * An event stream (APIRequestContext reads a body to its end, which a stream never reaches): the
 * same request with the client's cookies or token, its status and an error's body read, then closed.
 */
async function observeStream(baseURL: string, client: APIRequestContext, call: Call): Promise<Observed> {
  const { cookies } = await client.storageState();
  const headers: Record<string, string> = { ...CLIENT_HEADERS.get(client), ...call.headers };
  if (cookies.length > 0) headers.cookie = cookies.map((cookie) => `${cookie.name}=${cookie.value}`).join('; ');
  const controller = new AbortController();
  try {
    const response = await fetch(new URL(call.path, baseURL), { method: call.method, headers, redirect: 'manual', signal: controller.signal });
    const body = response.status === 200 ? '' : await response.text();
    return { status: response.status, location: response.headers.get('location'), body };
  } finally {
    controller.abort();
  }
}

async function observe(response: APIResponse): Promise<Observed> {
  return { status: response.status(), location: response.headers()['location'] ?? null, body: await response.text().catch(() => '') };
}

// --- The walk --------------------------------------------------------------------------------

/** Whether a concrete path (query aside) is an instance of a path template: [x] one segment, [...x] one or more. */
function templateMatches(template: string, concrete: string): boolean {
  const pattern = template
    .split('/')
    .map((segment) => (/^\[\.\.\..+\]$/.test(segment) ? '[^?]+' : /^\[.+\]$/.test(segment) ? '[^/?]+' : segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('/');
  return new RegExp(`^${pattern}(\\?.*)?$`).test(concrete);
}

async function walkRoute(world: World, client: APIRequestContext, row: RouteRow, persona: Persona, expected: HttpExpectation): Promise<string[]> {
  const call = await CALLS[row.key]!(world, { persona, expected, allowed: allows(expected) });
  if (call.method !== row.method || !templateMatches(row.path, call.path)) return [`${label(row, persona)}: CALLS sends ${call.method} ${call.path}, which is not this row's endpoint`];
  const observed = call.stream ? await observeStream(world.baseURL, client, call) : await observe(await client.fetch(call.path, { method: call.method, headers: call.headers, data: call.data, maxRedirects: 0 }));
  await call.after?.(observed.status, observed.body);
  const problems: string[] = [];
  if (!holds(expected, observed)) problems.push(`${label(row, persona)}: ${call.method} ${call.path} expected ${describeExpected(expected)}, got ${describeObserved(observed)}`);
  for (const hidden of call.absent ?? []) if (observed.body.includes(hidden)) problems.push(`${label(row, persona)}: the answer shows ${hidden}, which blind review hides from this caller`);
  if (observed.status === 200) for (const shown of call.present ?? []) if (!observed.body.includes(shown)) problems.push(`${label(row, persona)}: the answer lacks ${shown}, which this caller may see`);
  return problems;
}

async function walkPage(world: World, client: APIRequestContext, row: PageRow, persona: Persona, expected: HttpExpectation): Promise<string[]> {
  const id = row.path.startsWith('/projects/')
    ? world.deskId
    : row.path.startsWith('/claims/')
      ? await matrixClaim(world)
      : row.path.startsWith('/sources/')
        ? (await world.source()).id
        : row.path.includes('[id]')
          ? (await world.article(articleOf(persona))).id
          : '';
  const url = row.path.replace('[id]', id);
  const observed = await observe(await client.get(url, { maxRedirects: 0 }));
  return holds(expected, observed) ? [] : [`${label(row, persona)}: GET ${url} expected ${describeExpected(expected)}, got ${describeObserved({ ...observed, body: '' })}`];
}

async function walkAction(world: World, client: APIRequestContext, row: ActionRow, persona: Persona, expected: ActionExpectation, ids: Map<string, string>): Promise<string[]> {
  const id = ids.get(`${row.name} (${row.file})`);
  if (!id) return [`${label(row, persona)}: no id for ${row.name} in .next/server/server-reference-manifest.json (is the build older than the source?)`];
  const call = await ACTION_CALLS[row.name]!(world, allows(expected), persona);
  const observed = await observe(await invokeAction(client, row, id, call.fields));
  const happened = await call.happened();
  const refusedWithMessage = observed.status === 200 && observed.body.includes(ROLE_REFUSAL);
  const refusedAsAbsent = observed.status === 200 && observed.body.includes(ABSENT_PROJECT);
  const ok =
    expected === DONE
      ? happened
      : expected === REFUSED
        ? !happened && refusedWithMessage
        : expected === ABSENT
          ? !happened && refusedAsAbsent
          : !happened && redirectPath(observed) === expected.redirect;
  if (ok) return [];
  const outcome = happened ? 'it happened' : refusedWithMessage ? 'it was refused with the role message' : refusedAsAbsent ? 'it was refused as for an absent project' : 'it did not happen';
  return [`${label(row, persona)}: POST ${row.page} (Next-Action ${row.name}) expected ${describeExpected(expected)}, got ${outcome}: ${describeObserved(observed)}`];
}

/** Runs the tasks with at most `limit` in flight, in order of start. */
async function withLimit<T>(tasks: (() => Promise<T>)[], limit: number): Promise<T[]> {
  const results: T[] = new Array<T>(tasks.length);
  let next = 0;
  const lane = async () => {
    for (let index = next++; index < tasks.length; index = next++) results[index] = await tasks[index]!();
  };
  await Promise.all(Array.from({ length: Math.min(limit, tasks.length) }, lane));
  return results;
}

test('every cell of the permission matrix holds against the running app', async ({ apiAs, anonApi, baseURL }) => {
  test.setTimeout(360_000);
  const accounts = Object.keys(ACCOUNTS) as AccountKey[];
  const signedIn = await Promise.all(accounts.map(async (account) => [account, await apiAs(account)] as const));
  const sessions = Object.fromEntries(signedIn) as Record<AccountKey, APIRequestContext>;
  const { users } = await answer<{ users: { id: string; email: string }[] }>(await sessions.admin.get('/api/users'), 'list users', [200]);
  const userIds = Object.fromEntries(accounts.map((account) => [account, users.find((user) => user.email === ACCOUNTS[account].email)?.id ?? ''])) as Record<AccountKey, string>;
  // The project dimension: a reviewer and an editor account that work in another project only.
  const { projects } = await answer<{ projects: { id: string; name: string }[] }>(await sessions.admin.get('/api/projects'), 'list projects', [200]);
  const deskId = projects.find((project) => project.name === 'Desk')?.id ?? '';
  const elsewhere = await answer<{ project: { id: string } }>(await sessions.admin.post('/api/projects', { data: { name: `Permission matrix elsewhere ${uniqueTag()}` } }), 'create a project', [201]);
  const outsiders = {} as Record<'outsiderReviewer' | 'outsiderEditor', APIRequestContext>;
  for (const [key, role] of [['outsiderReviewer', 'reviewer'], ['outsiderEditor', 'editor']] as const) {
    const person = { email: `matrix-${key.toLowerCase()}-${uniqueTag()}@example.org`, password: strongPassword() };
    const made = await answer<{ user: { id: string } }>(await sessions.admin.post('/api/users', { data: { ...person, name: `Matrix ${role} elsewhere`, role } }), `create ${key}`, [201]);
    await answer(await sessions.admin.post(`/api/projects/${elsewhere.project.id}/members`, { data: { userId: made.user.id, role } }), `add ${key}`, [201]);
    outsiders[key] = await apiAs(person);
  }
  const world = new World(baseURL!, { ...sessions, ...outsiders }, userIds, deskId, elsewhere.project.id);

  const tokenClients = new Map<PersonaId, APIRequestContext>();
  const mismatches: string[] = [];
  try {
    for (const persona of PERSONAS) {
      if (!('scopes' in persona)) continue;
      const { secret } = await world.token(persona.account, persona.scopes);
      const headers = { authorization: `Bearer ${secret}` };
      const tokenClient = await request.newContext({ baseURL, extraHTTPHeaders: headers });
      CLIENT_HEADERS.set(tokenClient, headers);
      tokenClients.set(persona.id, tokenClient);
    }
    const clientOf = (persona: Persona): APIRequestContext => tokenClients.get(persona.id) ?? (accountOf(persona) ? world.sessions[accountOf(persona)!] : anonApi);

    // The shared annotations exist before any listing, so the listings' checks see them.
    await Promise.all([world.annotation('reviewer2', 'blind', 'shared'), world.annotation('reviewer1', 'blind', 'shared'), world.annotation('reviewer2', 'submitted', 'shared')]);

    const ids = actionIds();
    const inTable = new Set(ACTIONS.map((row) => `${row.name} (${row.file})`));
    for (const built of ids.keys()) if (!inTable.has(built)) mismatches.push(`the build has server action ${built} with no row in the matrix`);

    for (const [column, persona] of PERSONAS.entries()) {
      const client = clientOf(persona);
      const cell = (row: { key: string }, walk: () => Promise<string[]>) => () =>
        walk().catch((error: unknown) => [`${label(row, persona)}: could not be walked: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`]);
      const tasks = [
        ...ROUTES.flatMap((row) => (row.cells ? [cell(row, () => walkRoute(world, client, row, persona, row.cells![column]!))] : [])),
        ...PAGES.map((row) => cell(row, () => walkPage(world, client, row, persona, row.cells[column]!))),
        ...ACTIONS.map((row) => cell(row, () => walkAction(world, client, row, persona, row.cells[column]!, ids))),
      ];
      const found = await withLimit(tasks, IN_FLIGHT);
      mismatches.push(...found.flat());
    }
  } finally {
    await Promise.all([...tokenClients.values()].map((client) => client.dispose()));
    await Promise.all(world.madeTokens.map((id) => sessions.admin.delete(`/api/tokens/${id}`).catch(() => undefined)));
    await Promise.all(world.madeWebhooks.map((id) => sessions.admin.delete(`/api/webhooks/${id}`).catch(() => undefined)));
    // Webhooks an allowed POST cell made are not known by id: delete every matrix webhook left.
    const left = await sessions.admin.get('/api/webhooks').then((answered) => answered.json() as Promise<{ webhooks: { id: string; url: string }[] }>).catch(() => ({ webhooks: [] }));
    await Promise.all(left.webhooks.filter((webhook) => webhook.url.includes('/matrix-')).map((webhook) => sessions.admin.delete(`/api/webhooks/${webhook.id}`).catch(() => undefined)));
  }
  const cells = (ROUTES.filter((row) => row.cells).length + PAGES.length + ACTIONS.length) * PERSONAS.length;
  test.info().annotations.push({ type: 'permission matrix', description: `${cells} cells walked, ${mismatches.length} mismatch(es)` });
  expect(mismatches, `${mismatches.length} of ${cells} cells do not hold:\n${mismatches.join('\n')}`).toEqual([]);
});
