// Projects through the real route handlers on PostgreSQL: making and listing
// them, versioned guidelines, members, moving an article, per-project figures,
// API tokens limited to projects — and the rule that anything of a project the
// caller does not work in answers exactly as an id that does not exist (404),
// on every article- and project-scoped route, writing nothing.
//
// The seeded desk's one project is "Desk" (the demo reviewers and editor are
// its members). This file adds "Investigation B", whose outsiders to Desk are a
// reviewer and an editor account that work in B only. Sessions are loaded as
// the cookie session loads them (findSessionUser, per request), so a
// membership change shows at the next call.
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { ProjectRole } from '@/lib/vocabulary';
import { spanOf, webAnnotation } from '../support/annotation-bodies';
import { type Answer, type Hit, type Json, ORIGIN, errorOf, routeClient } from '../support/route-client';
import { routes } from '../support/routes';
import { type DemoName, withSeededDatabase } from '../support/seeded-database';

vi.mock('@/lib/server/auth/cookie-session', () => import('../support/session'));

const database = withSeededDatabase();
const { createAccount, createProject, hit, hitNow } = routeClient(database);

const ABSENT = '0d4c2b7e-2a8f-4d0e-9b7a-3c9f5e1a2b3c';
const BODY = 'A first paragraph of body text, long enough to read as one.\nA second paragraph that makes a claim about troops.';

type Who = DemoName | string;

const as = hitNow;
const createUser = (role: ProjectRole) => createAccount(role, 'projects');

async function addMember(who: Who, projectId: string, userId: string, role: ProjectRole): Promise<Answer> {
  return as(who, routes.projectMembers.POST, { method: 'POST', path: `/api/projects/${projectId}/members`, params: { id: projectId }, body: { userId, role } });
}

type Article = { id: string; text: string };

async function importInto(who: Who, projectId: string, title: string): Promise<Article> {
  const answer = await as(who, routes.articles.POST, { method: 'POST', path: '/api/articles', body: { text: `${title}\n${BODY}`, projectId } });
  if (answer.status !== 201) throw new Error(`POST /api/articles answered ${answer.status}: ${answer.text}`);
  const article = answer.body.article as Json;
  return { id: article.id as string, text: article.text as string };
}

async function annotate(who: Who, article: Article, exact: string, label = 'claim'): Promise<string> {
  const answer = await as(who, routes.articleAnnotations.POST, { method: 'POST', params: { id: article.id }, body: { label, ...spanOf(article.text, exact) } });
  if (answer.status !== 201) throw new Error(`POST …/annotations answered ${answer.status}: ${answer.text}`);
  return (answer.body.annotation as Json).id as string;
}

async function submit(who: Who, article: Article): Promise<void> {
  const answer = await as(who, routes.submit.POST, { method: 'POST', params: { id: article.id } });
  if (answer.status !== 201) throw new Error(`POST …/submit answered ${answer.status}: ${answer.text}`);
}

const articleIds = async (who: Who, query = '') => ((await as(who, routes.articles.GET, { path: `/api/articles${query}` })).body.articles as Json[]).map((article) => article.id as string);
const projectNames = async (who: Who) => ((await as(who, routes.projects.GET, { path: '/api/projects' })).body.projects as Json[]).map((project) => project.name as string);

let desk: string;
let projectB: string;
/** Accounts that work in B only: outsiders to Desk. */
let outsiderReviewer: string;
let outsiderEditor: string;
/** An editor account that is only a reviewer in B. */
let editorAsReviewer: string;
/** A Desk article reviewed by reviewer1 and reviewer2, with a consensus passage. */
let deskArticle: Article;
let deskAnnotation: string;
let deskPassage: string;
/** A B article, annotated by the outsider reviewer. */
let articleB: Article;
let annotationB: string;

beforeAll(async () => {
  [desk] = (await database.query<{ id: string }>(`SELECT id FROM "Project" WHERE name = 'Desk'`)).map((row) => row.id) as [string];
  deskArticle = await importInto('editor', desk, 'Desk article under review');
  deskAnnotation = await annotate('reviewer1', deskArticle, 'A second paragraph');
  await annotate('reviewer2', deskArticle, 'A second paragraph');
  await submit('reviewer1', deskArticle);
  await submit('reviewer2', deskArticle);
  const consensus = await as('editor', routes.consensus.GET, { params: { id: deskArticle.id } });
  deskPassage = ((consensus.body.passages as Json[])[0] as Json).id as string;

  projectB = await createProject('editor', { name: 'Investigation B', description: 'A second desk' });
  outsiderReviewer = await createUser('reviewer');
  outsiderEditor = await createUser('editor');
  editorAsReviewer = await createUser('editor');
  expect((await addMember('editor', projectB, outsiderReviewer, 'reviewer')).status).toBe(201);
  expect((await addMember('editor', projectB, outsiderEditor, 'editor')).status).toBe(201);
  expect((await addMember('editor', projectB, editorAsReviewer, 'reviewer')).status).toBe(201);
  articleB = await importInto(outsiderEditor, projectB, 'B article under review');
  annotationB = await annotate(outsiderReviewer, articleB, 'A first paragraph');
});

