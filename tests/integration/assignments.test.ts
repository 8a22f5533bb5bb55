// Assignments through the real route handlers on PostgreSQL: assigning a
// member by hand and automatically (the least-loaded reviewers first), finding
// the members who may still be assigned by name, the desk's list with each
// reviewer's derived status, taking one back, My work
// and its order, the refusals (a reviewer 403, a non-member 404, bad input 400,
// each writing nothing), and the assigned-only rule on every write path.
//
// Balancing and My work use people made here, members of a project made here,
// so what other tests assign does not move them.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { ProjectRole } from '@/lib/vocabulary';
import { spanOf, webAnnotation } from '../support/annotation-bodies';
import { type Answer, type Hit, type Json, ORIGIN, errorOf, routeClient } from '../support/route-client';
import { routes } from '../support/routes';
import { type DemoName, withSeededDatabase } from '../support/seeded-database';

vi.mock('@/lib/server/auth/cookie-session', () => import('../support/session'));

const database = withSeededDatabase();
const { createAccount, createProject: createDeskProject, hitNow } = routeClient(database);

const ABSENT = '0d4c2b7e-2a8f-4d0e-9b7a-3c9f5e1a2b3c';
const W3C = 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"';
const BODY = 'A first paragraph of body text, long enough to read as one.\nA second paragraph that makes a claim about troops.';
const DAY = 24 * 60 * 60 * 1000;

type Who = DemoName | string;
type Article = { id: string; text: string };

const as = hitNow;
const createUser = (role: ProjectRole, name?: string) => createAccount(role, 'assignments', name);
const createProject = (name: string) => createDeskProject('editor', { name });

async function addMember(projectId: string, userId: string, role: ProjectRole): Promise<void> {
  const answer = await as('editor', routes.projectMembers.POST, { method: 'POST', path: `/api/projects/${projectId}/members`, params: { id: projectId }, body: { userId, role } });
  if (answer.status !== 201) throw new Error(`POST …/members answered ${answer.status}: ${answer.text}`);
}

async function importInto(projectId: string | undefined, title: string): Promise<Article> {
  const answer = await as('editor', routes.articles.POST, { method: 'POST', path: '/api/articles', body: { text: `${title}\n${BODY}`, ...(projectId ? { projectId } : {}) } });
  if (answer.status !== 201) throw new Error(`POST /api/articles answered ${answer.status}: ${answer.text}`);
  const article = answer.body.article as Json;
  return { id: article.id as string, text: article.text as string };
}

const assign = (who: Who, article: Article, body: Json) => as(who, routes.assignments.POST, { method: 'POST', params: { id: article.id }, body });
const autoAssign = (who: Who, article: Article, body: Json) => as(who, routes.autoAssign.POST, { method: 'POST', params: { id: article.id }, body });
const listOf = (who: Who, article: Article) => as(who, routes.assignments.GET, { params: { id: article.id } });
const findMembers = (who: Who, article: Article, query: Record<string, string>) =>
  as(who, routes.assignableMembers.GET, { params: { id: article.id }, path: `/api/articles/${article.id}/assignable-members?${new URLSearchParams(query)}` });
const myWork = async (who: Who) => (await as(who, routes.myWork.GET, { path: '/api/me/work' })).body.items as Json[];
const annotate = (who: Who, article: Article, exact: string) => as(who, routes.articleAnnotations.POST, { method: 'POST', params: { id: article.id }, body: { label: 'claim', ...spanOf(article.text, exact) } });
const submit = (who: Who, article: Article) => as(who, routes.submit.POST, { method: 'POST', params: { id: article.id } });
const setAssignedOnly = (who: Who, article: Article, assignedOnly: unknown) => as(who, routes.assignedOnly.POST, { method: 'POST', params: { id: article.id }, body: { assignedOnly } });

const statusOf = async (article: Article, reviewerId: string) => ((await listOf('editor', article)).body.assignments as Json[]).find((row) => (row.reviewer as Json).id === reviewerId)?.status;