describe('creating and listing projects', () => {
  it("lists the caller's projects only, with their role there; an admin sees every project", async () => {
    expect(await projectNames('reviewer1')).toEqual(['Desk']);
    expect(await projectNames(outsiderReviewer)).toEqual(['Investigation B']);
    expect(await projectNames('editor')).toEqual(expect.arrayContaining(['Desk', 'Investigation B']));
    const all = (await database.query<{ name: string }>('SELECT name FROM "Project" ORDER BY name')).map((row) => row.name);
    expect((await projectNames('admin')).sort()).toEqual(all.sort());
    const mine = (await as(editorAsReviewer, routes.projects.GET, { path: '/api/projects' })).body.projects as Json[];
    expect(mine).toEqual([expect.objectContaining({ id: projectB, role: 'reviewer' })]);
  });

  it('an editor who creates one becomes its editor, with the desk scale copied; a reviewer is refused (403); a taken name is 409', async () => {
    const maker = await createUser('editor');
    const created = await as(maker, routes.projects.POST, { method: 'POST', path: '/api/projects', body: { name: 'Elections 2027', guidelines: '# Label every number' } });
    expect(created.status).toBe(201);
    const project = created.body.project as Json;
    expect(created.headers.get('location')).toBe(`/api/projects/${project.id as string}`);
    expect(project).toMatchObject({ name: 'Elections 2027', role: 'editor', guidelinesVersion: 1, guidelines: { version: 1, body: '# Label every number' }, members: [expect.objectContaining({ userId: maker, role: 'editor' })] });
    const scale = await database.query<{ key: string }>('SELECT key FROM "RatingOption" ORDER BY position');
    expect((project.ratingScale as Json[]).map((option) => option.key)).toEqual(scale.map((option) => option.key));

    for (const [who, body, status] of [
      ['reviewer1', { name: 'Not mine to make' }, 403],
      [editorAsReviewer, { name: 'Desk' }, 409],
      ['admin', { name: 'Elections 2027' }, 409],
    ] as const) {
      const before = await database.snapshot();
      const answer = await as(who, routes.projects.POST, { method: 'POST', path: '/api/projects', body });
      expect(answer.status, answer.text).toBe(status);
      expect(await database.snapshot()).toEqual(before);
    }
  });

  it('an admin who creates one is not made a member', async () => {
    const id = await createProject('admin', { name: 'Admin-made' });
    expect(await database.query('SELECT 1 FROM "ProjectMember" WHERE "projectId" = $1', [id])).toEqual([]);
  });
});

describe('guidelines', () => {
  it('a changed text becomes the next version; the same text again (trimmed) does not; the history is kept, newest first', async () => {
    const id = await createProject('editor', { name: 'Guidelines project', guidelines: 'Version one.' });
    const patch = (body: Json) => as('editor', routes.project.PATCH, { method: 'PATCH', params: { id }, body });
    const second = await patch({ guidelines: 'Version two.' });
    expect(second.status).toBe(200);
    expect(second.body.project).toMatchObject({ guidelinesVersion: 2, guidelines: { version: 2, body: 'Version two.' } });
    const again = await patch({ guidelines: '  Version two.\n' });
    expect(again.status).toBe(200);
    expect(again.body.project).toMatchObject({ guidelinesVersion: 2 });
    expect((await patch({ name: 'Guidelines project, renamed' })).body.project).toMatchObject({ name: 'Guidelines project, renamed', guidelinesVersion: 2 });
    const history = await as('editor', routes.projectGuidelines.GET, { params: { id } });
    expect(history.status).toBe(200);
    expect((history.body.guidelines as Json[]).map((entry) => [entry.version, entry.body])).toEqual([
      [2, 'Version two.'],
      [1, 'Version one.'],
    ]);
    expect(await database.query('SELECT version FROM "ProjectGuidelines" WHERE "projectId" = $1 ORDER BY version', [id])).toEqual([{ version: 1 }, { version: 2 }]);
  });

  it('a rename onto a taken name is 409; a reviewer of the project may read but not change it (403)', async () => {
    const before = await database.snapshot();
    expect((await as('editor', routes.project.PATCH, { method: 'PATCH', params: { id: projectB }, body: { name: 'Desk' } })).status).toBe(409);
    expect((await as(editorAsReviewer, routes.project.PATCH, { method: 'PATCH', params: { id: projectB }, body: { guidelines: 'Mine now' } })).status).toBe(403);
    expect(await database.snapshot()).toEqual(before);
    expect((await as(editorAsReviewer, routes.project.GET, { params: { id: projectB } })).status).toBe(200);
    expect((await as(editorAsReviewer, routes.projectGuidelines.GET, { params: { id: projectB } })).status).toBe(200);
  });

  it('a submission records the guidelines version it was made under: 0 before any, then the current one', async () => {
    const id = await createProject('editor', { name: 'Versioned reviews' });
    const reviewer = await createUser('reviewer');
    expect((await addMember('editor', id, reviewer, 'reviewer')).status).toBe(201);
    const first = await importInto('editor', id, 'Reviewed before guidelines');
    await annotate(reviewer, first, 'A first paragraph');
    await submit(reviewer, first);
    expect((await as('editor', routes.project.PATCH, { method: 'PATCH', params: { id }, body: { guidelines: 'One.' } })).status).toBe(200);
    expect((await as('editor', routes.project.PATCH, { method: 'PATCH', params: { id }, body: { guidelines: 'Two.' } })).status).toBe(200);
    const second = await importInto('editor', id, 'Reviewed under version two');
    await annotate(reviewer, second, 'A first paragraph');
    await submit(reviewer, second);
    const rows = await database.query<{ articleId: string; guidelinesVersion: number }>('SELECT "articleId", "guidelinesVersion" FROM "ReviewSubmission" WHERE "reviewerId" = $1', [reviewer]);
    expect(Object.fromEntries(rows.map((row) => [row.articleId, row.guidelinesVersion]))).toEqual({ [first.id]: 0, [second.id]: 2 });
  });
});