let desk: string;
/** An editor of a project of their own only: an outsider to Desk. */
let outsiderEditor: string;
/** A reviewer account that is a member of no project of the desk's. */
let stranger: string;

beforeAll(async () => {
  [desk] = (await database.query<{ id: string }>(`SELECT id FROM "Project" WHERE name = 'Desk'`)).map((row) => row.id) as [string];
  const elsewhere = await createProject('Assignments elsewhere');
  outsiderEditor = await createUser('editor');
  await addMember(elsewhere, outsiderEditor, 'editor');
  stranger = await createUser('reviewer');
});

describe('assigning by hand', () => {
  it('assigns a member with a due date, lists their derived status as they work, and refuses a second assignment', async () => {
    const article = await importInto(desk, 'Hand-assigned article');
    const reviewer1 = database.actors.reviewer1.id;
    const created = await assign('editor', article, { reviewerId: reviewer1, dueAt: '2099-01-31' });
    expect(created.status, created.text).toBe(201);
    expect(created.body.assignment).toMatchObject({ reviewer: { id: reviewer1 }, status: 'assigned', dueAt: '2099-01-31T23:59:59.999Z', overdue: false, assignedBy: { id: database.actors.editor.id } });

    const again = await assign('editor', article, { reviewerId: reviewer1 });
    expect(again.status).toBe(409);
    expect(errorOf(again).message).toMatch(/already assigned/);

    expect(await statusOf(article, reviewer1)).toBe('assigned');
    expect((await annotate('reviewer1', article, 'A second paragraph')).status).toBe(201);
    expect(await statusOf(article, reviewer1)).toBe('drafting');
    expect((await submit('reviewer1', article)).status).toBe(201);
    expect(await statusOf(article, reviewer1)).toBe('submitted');
    const reopened = await as('editor', routes.reopenReview.POST, { method: 'POST', params: { id: article.id, reviewerId: reviewer1 }, body: { reason: 'Look again' } });
    expect(reopened.status, reopened.text).toBe(200);
    expect(await statusOf(article, reviewer1)).toBe('reopened');
  });

  it('flags an assignment past its due date as overdue until it is submitted', async () => {
    const article = await importInto(desk, 'Overdue article');
    const reviewer2 = database.actors.reviewer2.id;
    const created = await assign('editor', article, { reviewerId: reviewer2, dueAt: new Date(Date.now() - DAY).toISOString() });
    expect(created.body.assignment).toMatchObject({ overdue: true, status: 'assigned' });
    expect((await annotate('reviewer2', article, 'A first paragraph')).status).toBe(201);
    expect((await submit('reviewer2', article)).status).toBe(201);
    const [row] = (await listOf('editor', article)).body.assignments as Json[];
    expect(row).toMatchObject({ status: 'submitted', overdue: false });
  });

  it('shows the review queue how many of the assigned have submitted, and who is late', async () => {
    const article = await importInto(desk, 'Queue progress article');
    const late = await assign('editor', article, { reviewerId: database.actors.reviewer3.id, dueAt: new Date(Date.now() - DAY).toISOString() });
    expect(late.status).toBe(201);
    expect((await assign('editor', article, { reviewerId: database.actors.reviewer1.id })).status).toBe(201);
    expect((await annotate('reviewer1', article, 'A first paragraph')).status).toBe(201);
    expect((await submit('reviewer1', article)).status).toBe(201);
    const queue = await as('editor', routes.reviewQueue.GET, { path: '/api/review-queue?q=Queue%20progress' });
    const item = (queue.body.articles as Json[]).find((entry) => entry.id === article.id);
    expect(item?.assignments).toEqual({ assigned: 2, submitted: 1, late: [{ id: database.actors.reviewer3.id, name: database.actors.reviewer3.name }] });
  });
});