describe('members', () => {
  it('adds (201), changes (200) and removes (204) a member; refuses a reviewer account as editor, an admin and an unknown user', async () => {
    const id = await createProject('editor', { name: 'Membership project' });
    const reviewer = await createUser('reviewer');
    const editor = await createUser('editor');
    expect((await addMember('editor', id, editor, 'reviewer')).status).toBe(201);
    const changed = await addMember('editor', id, editor, 'editor');
    expect(changed.status).toBe(200);
    expect(changed.body.member).toMatchObject({ userId: editor, role: 'editor', accountRole: 'editor' });
    for (const [userId, role, status, message] of [
      [reviewer, 'editor', 400, /reviewer account/],
      [database.actors.admin.id, 'reviewer', 400, /admin/],
      [ABSENT, 'reviewer', 404, /No user/],
    ] as const) {
      const before = await database.snapshot();
      const answer = await addMember('editor', id, userId, role);
      expect(answer.status, answer.text).toBe(status);
      expect(errorOf(answer).message).toMatch(message);
      expect(await database.snapshot()).toEqual(before);
    }
    const remove = (userId: string) => as('editor', routes.projectMember.DELETE, { method: 'DELETE', params: { id, userId } });
    expect((await remove(editor)).status).toBe(204);
    expect((await remove(editor)).status).toBe(404);
    expect((await remove('not-a-uuid')).status).toBe(404);
  });

  it('a removed member loses access at once: the project, its articles, its lists, and their API token', async () => {
    const member = await createUser('reviewer');
    expect((await addMember('editor', projectB, member, 'reviewer')).status).toBe(201);
    const made = await hit('admin', routes.tokens.POST, { method: 'POST', path: '/api/tokens', body: { name: 'member token', scopes: ['read:exports'], userId: member } });
    expect(made.status).toBe(201);
    const secret = made.body.secret as string;
    expect((await as(member, routes.article.GET, { params: { id: articleB.id } })).status).toBe(200);
    expect((await hit(null, routes.article.GET, { params: { id: articleB.id }, token: secret })).status).toBe(200);
    expect(await articleIds(member)).toContain(articleB.id);

    expect((await as('editor', routes.projectMember.DELETE, { method: 'DELETE', params: { id: projectB, userId: member } })).status).toBe(204);
    expect((await as(member, routes.article.GET, { params: { id: articleB.id } })).status).toBe(404);
    expect((await as(member, routes.project.GET, { params: { id: projectB } })).status).toBe(404);
    expect((await hit(null, routes.article.GET, { params: { id: articleB.id }, token: secret })).status).toBe(404);
    expect(await articleIds(member)).toEqual([]);
    expect(await projectNames(member)).toEqual([]);
  });

  it('a member of the project who is a reviewer there cannot manage members (403)', async () => {
    const before = await database.snapshot();
    expect((await addMember(editorAsReviewer, projectB, outsiderReviewer, 'reviewer')).status).toBe(403);
    expect((await as(editorAsReviewer, routes.projectMember.DELETE, { method: 'DELETE', params: { id: projectB, userId: outsiderReviewer } })).status).toBe(403);
    expect(await database.snapshot()).toEqual(before);
  });
});

// --- another project's content answers as an absent id -------------------------------------

type Probe = { name: string; handler: unknown; method?: string; path?: (ids: Ids) => string; params: (ids: Ids) => Record<string, string>; body?: (ids: Ids) => unknown; contentType?: string; headers?: Record<string, string> };
type Ids = { article: string; annotation: string; project: string; passage: string; reviewer: string; text: string };

const LD = 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"';