describe('finding members to assign', () => {
  let article: Article;
  let cys: string[];
  const FINDERS = ['Ada Finder', 'Ben FINDER', 'Cy finder', 'Cy finder', 'Pct 100% Finder', 'Pct 100x Finder', 'Und a_b Finder', 'Und axb Finder'];
  const names = (answer: Answer) => (answer.body.members as Json[]).map((member) => member.name);

  beforeAll(async () => {
    const project = await createProject('Member search desk');
    const ids: Record<string, string[]> = {};
    for (const name of [...FINDERS, 'Assigned Finder', 'Disabled Finder', 'Back a\\b Slash', 'Back ab Slash']) {
      const id = await createUser('reviewer', name);
      await addMember(project, id, 'reviewer');
      (ids[name] ??= []).push(id);
    }
    const elsewhere = await createProject('Member search elsewhere');
    await addMember(elsewhere, await createUser('reviewer', 'Elsewhere Finder'), 'reviewer');
    article = await importInto(project, 'Member search article');
    expect((await assign('editor', article, { reviewerId: ids['Assigned Finder']![0]! })).status).toBe(201);
    const disabled = ids['Disabled Finder']![0]!;
    expect((await as('admin', routes.user.PATCH, { method: 'PATCH', path: `/api/users/${disabled}`, params: { id: disabled }, body: { disabled: true } })).status).toBe(200);
    cys = ids['Cy finder']!.toSorted();
  });

  it('finds the active, unassigned members of the project whose name contains q in any case, by name then id', async () => {
    const found = await findMembers('editor', article, { q: ' fInDeR ' });
    expect(found.status, found.text).toBe(200);
    expect(found.body).toEqual({ members: FINDERS.map((name) => ({ id: expect.any(String), name })), more: false });
    expect((found.body.members as Json[]).filter((member) => member.name === 'Cy finder').map((member) => member.id)).toEqual(cys);
  });

  it('takes %, _ and \\ in q literally', async () => {
    expect(names(await findMembers('editor', article, { q: '100%' }))).toEqual(['Pct 100% Finder']);
    expect(names(await findMembers('editor', article, { q: '%' }))).toEqual(['Pct 100% Finder']);
    expect(names(await findMembers('editor', article, { q: 'a_b' }))).toEqual(['Und a_b Finder']);
    expect(names(await findMembers('editor', article, { q: '_' }))).toEqual(['Und a_b Finder']);
    expect(names(await findMembers('editor', article, { q: 'a\\b' }))).toEqual(['Back a\\b Slash']);
  });

  it('answers at most limit, saying when more match', async () => {
    expect((await findMembers('editor', article, { q: 'finder', limit: '3' })).body).toEqual({ members: FINDERS.slice(0, 3).map((name) => ({ id: expect.any(String), name })), more: true });
    expect((await findMembers('editor', article, { q: 'finder', limit: String(FINDERS.length) })).body.more).toBe(false);
    expect((await findMembers('editor', article, { q: 'finder', limit: String(FINDERS.length - 1) })).body.more).toBe(true);
  });

  it("lists everyone with an empty q, never another project's members, and nobody when nothing matches", async () => {
    const everyone = names(await findMembers('editor', article, { q: '', limit: '50' }));
    expect(everyone).toEqual(expect.arrayContaining([...FINDERS, 'Back a\\b Slash', 'Back ab Slash']));
    expect(everyone).not.toContain('Assigned Finder');
    expect(everyone).not.toContain('Disabled Finder');
    expect(everyone).not.toContain('Elsewhere Finder');
    expect((await findMembers('editor', article, { q: 'Elsewhere' })).body).toEqual({ members: [], more: false });
  });
});