/** Every route about one article, annotation or project, with what it is sent. */
const PROBES: Probe[] = [
  { name: 'GET /api/articles/<id>', handler: routes.article.GET, params: (ids) => ({ id: ids.article }) },
  { name: 'GET …/annotations', handler: routes.articleAnnotations.GET, params: (ids) => ({ id: ids.article }) },
  { name: 'POST …/annotations', handler: routes.articleAnnotations.POST, method: 'POST', params: (ids) => ({ id: ids.article }), body: () => ({ label: 'claim', ...spanOf(deskArticle.text, 'A first paragraph') }) },
  { name: 'GET …/consensus', handler: routes.consensus.GET, params: (ids) => ({ id: ids.article }) },
  { name: 'GET …/reviews', handler: routes.reviews.GET, params: (ids) => ({ id: ids.article }) },
  { name: 'POST …/reviews/<reviewer>/reopen', handler: routes.reopenReview.POST, method: 'POST', params: (ids) => ({ id: ids.article, reviewerId: ids.reviewer }), body: () => ({ reason: 'Look again' }) },
  { name: 'POST …/submit', handler: routes.submit.POST, method: 'POST', params: (ids) => ({ id: ids.article }), body: () => ({ empty: true }) },
  { name: 'PUT …/text', handler: routes.articleText.PUT, method: 'PUT', params: (ids) => ({ id: ids.article }), body: () => ({ text: `${deskArticle.text}\nOne more line.` }) },
  { name: 'POST …/passages/<id>/verdict', handler: routes.verdict.POST, method: 'POST', params: (ids) => ({ id: ids.article, passageId: ids.passage }), body: () => ({ label: 'claim', rating: 'true', explanation: 'x' }) },
  { name: 'POST …/publish', handler: routes.publish.POST, method: 'POST', params: (ids) => ({ id: ids.article }) },
  { name: 'POST …/reopen', handler: routes.reopenArticle.POST, method: 'POST', params: (ids) => ({ id: ids.article }), body: () => ({ reason: 'x' }) },
  { name: 'GET …/export', handler: routes.articleExport.GET, path: (ids) => `/api/articles/${ids.article}/export?format=json`, params: (ids) => ({ id: ids.article }) },
  { name: 'POST …/move (into B)', handler: routes.moveArticle.POST, method: 'POST', params: (ids) => ({ id: ids.article }), body: () => ({ projectId: projectB }) },
  { name: 'GET /annotations/?article=', handler: routes.container.GET, path: (ids) => `/annotations/?article=${ids.article}`, params: () => ({}) },
  { name: 'POST /annotations/?article=', handler: routes.container.POST, method: 'POST', path: (ids) => `/annotations/?article=${ids.article}`, params: () => ({}), contentType: LD, body: (ids) => webAnnotation(`${ORIGIN}/articles/${ids.article}`, deskArticle.text, 'A first paragraph') },
  { name: 'POST /annotations/ (target: the article)', handler: routes.container.POST, method: 'POST', path: () => '/annotations/', params: () => ({}), contentType: LD, body: (ids) => webAnnotation(`${ORIGIN}/articles/${ids.article}`, deskArticle.text, 'A first paragraph') },
  { name: 'GET /annotations/<id>', handler: routes.webAnnotation.GET, params: (ids) => ({ id: ids.annotation }) },
  { name: 'PUT /annotations/<id>', handler: routes.webAnnotation.PUT, method: 'PUT', params: (ids) => ({ id: ids.annotation }), contentType: LD, headers: { 'if-match': '"1"' }, body: () => webAnnotation(`${ORIGIN}/articles/${deskArticle.id}`, deskArticle.text, 'A second paragraph') },
  { name: 'DELETE /annotations/<id>', handler: routes.webAnnotation.DELETE, method: 'DELETE', params: (ids) => ({ id: ids.annotation }), headers: { 'if-match': '"1"' } },
  { name: 'PATCH /api/annotations/<id>', handler: routes.annotation.PATCH, method: 'PATCH', params: (ids) => ({ id: ids.annotation }), body: () => ({ version: 1, rationale: 'mine now' }) },
  { name: 'DELETE /api/annotations/<id>', handler: routes.annotation.DELETE, method: 'DELETE', path: (ids) => `/api/annotations/${ids.annotation}?version=1`, params: (ids) => ({ id: ids.annotation }) },
  { name: 'GET /api/annotations/<id>/history', handler: routes.history.GET, params: (ids) => ({ id: ids.annotation }) },
  { name: 'POST /api/annotations/<id>/restore', handler: routes.restore.POST, method: 'POST', path: (ids) => `/api/annotations/${ids.annotation}/restore?version=1`, params: (ids) => ({ id: ids.annotation }) },
  { name: 'POST /api/annotations/<id>/reattach', handler: routes.reattach.POST, method: 'POST', params: (ids) => ({ id: ids.annotation }), body: () => ({ version: 1, ...spanOf(deskArticle.text, 'A second paragraph') }) },
  { name: 'GET /api/projects/<id>', handler: routes.project.GET, params: (ids) => ({ id: ids.project }) },
  { name: 'PATCH /api/projects/<id>', handler: routes.project.PATCH, method: 'PATCH', params: (ids) => ({ id: ids.project }), body: () => ({ guidelines: 'Taken over' }) },
  { name: 'GET /api/projects/<id>/guidelines', handler: routes.projectGuidelines.GET, params: (ids) => ({ id: ids.project }) },
  { name: 'POST /api/projects/<id>/members', handler: routes.projectMembers.POST, method: 'POST', params: (ids) => ({ id: ids.project }), body: () => ({ userId: outsiderReviewer, role: 'reviewer' }) },
  { name: 'DELETE /api/projects/<id>/members/<user>', handler: routes.projectMember.DELETE, method: 'DELETE', params: (ids) => ({ id: ids.project, userId: ids.reviewer }) },
  { name: 'GET /api/projects/<id>/agreement', handler: routes.projectAgreement.GET, params: (ids) => ({ id: ids.project }) },
  { name: 'GET /api/articles?project=', handler: routes.articles.GET, path: (ids) => `/api/articles?project=${ids.project}`, params: () => ({}) },
  { name: 'GET /api/review-queue?project=', handler: routes.reviewQueue.GET, path: (ids) => `/api/review-queue?project=${ids.project}`, params: () => ({}) },
  { name: 'GET /api/exports?project=', handler: routes.exports.GET, path: (ids) => `/api/exports?format=csv&project=${ids.project}`, params: () => ({}) },
  { name: 'POST /api/articles {projectId}', handler: routes.articles.POST, method: 'POST', path: () => '/api/articles', params: () => ({}), body: (ids) => ({ text: `Imported elsewhere\n${BODY}`, projectId: ids.project }) },
];

/** What the endpoint answered, with the ids it names blanked (a refusal may quote the address it was sent). */
const outcome = (answer: Answer) => ({ status: answer.status, error: answer.status >= 400 ? JSON.parse(JSON.stringify(errorOf(answer)).replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, '<id>')) : null });

describe("another project's content answers exactly as an absent id, and nothing is written", () => {
  const foreign = (): Ids => ({ article: deskArticle.id, annotation: deskAnnotation, project: desk, passage: deskPassage, reviewer: database.actors.reviewer1.id, text: deskArticle.text });
  const absent = (): Ids => ({ article: ABSENT, annotation: ABSENT, project: ABSENT, passage: deskPassage, reviewer: database.actors.reviewer1.id, text: deskArticle.text });

  const send = (who: string, probe: Probe, ids: Ids) =>
    as(who, probe.handler, { method: probe.method ?? 'GET', path: probe.path?.(ids) ?? '/x', params: probe.params(ids), body: probe.body?.(ids), contentType: probe.contentType, headers: probe.headers });

  it.each([
    ['a reviewer of another project', () => outsiderReviewer],
    ['an editor of another project', () => outsiderEditor],
  ] as const)('%s', async (_who, whom) => {
    const who = whom();
    const problems: string[] = [];
    const statuses: Record<string, number> = {};
    for (const probe of PROBES) {
      const before = await database.snapshot();
      const toForeign = await send(who, probe, foreign());
      const after = await database.snapshot();
      const changed = Object.keys(after).filter((table) => after[table] !== before[table]);
      if (changed.length > 0) problems.push(`${probe.name}: wrote to ${changed.join(', ')}`);
      const toAbsent = await send(who, probe, absent());
      statuses[probe.name] = toForeign.status;
      if (JSON.stringify(outcome(toForeign)) !== JSON.stringify(outcome(toAbsent))) problems.push(`${probe.name}: ${JSON.stringify(outcome(toForeign))} for the other project's, ${JSON.stringify(outcome(toAbsent))} for an absent id`);
      if (toForeign.status < 400) problems.push(`${probe.name}: answered ${toForeign.status}`);
    }
    expect(problems).toEqual([]);
    // Not a 403 that gives the project away: where the account's role allows the route at all, the answer is 404.
    // A W3C POST whose target names no article the caller can see is a 400 for any unknown address (with or without ?article=).
    const expected = (probe: Probe) => (probe.name.startsWith('POST /annotations/') ? 400 : 404);
    const deskOnly = new Set(['GET …/consensus', 'GET …/reviews', 'POST …/reviews/<reviewer>/reopen', 'PUT …/text', 'POST …/passages/<id>/verdict', 'POST …/publish', 'POST …/reopen', 'GET …/export', 'POST …/move (into B)', 'PATCH /api/projects/<id>', 'POST /api/projects/<id>/members', 'DELETE /api/projects/<id>/members/<user>', 'GET /api/projects/<id>/agreement', 'GET /api/review-queue?project=', 'GET /api/exports?project=', 'POST /api/articles {projectId}']);
    const reviewerAccount = who === outsiderReviewer;
    expect(statuses).toEqual(Object.fromEntries(PROBES.map((probe) => [probe.name, reviewerAccount && deskOnly.has(probe.name) ? 403 : expected(probe)])));
  });
});

describe('a reviewer in one project who is an editor elsewhere', () => {
  it('is refused the consensus and figures of that project (403) and works blind there until they submit', async () => {
    const before = await database.snapshot();
    expect((await as(editorAsReviewer, routes.consensus.GET, { params: { id: articleB.id } })).status).toBe(403);
    expect((await as(editorAsReviewer, routes.reviews.GET, { params: { id: articleB.id } })).status).toBe(403);
    expect((await as(editorAsReviewer, routes.projectAgreement.GET, { params: { id: projectB } })).status).toBe(403);
    expect((await as(editorAsReviewer, routes.reviewQueue.GET, { path: `/api/review-queue?project=${projectB}` })).status).toBe(403);
    expect((await as(editorAsReviewer, routes.articles.POST, { method: 'POST', path: '/api/articles', body: { text: `Not theirs to import\n${BODY}`, projectId: projectB } })).status).toBe(403);
    expect(await database.snapshot()).toEqual(before);

    const article = await importInto(outsiderEditor, projectB, 'Blind review in B');
    const theirs = await annotate(outsiderReviewer, article, 'A first paragraph');
    const list = async () => ((await as(editorAsReviewer, routes.articleAnnotations.GET, { params: { id: article.id } })).body.annotations as Json[]).map((annotation) => annotation.id);
    expect(await list()).toEqual([]);
    expect((await as(editorAsReviewer, routes.history.GET, { params: { id: theirs } })).status).toBe(404);
    expect((await as(editorAsReviewer, routes.webAnnotation.GET, { params: { id: theirs } })).status).toBe(404);
    const mine = await annotate(editorAsReviewer, article, 'A second paragraph');
    expect(await list()).toEqual([mine]);
    await submit(editorAsReviewer, article);
    expect((await list()).sort()).toEqual([mine, theirs].sort());
    // The same account is the desk's in a project where it is an editor.
    const own = await createProject(editorAsReviewer, { name: 'Where they edit' });
    const there = await importInto(editorAsReviewer, own, 'Their own article');
    expect((await as(editorAsReviewer, routes.consensus.GET, { params: { id: there.id } })).status).toBe(200);
  });
});