describe('refusals, each writing nothing', () => {
  let article: Article;
  let assignmentId: string;
  let nonMember: string;
  beforeAll(async () => {
    article = await importInto(desk, 'Refusals article');
    assignmentId = ((await assign('editor', article, { reviewerId: database.actors.reviewer3.id })).body.assignment as Json).id as string;
    nonMember = stranger;
  });

  type Case = [string, Who, () => Parameters<typeof as>[1], () => Hit, number, RegExp];
  const post = (body: unknown): Hit => ({ method: 'POST', params: { id: article.id }, body });
  const search = (query: string): Hit => ({ params: { id: article.id }, path: `/api/articles/${article.id}/assignable-members?${query}` });
  const cases: Case[] = [
    ['a reviewer assigning', 'reviewer1', () => routes.assignments.POST, () => post({ reviewerId: database.actors.reviewer2.id }), 403, /role/],
    ['a reviewer listing', 'reviewer1', () => routes.assignments.GET, () => ({ params: { id: article.id } }), 403, /role/],
    ['a reviewer auto-assigning', 'reviewer1', () => routes.autoAssign.POST, () => post({ count: 1 }), 403, /role/],
    ['a reviewer toggling assigned-only', 'reviewer1', () => routes.assignedOnly.POST, () => post({ assignedOnly: true }), 403, /role/],
    ['a reviewer taking an assignment back', 'reviewer1', () => routes.assignment.DELETE, () => ({ method: 'DELETE', params: { id: assignmentId } }), 403, /role/],
    ['a non-member editor assigning', 'outsider', () => routes.assignments.POST, () => post({ reviewerId: database.actors.reviewer2.id }), 404, /No article/],
    ['a non-member editor listing', 'outsider', () => routes.assignments.GET, () => ({ params: { id: article.id } }), 404, /No article/],
    ['a non-member editor auto-assigning', 'outsider', () => routes.autoAssign.POST, () => post({ count: 1 }), 404, /No article/],
    ['a non-member editor toggling', 'outsider', () => routes.assignedOnly.POST, () => post({ assignedOnly: true }), 404, /No article/],
    ['a non-member editor taking an assignment back', 'outsider', () => routes.assignment.DELETE, () => ({ method: 'DELETE', params: { id: assignmentId } }), 404, /No assignment/],
    ['an unknown assignment', 'editor', () => routes.assignment.DELETE, () => ({ method: 'DELETE', params: { id: ABSENT } }), 404, /No assignment/],
    ['a malformed assignment id', 'editor', () => routes.assignment.DELETE, () => ({ method: 'DELETE', params: { id: 'nope' } }), 404, /No assignment/],
    ['an unknown article', 'editor', () => routes.assignments.POST, () => ({ method: 'POST', params: { id: ABSENT }, body: { reviewerId: database.actors.reviewer2.id } }), 404, /No article/],
    ['an unknown user', 'editor', () => routes.assignments.POST, () => post({ reviewerId: ABSENT }), 404, /No user/],
    ['a user who is not a member', 'editor', () => routes.assignments.POST, () => post({ reviewerId: nonMember }), 400, /not a member/],
    ['a reviewerId that is not a UUID', 'editor', () => routes.assignments.POST, () => post({ reviewerId: 'someone' }), 400, /reviewerId/],
    ['a due date that is not a date', 'editor', () => routes.assignments.POST, () => post({ reviewerId: database.actors.reviewer2.id, dueAt: 'next Friday' }), 400, /dueAt/],
    ['an unknown field', 'editor', () => routes.assignments.POST, () => post({ reviewerId: database.actors.reviewer2.id, role: 'editor' }), 400, /role|Unrecognized/i],
    ['a count of zero', 'editor', () => routes.autoAssign.POST, () => post({ count: 0 }), 400, /count/],
    ['a fractional count', 'editor', () => routes.autoAssign.POST, () => post({ count: 1.5 }), 400, /count/],
    ['assigned-only that is not a boolean', 'editor', () => routes.assignedOnly.POST, () => post({ assignedOnly: 'yes' }), 400, /assignedOnly/],
    ['a reviewer finding members', 'reviewer1', () => routes.assignableMembers.GET, () => search(''), 403, /role/],
    ['a non-member editor finding members', 'outsider', () => routes.assignableMembers.GET, () => search(''), 404, /No article/],
    ['finding members of an unknown article', 'editor', () => routes.assignableMembers.GET, () => ({ params: { id: ABSENT }, path: `/api/articles/${ABSENT}/assignable-members` }), 404, /No article/],
    ['a member search limit of 0', 'editor', () => routes.assignableMembers.GET, () => search('limit=0'), 400, /limit must be at least 1/],
    ['a member search limit of 51', 'editor', () => routes.assignableMembers.GET, () => search('limit=51'), 400, /limit must be at most 50/],
    ['a fractional member search limit', 'editor', () => routes.assignableMembers.GET, () => search('limit=1.5'), 400, /limit must be a whole number/],
    ['a member search of 101 characters', 'editor', () => routes.assignableMembers.GET, () => search(`q=${'x'.repeat(101)}`), 400, /q must be at most 100 characters/],
    ['an unknown member search parameter', 'editor', () => routes.assignableMembers.GET, () => search('role=editor'), 400, /role|Unrecognized/i],
  ];

  it.each(cases)('%s: %s gets the status and message', async (_what, who, handler, options, status, message) => {
    const before = await database.snapshot();
    const answer = await as(who === 'outsider' ? outsiderEditor : who, handler(), options());
    expect(answer.status, answer.text).toBe(status);
    expect(errorOf(answer).message).toMatch(message);
    expect(await database.snapshot()).toEqual(before);
  });

  it('a reviewer reads no other reviewer in My work', async () => {
    const items = await myWork('reviewer1');
    expect(items.some((item) => (item.article as Json).id === article.id)).toBe(false);
    expect((await myWork('reviewer3')).some((item) => (item.article as Json).id === article.id)).toBe(true);
  });
});

describe('taking an assignment back', () => {
  it('removes it for the desk (204), then answers 404', async () => {
    const article = await importInto(desk, 'Taken back article');
    const id = ((await assign('editor', article, { reviewerId: database.actors.reviewer2.id })).body.assignment as Json).id as string;
    expect((await as('editor', routes.assignment.DELETE, { method: 'DELETE', params: { id } })).status).toBe(204);
    expect((await listOf('editor', article)).body.assignments).toEqual([]);
    expect((await as('editor', routes.assignment.DELETE, { method: 'DELETE', params: { id } })).status).toBe(404);
  });
});

describe('assigning automatically', () => {
  it('picks the reviewers with the fewest open assignments, ties by name, leaving out the assigned and those who submitted', async () => {
    const project = await createProject('Balanced desk');
    const [ada, ben, cy, dee] = [await createUser('reviewer', 'Ada Balance'), await createUser('reviewer', 'Ben Balance'), await createUser('reviewer', 'Cy Balance'), await createUser('reviewer', 'Dee Balance')];
    for (const id of [ada, ben, cy, dee]) await addMember(project, id, 'reviewer');
    const editorMember = await createUser('editor', 'Aaron Editor');
    await addMember(project, editorMember, 'editor');
    const busy = await importInto(project, 'Busy article');
    const target = await importInto(project, 'Auto target');
    // Ada carries one open assignment; Ben one he has submitted (not open); Dee already reviewed the target.
    expect((await assign('editor', busy, { reviewerId: ada })).status).toBe(201);
    expect((await assign('editor', busy, { reviewerId: ben })).status).toBe(201);
    expect((await annotate(ben, busy, 'A first paragraph')).status).toBe(201);
    expect((await submit(ben, busy)).status).toBe(201);
    expect((await annotate(dee, target, 'A first paragraph')).status).toBe(201);
    expect((await submit(dee, target)).status).toBe(201);

    const first = await autoAssign('editor', target, { count: 2, dueAt: '2099-03-01' });
    expect(first.status, first.text).toBe(201);
    expect((first.body.assignments as Json[]).map((row) => (row.reviewer as Json).id)).toEqual([ben, cy]);
    expect((first.body.assignments as Json[]).every((row) => row.dueAt === '2099-03-01T23:59:59.999Z')).toBe(true);

    const second = await autoAssign('editor', target, { count: 3 });
    expect(second.status).toBe(201);
    expect((second.body.assignments as Json[]).map((row) => (row.reviewer as Json).id)).toEqual([ada]);

    const before = await database.snapshot();
    const none = await autoAssign('editor', target, { count: 1 });
    expect(none.status).toBe(409);
    expect(await database.snapshot()).toEqual(before);
  });
});