describe('lists never include or count another project', () => {
  it('GET /api/articles and ?project=', async () => {
    const inB = (await database.query<{ id: string }>('SELECT id FROM "Article" WHERE "projectId" = $1', [projectB])).map((row) => row.id).sort();
    expect((await articleIds(outsiderReviewer)).sort()).toEqual(inB);
    expect((await articleIds(outsiderEditor, `?project=${projectB}`)).sort()).toEqual(inB);
    expect(await articleIds('reviewer1')).not.toContain(articleB.id);
    expect(await articleIds('editor', `?project=${desk}`)).not.toContain(articleB.id);
    expect(await articleIds('editor', `?project=${projectB}`)).not.toContain(deskArticle.id);
    const all = await articleIds('admin');
    expect(all).toEqual(expect.arrayContaining([deskArticle.id, articleB.id]));
  });

  it('GET /api/review-queue', async () => {
    const queue = async (who: Who, query = '') => ((await as(who, routes.reviewQueue.GET, { path: `/api/review-queue${query}` })).body.articles as Json[]).map((article) => article.id as string);
    const inB = (await database.query<{ id: string }>('SELECT id FROM "Article" WHERE "projectId" = $1', [projectB])).map((row) => row.id);
    const seen = await queue(outsiderEditor);
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.every((id) => inB.includes(id))).toBe(true);
    expect(await queue('editor', `?project=${desk}`)).not.toContain(articleB.id);
    expect(await queue('editor')).toEqual(expect.arrayContaining([deskArticle.id, articleB.id]));
  });

  it('exports, CSV and JSON: the rows and the announced count are the own projects only', async () => {
    const inB = (await database.query<{ id: string }>('SELECT id FROM "Article" WHERE "projectId" = $1', [projectB])).map((row) => row.id);
    const csv = await as(outsiderEditor, routes.exports.GET, { path: '/api/exports?format=csv' });
    expect(csv.status).toBe(200);
    const rows = parse(csv.text, { columns: true, bom: true }) as Record<string, string>[];
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((row) => inB.includes(row.article_id ?? ''))).toBe(true);
    expect(Number(csv.headers.get('x-export-records'))).toBe(rows.length);
    const [count] = await database.query<{ n: number }>('SELECT count(*)::int AS n FROM "Annotation" a JOIN "Article" ar ON ar.id = a."articleId" WHERE ar."projectId" = $1 AND a."deletedAt" IS NULL', [projectB]);
    expect(rows.length).toBe(count?.n);

    const json = await as(outsiderEditor, routes.exports.GET, { path: '/api/exports?format=json' });
    const articles = (JSON.parse(json.text) as { articles: { id: string }[] }).articles.map((article) => article.id);
    expect(articles.length).toBeGreaterThan(0);
    expect(articles.every((id) => inB.includes(id))).toBe(true);
    const deskCsv = await as('editor', routes.exports.GET, { path: `/api/exports?format=csv&project=${desk}` });
    expect(deskCsv.text).not.toContain(articleB.id);
  });

  it('the W3C container: the collection total counts the own projects only', async () => {
    const total = async (who: Who) => (await as(who, routes.container.GET, { path: '/annotations/' })).body.total as number;
    const [inB] = await database.query<{ n: number }>('SELECT count(*)::int AS n FROM "Annotation" a JOIN "Article" ar ON ar.id = a."articleId" WHERE ar."projectId" = $1 AND a."deletedAt" IS NULL', [projectB]);
    // An editor of B sees every live annotation there, and none elsewhere.
    expect(await total(outsiderEditor)).toBe(inB?.n);
    const [everything] = await database.query<{ n: number }>('SELECT count(*)::int AS n FROM "Annotation" WHERE "deletedAt" IS NULL');
    expect(await total('admin')).toBe(everything?.n);
    expect(everything!.n).toBeGreaterThan(inB!.n);
    // And one of B's annotations, by its id, is not there for a Desk reviewer.
    expect((await as('reviewer1', routes.webAnnotation.GET, { params: { id: annotationB } })).status).toBe(404);
    expect((await as(outsiderReviewer, routes.webAnnotation.GET, { params: { id: annotationB } })).status).toBe(200);
  });
});

describe('imports into a project', () => {
  it('into a project the caller does not work in: 404; as a reviewer there: 403', async () => {
    for (const [who, projectId, status, message] of [
      [outsiderEditor, desk, 404, /No project/],
      [outsiderEditor, ABSENT, 404, /No project/],
      [editorAsReviewer, projectB, 403, /role/],
    ] as const) {
      const before = await database.snapshot();
      const answer = await as(who, routes.articles.POST, { method: 'POST', path: '/api/articles', body: { text: `Where does it go\n${BODY}`, ...(projectId ? { projectId } : {}) } });
      expect(answer.status, answer.text).toBe(status);
      expect(errorOf(answer).message).toMatch(message);
      expect(await database.snapshot()).toEqual(before);
    }
  });

  it('without projectId, into the oldest project the caller may import into (older clients keep working)', async () => {
    for (const who of ['editor', 'admin'] as const) {
      const answer = await as(who, routes.articles.POST, { method: 'POST', path: '/api/articles', body: { text: `Where does it go\n${BODY}` } });
      expect(answer.status, answer.text).toBe(201);
      const [row] = await database.query<{ projectId: string }>('SELECT "projectId" FROM "Article" WHERE id = $1', [(answer.body.article as Json).id]);
      expect(row?.projectId).toBe(desk);
    }
  });

  it('without projectId, an editor of one project only imports into it', async () => {
    const answer = await as(outsiderEditor, routes.articles.POST, { method: 'POST', path: '/api/articles', body: { text: `Only one place to go\n${BODY}` } });
    expect(answer.status).toBe(201);
    const [row] = await database.query<{ projectId: string }>('SELECT "projectId" FROM "Article" WHERE id = $1', [(answer.body.article as Json).id]);
    expect(row?.projectId).toBe(projectB);
  });
});