describe('My work', () => {
  it("lists the caller's own assignments: overdue first, then by due date, then the newest; only in the caller's projects", async () => {
    const project = await createProject('My work desk');
    const worker = await createUser('reviewer', 'Wanda Worker');
    await addMember(project, worker, 'reviewer');
    const [overdue, later, undated, newestUndated, done] = [
      await importInto(project, 'Overdue work'),
      await importInto(project, 'Later work'),
      await importInto(project, 'Undated work'),
      await importInto(project, 'Newest undated work'),
      await importInto(project, 'Done work'),
    ];
    expect((await assign('editor', later, { reviewerId: worker, dueAt: new Date(Date.now() + 5 * DAY).toISOString() })).status).toBe(201);
    expect((await assign('editor', overdue, { reviewerId: worker, dueAt: new Date(Date.now() - DAY).toISOString() })).status).toBe(201);
    expect((await assign('editor', undated, { reviewerId: worker })).status).toBe(201);
    expect((await assign('editor', done, { reviewerId: worker, dueAt: new Date(Date.now() - 2 * DAY).toISOString() })).status).toBe(201);
    expect((await assign('editor', newestUndated, { reviewerId: worker })).status).toBe(201);
    expect((await annotate(worker, done, 'A first paragraph')).status).toBe(201);
    expect((await submit(worker, done)).status).toBe(201);
    expect((await annotate(worker, later, 'A first paragraph')).status).toBe(201);

    const items = await myWork(worker);
    expect(items.map((item) => (item.article as Json).title)).toEqual(['Overdue work', 'Done work', 'Later work', 'Newest undated work', 'Undated work']);
    expect(items.map((item) => [item.status, item.overdue])).toEqual([
      ['assigned', true],
      ['submitted', false],
      ['drafting', false],
      ['assigned', false],
      ['assigned', false],
    ]);

    // Out of the project, its work is out of the list.
    expect((await as('editor', routes.projectMember.DELETE, { method: 'DELETE', params: { id: project, userId: worker } })).status).toBe(204);
    expect(await myWork(worker)).toEqual([]);
  });
});