describe('moving an article', () => {
  it('by an editor of both: recorded in ArticleMove; afterwards the article is seen in the destination only', async () => {
    const article = await importInto('editor', desk, 'Moving to B');
    await annotate('reviewer1', article, 'A first paragraph');
    expect((await as('reviewer1', routes.article.GET, { params: { id: article.id } })).status).toBe(200);
    const moved = await as('editor', routes.moveArticle.POST, { method: 'POST', params: { id: article.id }, body: { projectId: projectB, reason: 'Belongs to the investigation' } });
    expect(moved.status, moved.text).toBe(200);
    expect(moved.body.move).toMatchObject({ articleId: article.id, fromProjectId: desk, toProjectId: projectB, reason: 'Belongs to the investigation', moved: true });
    expect(await database.query('SELECT "fromProjectId", "toProjectId", "actorId", reason FROM "ArticleMove" WHERE "articleId" = $1', [article.id])).toEqual([
      { fromProjectId: desk, toProjectId: projectB, actorId: database.actors.editor.id, reason: 'Belongs to the investigation' },
    ]);
    expect((await as('reviewer1', routes.article.GET, { params: { id: article.id } })).status).toBe(404);
    expect(await articleIds('reviewer1')).not.toContain(article.id);
    expect((await as(outsiderReviewer, routes.article.GET, { params: { id: article.id } })).status).toBe(200);
    expect(await articleIds(outsiderReviewer)).toContain(article.id);
  });

  it('by an editor of the source only: 404 for the destination, nothing written; by a reviewer: 403', async () => {
    const deskEditor = await createUser('editor');
    expect((await addMember('editor', desk, deskEditor, 'editor')).status).toBe(201);
    const article = await importInto(deskEditor, desk, 'Staying in Desk');
    const before = await database.snapshot();
    const refused = await as(deskEditor, routes.moveArticle.POST, { method: 'POST', params: { id: article.id }, body: { projectId: projectB } });
    expect(refused.status).toBe(404);
    expect(errorOf(refused).message).toBe('No project with that id.');
    expect(outcome(await as(deskEditor, routes.moveArticle.POST, { method: 'POST', params: { id: article.id }, body: { projectId: ABSENT } }))).toEqual(outcome(refused));
    expect((await as('reviewer1', routes.moveArticle.POST, { method: 'POST', params: { id: article.id }, body: { projectId: projectB } })).status).toBe(403);
    expect(await database.snapshot()).toEqual(before);
  });

  it('a published article may be moved', async () => {
    const article = await importInto('editor', desk, 'Published then moved');
    await annotate('reviewer3', article, 'A first paragraph', 'opinion');
    await submit('reviewer3', article);
    const published = await as('editor', routes.publish.POST, { method: 'POST', params: { id: article.id } });
    expect(published.status, published.text).toBe(200);
    const moved = await as('admin', routes.moveArticle.POST, { method: 'POST', params: { id: article.id }, body: { projectId: projectB } });
    expect(moved.status, moved.text).toBe(200);
    const [row] = await database.query<{ projectId: string; status: string }>('SELECT "projectId", status::text AS status FROM "Article" WHERE id = $1', [article.id]);
    expect(row).toEqual({ projectId: projectB, status: 'published' });
  });
});

describe('per-project agreement', () => {
  it('gives the desk the figures and who the reviewers are; reviewers get 403', async () => {
    const answer = await as('editor', routes.projectAgreement.GET, { params: { id: desk } });
    expect(answer.status, answer.text).toBe(200);
    expect(answer.body).toMatchObject({ agreement: expect.any(Object), omittedArticles: expect.any(Number), articleLimit: expect.any(Number) });
    const reviewers = (answer.body.reviewers as Json[]).map((reviewer) => reviewer.id);
    expect(reviewers).toEqual(expect.arrayContaining([database.actors.reviewer1.id, database.actors.reviewer2.id]));
    expect(JSON.stringify(answer.body.agreement)).toMatch(/alpha/i);
    expect(answer.headers.get('cache-control')).toBe('no-store');
    expect((await as('reviewer1', routes.projectAgreement.GET, { params: { id: desk } })).status).toBe(403);
    expect((await as('admin', routes.projectAgreement.GET, { params: { id: projectB } })).status).toBe(200);
  });
});

describe('API tokens limited to projects', () => {
  const createToken = (body: Json) => hit('admin', routes.tokens.POST, { method: 'POST', path: '/api/tokens', body });

  it("a token limited to one project reaches that project only (404 elsewhere), however far its account reaches; the list names its projects", async () => {
    const made = await createToken({ name: 'Desk only', scopes: ['read:exports'], userId: database.actors.editor.id, projectIds: [desk] });
    expect(made.status, made.text).toBe(201);
    expect((made.body.token as Json).projects).toEqual([{ id: desk, name: 'Desk' }]);
    const secret = made.body.secret as string;
    const get = (handler: unknown, options: Hit) => hit(null, handler, { ...options, token: secret });
    expect((await get(routes.article.GET, { params: { id: deskArticle.id } })).status).toBe(200);
    expect((await get(routes.article.GET, { params: { id: articleB.id } })).status).toBe(404);
    expect((await get(routes.project.GET, { params: { id: projectB } })).status).toBe(404);
    expect((await get(routes.consensus.GET, { params: { id: articleB.id } })).status).toBe(404);
    expect((await get(routes.articles.GET, { path: `/api/articles?project=${projectB}` })).status).toBe(404);
    const listed = ((await get(routes.articles.GET, { path: '/api/articles' })).body.articles as Json[]).map((article) => article.id);
    expect(listed).toContain(deskArticle.id);
    expect(listed).not.toContain(articleB.id);
    expect(((await get(routes.projects.GET, { path: '/api/projects' })).body.projects as Json[]).map((project) => project.id)).toEqual([desk]);

    const tokens = (await hit('admin', routes.tokens.GET, { path: '/api/tokens' })).body.tokens as Json[];
    expect(tokens.find((token) => token.id === (made.body.token as Json).id)).toMatchObject({ projects: [{ id: desk, name: 'Desk' }] });
  });

  it("an admin's token limited to a project sees that project only; without projectIds a token reaches all of its account's projects", async () => {
    const limited = await createToken({ name: 'Admin, B only', scopes: ['read:exports'], projectIds: [projectB, projectB] });
    expect(limited.status).toBe(201);
    expect((limited.body.token as Json).projects).toEqual([{ id: projectB, name: 'Investigation B' }]);
    expect((await hit(null, routes.article.GET, { params: { id: deskArticle.id }, token: limited.body.secret as string })).status).toBe(404);
    expect((await hit(null, routes.article.GET, { params: { id: articleB.id }, token: limited.body.secret as string })).status).toBe(200);
    const whole = await createToken({ name: 'Editor, every project', scopes: ['read:exports'], userId: database.actors.editor.id, projectIds: [] });
    expect((whole.body.token as Json).projects).toEqual([]);
    for (const id of [deskArticle.id, articleB.id]) expect((await hit(null, routes.article.GET, { params: { id }, token: whole.body.secret as string })).status).toBe(200);
    const [row] = await database.query<{ projectIds: string[] }>('SELECT "projectIds" FROM "ApiToken" WHERE id = $1', [(limited.body.token as Json).id]);
    expect(row?.projectIds).toEqual([projectB]);
  });

  it('refuses a project the account does not work in, an unknown project and malformed ids (400), writing nothing', async () => {
    for (const [body, message] of [
      [{ userId: database.actors.reviewer1.id, projectIds: [projectB] }, /does not work in project/],
      [{ userId: database.actors.reviewer1.id, projectIds: [desk, projectB] }, new RegExp(projectB)],
      [{ projectIds: [ABSENT] }, /No project/],
      [{ projectIds: ['Desk'] }, /Unknown project/],
      [{ projectIds: desk }, /projectIds/],
    ] as const) {
      const before = await database.snapshot();
      const answer = await createToken({ name: 'Too far', scopes: ['read:exports'], ...body });
      expect(answer.status, answer.text).toBe(400);
      expect(JSON.stringify(answer.body.error)).toMatch(message);
      expect(await database.snapshot()).toEqual(before);
    }
  });
});

describe('bad input on the new endpoints: 400, nothing written', () => {
  const endpoints: { name: string; who: () => Who; handler: unknown; method: string; params: () => Record<string, string>; bad: unknown[] }[] = [
    {
      name: 'POST /api/projects',
      who: () => 'editor',
      handler: routes.projects.POST,
      method: 'POST',
      params: () => ({}),
      bad: ['{"name":', '[]', { name: 42 }, { name: '' }, { name: '   ' }, { name: 'x'.repeat(121) }, { name: 'Fine', description: 'x'.repeat(2_001) }, { name: 'Fine', guidelines: 'x'.repeat(100_001) }, { name: 'Fine', owner: 'me' }, { name: 'Fine', guidelines: ['a'] }],
    },
    {
      name: 'PATCH /api/projects/<id>',
      who: () => 'editor',
      handler: routes.project.PATCH,
      method: 'PATCH',
      params: () => ({ id: projectB }),
      bad: ['{', 'null', {}, { name: null }, { name: 'x'.repeat(121) }, { guidelines: 7 }, { guidelines: 'x'.repeat(100_001) }, { guidelinesVersion: 9 }, { description: { text: 'x' } }],
    },
    {
      name: 'POST /api/projects/<id>/members',
      who: () => 'editor',
      handler: routes.projectMembers.POST,
      method: 'POST',
      params: () => ({ id: projectB }),
      bad: ['{"userId"', '"x"', { userId: 'not-a-uuid', role: 'reviewer' }, { userId: outsiderReviewer, role: 'admin' }, { userId: outsiderReviewer }, { role: 'reviewer' }, { userId: outsiderReviewer, role: 'reviewer', projectId: desk }, { userId: [outsiderReviewer], role: 'reviewer' }],
    },
    {
      name: 'POST /api/articles/<id>/move',
      who: () => 'editor',
      handler: routes.moveArticle.POST,
      method: 'POST',
      params: () => ({ id: articleB.id }),
      bad: ['{"projectId":}', '1', {}, { projectId: 'Desk' }, { projectId: 7 }, { projectId: desk, reason: 'x'.repeat(2_001) }, { projectId: desk, force: true }],
    },
  ];

  it.each(endpoints.map((endpoint) => [endpoint.name, endpoint] as const))('%s', async (_name, endpoint) => {
    const problems: string[] = [];
    for (const body of endpoint.bad) {
      const before = await database.snapshot();
      const answer = await as(endpoint.who(), endpoint.handler, { method: endpoint.method, path: '/x', params: endpoint.params(), body });
      if (answer.status !== 400) problems.push(`${JSON.stringify(body).slice(0, 80)}: ${answer.status} ${answer.text.slice(0, 200)}`);
      else if (!errorOf(answer).message) problems.push(`${JSON.stringify(body).slice(0, 80)}: no message`);
      const after = await database.snapshot();
      if (JSON.stringify(after) !== JSON.stringify(before)) problems.push(`${JSON.stringify(body).slice(0, 80)}: wrote something`);
    }
    expect(problems).toEqual([]);
    // And a body that is not JSON at all.
    const text = await as(endpoint.who(), endpoint.handler, { method: endpoint.method, path: '/x', params: endpoint.params(), body: 'name=x', contentType: 'text/plain' });
    expect(text.status).toBe(415);
  });
});