describe('assigned-only', () => {
  let article: Article;
  let reviewer2Live: string;
  let reviewer2Deleted: string;
  let reviewer2Web: { id: string; etag: string };

  beforeAll(async () => {
    article = await importInto(desk, 'Assigned-only article');
    reviewer2Live = ((await annotate('reviewer2', article, 'A first paragraph')).body.annotation as Json).id as string;
    reviewer2Deleted = ((await annotate('reviewer2', article, 'long enough')).body.annotation as Json).id as string;
    expect((await as('reviewer2', routes.annotation.DELETE, { method: 'DELETE', params: { id: reviewer2Deleted }, path: `/api/annotations/${reviewer2Deleted}` })).status).toBe(204);
    const posted = await as('reviewer2', routes.container.POST, { method: 'POST', path: '/annotations/', headers: { 'content-type': W3C, accept: W3C }, body: webAnnotation(`${ORIGIN}/articles/${article.id}`, article.text, 'makes a claim') });
    expect(posted.status, posted.text).toBe(201);
    reviewer2Web = { id: String((posted.body.id as string).split('/').at(-1)), etag: posted.headers.get('etag')! };
    expect((await assign('editor', article, { reviewerId: database.actors.reviewer1.id })).status).toBe(201);
    const toggled = await setAssignedOnly('editor', article, true);
    expect(toggled.status, toggled.text).toBe(200);
    expect(toggled.body).toEqual({ assignedOnly: true });
    expect((await listOf('editor', article)).body.assignedOnly).toBe(true);
  });

  const writes: [string, () => Promise<Answer>][] = [
    ['create (JSON API)', () => annotate('reviewer2', article, 'about troops')],
    ['update (JSON API)', () => as('reviewer2', routes.annotation.PATCH, { method: 'PATCH', params: { id: reviewer2Live }, body: { version: 1, label: 'opinion' } })],
    ['delete (JSON API)', () => as('reviewer2', routes.annotation.DELETE, { method: 'DELETE', params: { id: reviewer2Live }, path: `/api/annotations/${reviewer2Live}` })],
    ['restore (JSON API)', () => as('reviewer2', routes.restore.POST, { method: 'POST', params: { id: reviewer2Deleted } })],
    ['reattach (JSON API)', () => as('reviewer2', routes.reattach.POST, { method: 'POST', params: { id: reviewer2Live }, body: { version: 1, ...spanOf(article.text, 'A second paragraph') } })],
    [
      'create (W3C container)',
      () => as('reviewer2', routes.container.POST, { method: 'POST', path: '/annotations/', headers: { 'content-type': W3C, accept: W3C }, body: webAnnotation(`${ORIGIN}/articles/${article.id}`, article.text, 'body text') }),
    ],
    [
      'replace (W3C PUT)',
      () =>
        as('reviewer2', routes.webAnnotation.PUT, {
          method: 'PUT',
          params: { id: reviewer2Web.id },
          path: `/annotations/${reviewer2Web.id}`,
          headers: { 'content-type': W3C, accept: W3C, 'if-match': reviewer2Web.etag },
          body: webAnnotation(`${ORIGIN}/articles/${article.id}`, article.text, 'makes a claim', 'opinion'),
        }),
    ],
    ['delete (W3C DELETE)', () => as('reviewer2', routes.webAnnotation.DELETE, { method: 'DELETE', params: { id: reviewer2Web.id }, path: `/annotations/${reviewer2Web.id}` })],
    ['submit', () => submit('reviewer2', article)],
  ];

  it.each(writes)("refuses an unassigned reviewer's %s with 403 and writes nothing", async (_what, write) => {
    const before = await database.snapshot();
    const answer = await write();
    expect(answer.status, answer.text).toBe(403);
    expect(answer.text).toMatch(/Only the reviewers assigned to this article/);
    expect(await database.snapshot()).toEqual(before);
  });

  it('lets the assigned reviewer and the desk work, and everyone again once it is switched off', async () => {
    expect((await annotate('reviewer1', article, 'about troops')).status).toBe(201);
    expect((await submit('reviewer1', article)).status).toBe(201);
    expect((await annotate('editor', article, 'body text')).status).toBe(201);
    expect((await setAssignedOnly('editor', article, false)).status).toBe(200);
    const patched = await as('reviewer2', routes.annotation.PATCH, { method: 'PATCH', params: { id: reviewer2Live }, body: { version: 1, label: 'opinion' } });
    expect(patched.status, patched.text).toBe(200);
    expect((await submit('reviewer2', article)).status).toBe(201);
  });

  it("takes a new article's switch from its project's default", async () => {
    const project = await createProject('Assigned-only desk');
    const set = await as('editor', routes.project.PATCH, { method: 'PATCH', params: { id: project }, body: { assignedOnlyDefault: true } });
    expect(set.status, set.text).toBe(200);
    expect((set.body.project as Json).assignedOnlyDefault).toBe(true);
    const fresh = await importInto(project, 'Closed by default');
    expect((await listOf('editor', fresh)).body.assignedOnly).toBe(true);
    const reviewer = await createUser('reviewer');
    await addMember(project, reviewer, 'reviewer');
    expect((await annotate(reviewer, fresh, 'A first paragraph')).status).toBe(403);
    expect((await assign('editor', fresh, { reviewerId: reviewer })).status).toBe(201);
    expect((await annotate(reviewer, fresh, 'A first paragraph')).status).toBe(201);
  });
});
