// Notifications through the real route handlers on PostgreSQL: each kind goes
// to the right people and never to the one who acted; blind review (a reviewer
// who has not submitted hears nothing of others' work, and a mention of them
// waits for their submission); project scope (a member who left lists nothing
// of that project); marking read touches the caller's own rows only; bad input
// is a 400 that changes nothing; due reminders are written once. The webhook
// events and emails queued with them are read from a spy on enqueueOutbound.
//
// Each test builds its own articles (most in a project of its own), and reads
// the notifications about those articles alone, so the other tests do not move them.
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { EmailNotice, OutboundEvent } from '@/lib/server/data/outbound/enqueue-outbound';
import type { ProjectRole } from '@/lib/vocabulary';
import { spanOf } from '../support/annotation-bodies';
import { type Answer, type Json, errorOf, routeClient } from '../support/route-client';
import { routes } from '../support/routes';
import { type DemoName, withSeededDatabase } from '../support/seeded-database';

vi.mock('@/lib/server/auth/cookie-session', () => import('../support/session'));
const outbound = vi.hoisted(() => ({ calls: [] as { event: OutboundEvent | null; emails: readonly EmailNotice[] }[] }));
vi.mock('@/lib/server/data/outbound/enqueue-outbound', () => ({
  enqueueOutbound: async (_tx: unknown, event: OutboundEvent | null, emails: readonly EmailNotice[]) => {
    outbound.calls.push({ event, emails });
  },
}));

const { recordDueReminders } = await import('@/lib/server/data/notifications/record-due-reminders');

const database = withSeededDatabase();
const { createAccount, createProject, hitNow } = routeClient(database);

const ABSENT = '0d4c2b7e-2a8f-4d0e-9b7a-3c9f5e1a2b3c';
const BODY = 'A first paragraph of body text, long enough to read as one.\nA second paragraph that makes a claim about troops.';
const HOUR = 60 * 60 * 1000;

type Who = DemoName | string;
type Article = { id: string; text: string; title: string };
type Note = { id: string; kind: string; read: boolean; createdAt: string; article: { id: string; title: string } | null; actor: { id: string; name: string } | null; text: string; path: string };

const as = hitNow;
const idOf = (who: Who) => (who in database.actors ? database.actors[who as DemoName].id : who);

async function expectStatus(answer: Answer | Promise<Answer>, status: number): Promise<Answer> {
  const settled = await answer;
  expect(settled.status, settled.text).toBe(status);
  return settled;
}

async function addMember(projectId: string, userId: string, role: ProjectRole): Promise<void> {
  await expectStatus(as('editor', routes.projectMembers.POST, { method: 'POST', params: { id: projectId }, body: { userId, role } }), 201);
}

/** A project of the demo editor's own, with these members. */
async function projectWith(name: string, members: [string, ProjectRole][]): Promise<string> {
  const project = await createProject('editor', { name });
  for (const [userId, role] of members) await addMember(project, userId, role);
  return project;
}

let imported = 0;
async function importInto(projectId: string, title = 'Notified article'): Promise<Article> {
  imported += 1;
  const answer = await expectStatus(as('editor', routes.articles.POST, { method: 'POST', path: '/api/articles', body: { text: `${title} ${imported}\n${BODY}`, projectId } }), 201);
  const article = answer.body.article as Json;
  return { id: article.id as string, text: article.text as string, title: article.title as string };
}

const assign = (article: Article, reviewer: Who, dueAt?: string) => expectStatus(as('editor', routes.assignments.POST, { method: 'POST', params: { id: article.id }, body: { reviewerId: idOf(reviewer), ...(dueAt ? { dueAt } : {}) } }), 201);
const annotate = (who: Who, article: Article, exact: string, label = 'claim') => expectStatus(as(who, routes.articleAnnotations.POST, { method: 'POST', params: { id: article.id }, body: { label, ...spanOf(article.text, exact) } }), 201);
const submit = (who: Who, article: Article) => expectStatus(as(who, routes.submit.POST, { method: 'POST', params: { id: article.id } }), 201);
const comment = async (who: Who, article: Article, body: string, parentId?: string) =>
  ((await expectStatus(as(who, routes.articleComments.POST, { method: 'POST', params: { id: article.id }, body: { body, ...(parentId ? { parentId } : {}) } }), 201)).body.comment as Json).id as string;
const list = (who: Who, query = '') => as(who, routes.notifications.GET, { path: `/api/notifications${query}` });
const markRead = (who: Who, body: unknown) => as(who, routes.notificationsRead.POST, { method: 'POST', path: '/api/notifications/read', body });

/** `who`'s notifications about the article, oldest first, as the API lists them. */
async function about(who: Who, article: Article): Promise<Note[]> {
  const answer = await expectStatus(list(who, '?limit=100'), 200);
  return (answer.body.notifications as Note[]).filter((note) => note.article?.id === article.id).reverse();
}
/** The kinds, sorted: notifications of one event share their time, so their order among themselves is not part of the contract. */
const kindsAbout = async (who: Who, article: Article) => (await about(who, article)).map((note) => note.kind).sort();

/** Every notification row about the article, as [recipient id, kind], for "nobody else" checks. */
async function rowsAbout(article: Article): Promise<[string, string][]> {
  const rows = await database.query<{ userId: string; kind: string }>(`SELECT "userId", kind::text AS kind FROM "Notification" WHERE "articleId" = $1 ORDER BY "createdAt", kind`, [article.id]);
  return rows.map((row) => [row.userId, row.kind]);
}

const eventsOf = (type: string) => outbound.calls.filter((call) => call.event?.type === type);

beforeEach(() => {
  outbound.calls.length = 0;
});

let reviewerA: string;
let reviewerB: string;
let reviewerC: string;
let secondEditor: string;

beforeAll(async () => {
  reviewerA = await createAccount('reviewer', 'notify', 'Ada Reviewer');
  reviewerB = await createAccount('reviewer', 'notify', 'Ben Reviewer');
  reviewerC = await createAccount('reviewer', 'notify', 'Cy Reviewer');
  secondEditor = await createAccount('editor', 'notify', 'Second Editor');
});

const team = (): [string, ProjectRole][] => [
  [reviewerA, 'reviewer'],
  [reviewerB, 'reviewer'],
  [reviewerC, 'reviewer'],
  [secondEditor, 'editor'],
];

describe('who hears of what', () => {
  let project: string;
  beforeAll(async () => {
    project = await projectWith('Notifications desk', team());
  });

  it('tells an assigned reviewer, with the due date, the article link and an email; not the editor who assigned', async () => {
    const article = await importInto(project);
    await assign(article, reviewerA, '2099-01-31');
    const [note] = await about(reviewerA, article);
    expect(note).toMatchObject({
      kind: 'assigned',
      read: false,
      article: { id: article.id, title: article.title },
      actor: { id: database.actors.editor.id, name: database.actors.editor.name },
      path: `/articles/${article.id}`,
    });
    expect(note!.text).toContain(article.title);
    expect(note!.text).toContain('2099-01-31');
    expect(await rowsAbout(article)).toEqual([[reviewerA, 'assigned']]);
    const [call] = eventsOf('assignment.created');
    expect(call?.event).toMatchObject({ type: 'assignment.created', article: { id: article.id }, project: { id: project }, data: { assignment: { reviewer: { id: reviewerA } } } });
    expect(call?.emails).toEqual([expect.objectContaining({ userId: reviewerA, kind: 'assigned', notificationId: note!.id, path: `/articles/${article.id}` })]);
  });

  it('tells each reviewer picked by automatic assignment, one webhook event each', async () => {
    const small = await projectWith('Notifications auto', [[reviewerA, 'reviewer'], [reviewerB, 'reviewer']]);
    const article = await importInto(small);
    await expectStatus(as('editor', routes.autoAssign.POST, { method: 'POST', params: { id: article.id }, body: { count: 2 } }), 201);
    expect((await rowsAbout(article)).sort()).toEqual([[reviewerA, 'assigned'], [reviewerB, 'assigned']].sort());
    expect(eventsOf('assignment.created')).toHaveLength(2);
  });

  it('does not notify an editor who assigns themselves', async () => {
    const article = await importInto(project);
    await assign(article, 'editor');
    expect(await rowsAbout(article)).toEqual([]);
    expect(eventsOf('assignment.created')).toHaveLength(1);
    expect(eventsOf('assignment.created')[0]?.emails).toEqual([]);
  });

  it("tells the project's editors of a submission, and no reviewer; a dispute once every assigned reviewer is in", async () => {
    const article = await importInto(project);
    await assign(article, reviewerA);
    await assign(article, reviewerB);
    await annotate(reviewerA, article, 'A second paragraph', 'claim');
    await annotate(reviewerB, article, 'A second paragraph', 'opinion');
    await submit(reviewerA, article);
    expect(await kindsAbout('editor', article)).toEqual(['review_submitted']);
    expect(await kindsAbout(secondEditor, article)).toEqual(['review_submitted']);
    // Blind review: B, who has not submitted, hears nothing of A's work; A nothing of their own act.
    expect(await kindsAbout(reviewerB, article)).toEqual(['assigned']);
    expect(await kindsAbout(reviewerA, article)).toEqual(['assigned']);
    const [submitted] = await about('editor', article);
    expect(submitted).toMatchObject({ actor: { id: reviewerA }, path: `/articles/${article.id}/consensus` });
    expect(submitted!.text).toContain('Ada Reviewer');
    expect(eventsOf('review.submitted')[0]?.event).toMatchObject({ data: { review: { reviewer: { id: reviewerA } } } });

    await submit(reviewerB, article);
    expect(await kindsAbout('editor', article)).toEqual(['dispute', 'review_submitted', 'review_submitted']);
    expect(await kindsAbout(secondEditor, article)).toEqual(['dispute', 'review_submitted', 'review_submitted']);
    expect((await about('editor', article)).find((note) => note.kind === 'dispute')?.text).toMatch(/1 disputed passage/);
    expect(await kindsAbout(reviewerA, article)).toEqual(['assigned']);
    expect(await kindsAbout(reviewerB, article)).toEqual(['assigned']);
  });

  it('raises no dispute while the reviewers agree, nor before two have submitted when nobody is assigned', async () => {
    const agreed = await importInto(project);
    for (const who of [reviewerA, reviewerB]) await annotate(who, agreed, 'A second paragraph', 'claim');
    await submit(reviewerA, agreed);
    await submit(reviewerB, agreed);
    expect(await kindsAbout('editor', agreed)).toEqual(['review_submitted', 'review_submitted']);

    const unassigned = await importInto(project);
    await annotate(reviewerA, unassigned, 'A second paragraph', 'claim');
    await annotate(reviewerB, unassigned, 'A second paragraph', 'unsupported');
    await submit(reviewerA, unassigned);
    expect(await kindsAbout('editor', unassigned)).toEqual(['review_submitted']);
    await submit(reviewerB, unassigned);
    expect(await kindsAbout('editor', unassigned)).toEqual(['dispute', 'review_submitted', 'review_submitted']);
    // A third reviewer's submission does not announce the same dispute again.
    await annotate(reviewerC, unassigned, 'A second paragraph', 'opinion');
    await submit(reviewerC, unassigned);
    expect(await kindsAbout('editor', unassigned)).toEqual(['dispute', 'review_submitted', 'review_submitted', 'review_submitted']);
  });

  it('tells a reviewer their review was reopened, with the reason', async () => {
    const article = await importInto(project);
    await annotate(reviewerA, article, 'A first paragraph');
    await submit(reviewerA, article);
    await expectStatus(as('editor', routes.reopenReview.POST, { method: 'POST', params: { id: article.id, reviewerId: reviewerA }, body: { reason: 'Check the second claim' } }), 200);
    const notes = await about(reviewerA, article);
    expect(notes.map((note) => note.kind)).toEqual(['reopened']);
    expect(notes[0]!.text).toContain('Check the second claim');
    expect(eventsOf('review.reopened')[0]?.event).toMatchObject({ data: { review: { reviewer: { id: reviewerA }, reason: 'Check the second claim' } } });
    expect(await kindsAbout(reviewerB, article)).toEqual([]);
  });

  it('tells the reviewers who submitted when the article is published and reopened; not one who had not', async () => {
    const article = await importInto(project);
    await assign(article, reviewerC);
    await annotate(reviewerA, article, 'A second paragraph');
    await annotate(reviewerB, article, 'A second paragraph');
    await annotate(reviewerC, article, 'A first paragraph');
    await submit(reviewerA, article);
    await submit(reviewerB, article);
    await expectStatus(as('editor', routes.publish.POST, { method: 'POST', params: { id: article.id } }), 200);
    await expectStatus(as('editor', routes.reopenArticle.POST, { method: 'POST', params: { id: article.id }, body: { reason: 'A correction came in' } }), 200);
    for (const who of [reviewerA, reviewerB]) expect(await kindsAbout(who, article)).toEqual(['published', 'reopened']);
    expect((await about(reviewerA, article)).find((note) => note.kind === 'reopened')?.text).toContain('A correction came in');
    expect(await kindsAbout(reviewerC, article)).toEqual(['assigned']);
    expect((await rowsAbout(article)).filter(([userId]) => userId === database.actors.editor.id).map(([, kind]) => kind)).toEqual(['review_submitted', 'review_submitted']);
    expect(eventsOf('article.published')).toHaveLength(1);
    expect(eventsOf('article.reopened')[0]?.event).toMatchObject({ data: { reason: 'A correction came in' } });
  });
});

describe('mentions and replies, under blind review', () => {
  let project: string;
  beforeAll(async () => {
    project = await projectWith('Notifications discussion', team());
  });

  it('tells the mentioned who see the discussion, holds the mention of one who has not submitted until they do, and delivers it once', async () => {
    const article = await importInto(project);
    await annotate(reviewerA, article, 'A first paragraph');
    await submit(reviewerA, article);
    await annotate(reviewerB, article, 'A second paragraph');
    const threadId = await comment('editor', article, 'Is this sourced, @Ada Reviewer and @Ben Reviewer?');
    expect(eventsOf('comment.created')[0]?.event).toMatchObject({ data: { comment: { id: threadId, threadId } } });

    expect(await kindsAbout(reviewerA, article)).toEqual(['mention']);
    const [mention] = await about(reviewerA, article);
    expect(mention).toMatchObject({ actor: { id: database.actors.editor.id }, path: `/articles/${article.id}` });
    expect(mention!.text).toContain('Is this sourced');
    // B has not submitted: no notification, so not even the fact that a discussion exists.
    expect(await kindsAbout(reviewerB, article)).toEqual([]);
    expect((await rowsAbout(article)).filter(([userId]) => userId === reviewerB)).toEqual([]);

    await submit(reviewerB, article);
    const held = await about(reviewerB, article);
    expect(held.map((note) => note.kind)).toEqual(['mention']);
    expect(held[0]).toMatchObject({ actor: { id: database.actors.editor.id } });
    expect(held[0]!.text).toContain('Is this sourced');
    const emails = eventsOf('review.submitted').flatMap((call) => call.emails);
    expect(emails).toContainEqual(expect.objectContaining({ userId: reviewerB, kind: 'mention', notificationId: held[0]!.id }));

    // Reopened and submitted again: the mention is not delivered twice.
    await expectStatus(as('editor', routes.reopenReview.POST, { method: 'POST', params: { id: article.id, reviewerId: reviewerB }, body: { reason: 'Again' } }), 200);
    await submit(reviewerB, article);
    expect((await kindsAbout(reviewerB, article)).filter((kind) => kind === 'mention')).toHaveLength(1);
  });

  it("tells the thread's earlier participants of a reply (a mention wins), not the author, and not a participant who is blind again", async () => {
    const article = await importInto(project);
    for (const who of [reviewerA, reviewerB, reviewerC]) {
      await annotate(who, article, 'A first paragraph');
      await submit(who, article);
    }
    const threadId = await comment(reviewerA, article, 'I think the first paragraph overstates it.');
    await comment(reviewerC, article, 'Agreed.', threadId);
    // C's review is taken back: they cannot see the discussion until they submit again.
    await expectStatus(as('editor', routes.reopenReview.POST, { method: 'POST', params: { id: article.id, reviewerId: reviewerC }, body: { reason: 'Recheck' } }), 200);
    outbound.calls.length = 0;

    await comment(reviewerB, article, 'What does @Ada Reviewer base that on?', threadId);
    expect((await kindsAbout(reviewerA, article)).filter((kind) => kind !== 'reply')).toEqual(['mention']);
    expect(await kindsAbout(reviewerB, article)).toEqual([]);
    expect((await kindsAbout(reviewerC, article)).filter((kind) => kind === 'reply' || kind === 'mention')).toEqual([]);

    await comment('editor', article, 'Noted.', threadId);
    // A heard of C's reply and the editor's, but of B's comment only as a mention.
    const replies = (await about(reviewerA, article)).filter((note) => note.kind === 'reply');
    expect(replies.map((note) => note.actor?.id).sort()).toEqual([reviewerC, database.actors.editor.id].sort());
    expect(await kindsAbout(reviewerB, article)).toEqual(['reply']);
    expect(eventsOf('comment.created')).toHaveLength(2);
  });
});

describe('project scope', () => {
  it('lists nothing of a project the reader has left, nor counts it, nor lets them mark it; it comes back if they rejoin', async () => {
    const worker = await createAccount('reviewer', 'notify-scope');
    const project = await projectWith('Notifications scope', [[worker, 'reviewer']]);
    const article = await importInto(project);
    await assign(article, worker);
    const listed = await expectStatus(list(worker), 200);
    expect(listed.body).toMatchObject({ unread: 1, notifications: [{ kind: 'assigned', article: { id: article.id } }] });
    const noteId = (listed.body.notifications as Note[])[0]!.id;

    await expectStatus(as('editor', routes.projectMember.DELETE, { method: 'DELETE', params: { id: project, userId: worker } }), 204);
    expect((await expectStatus(list(worker), 200)).body).toEqual({ notifications: [], unread: 0, nextBefore: null });
    const before = await database.snapshot();
    expect((await expectStatus(markRead(worker, { ids: [noteId] }), 200)).body).toEqual({ marked: 0, unread: 0 });
    expect((await expectStatus(markRead(worker, { all: true }), 200)).body).toEqual({ marked: 0, unread: 0 });
    expect(await database.snapshot()).toEqual(before);
    expect(await expectStatus(list(worker, `?before=${noteId}`), 404)).toBeTruthy();

    await addMember(project, worker, 'reviewer');
    expect((await expectStatus(list(worker), 200)).body).toMatchObject({ unread: 1 });
  });
});

describe('reading and marking read', () => {
  let reader: string;
  let notes: Note[];
  beforeAll(async () => {
    reader = await createAccount('reviewer', 'notify-reader');
    const project = await projectWith('Notifications reading', [[reader, 'reviewer'], [reviewerA, 'reviewer']]);
    for (let index = 0; index < 3; index += 1) await assign(await importInto(project, 'Reading'), reader);
    await assign(await importInto(project, 'Reading'), reviewerA);
    notes = (await expectStatus(list(reader), 200)).body.notifications as Note[];
  });

  it('lists newest first, a page at a time, with the unread count across pages', async () => {
    expect(notes).toHaveLength(3);
    expect(notes.map((note) => note.createdAt)).toEqual([...notes.map((note) => note.createdAt)].sort().reverse());
    const first = await expectStatus(list(reader, '?limit=2'), 200);
    expect((first.body.notifications as Note[]).map((note) => note.id)).toEqual(notes.slice(0, 2).map((note) => note.id));
    expect(first.body).toMatchObject({ unread: 3, nextBefore: notes[1]!.id });
    const second = await expectStatus(list(reader, `?limit=2&before=${notes[1]!.id}`), 200);
    expect((second.body.notifications as Note[]).map((note) => note.id)).toEqual([notes[2]!.id]);
    expect(second.body.nextBefore).toBeNull();
  });

  it("marks the caller's own rows only: another's id is passed over and stays unread", async () => {
    const [othersNote] = (await expectStatus(list(reviewerA, '?limit=100'), 200)).body.notifications as Note[];
    const answer = await expectStatus(markRead(reader, { ids: [notes[0]!.id, othersNote!.id, ABSENT] }), 200);
    expect(answer.body).toEqual({ marked: 1, unread: 2 });
    const [row] = await database.query<{ readAt: Date | null }>(`SELECT "readAt" FROM "Notification" WHERE id = $1`, [othersNote!.id]);
    expect(row?.readAt).toBeNull();
    const unreadOnly = await expectStatus(list(reader, '?unread=1'), 200);
    expect((unreadOnly.body.notifications as Note[]).map((note) => note.id)).toEqual(notes.slice(1).map((note) => note.id));
    expect(((await expectStatus(list(reader), 200)).body.notifications as Note[])[0]).toMatchObject({ id: notes[0]!.id, read: true });

    // Marking again keeps the first time it was read.
    const [first] = await database.query<{ readAt: Date }>(`SELECT "readAt" FROM "Notification" WHERE id = $1`, [notes[0]!.id]);
    expect((await expectStatus(markRead(reader, { ids: [notes[0]!.id] }), 200)).body).toEqual({ marked: 0, unread: 2 });
    const [again] = await database.query<{ readAt: Date }>(`SELECT "readAt" FROM "Notification" WHERE id = $1`, [notes[0]!.id]);
    expect(again?.readAt).toEqual(first?.readAt);

    expect((await expectStatus(markRead(reader, { all: true }), 200)).body).toEqual({ marked: 2, unread: 0 });
    const [othersAfter] = await database.query<{ readAt: Date | null }>(`SELECT "readAt" FROM "Notification" WHERE id = $1`, [othersNote!.id]);
    expect(othersAfter?.readAt).toBeNull();
  });

  it('answers bad input with a 400 that changes nothing', async () => {
    const tooMany = Array.from({ length: 201 }, () => ABSENT);
    const bodies: [unknown, RegExp][] = [
      [{}, /ids.*all/],
      [{ ids: [] }, /at least one/],
      [{ ids: ['not-a-uuid'] }, /UUID/],
      [{ ids: 'x' }, /list of notification ids/],
      [{ ids: tooMany }, /at most 200/],
      [{ all: false }, /all must be true/],
      [{ ids: [ABSENT], all: true }, /ids.*all/],
      [{ ids: [ABSENT], extra: 1 }, /extra|Unrecognized/i],
      ['not json', /JSON/i],
    ];
    const before = await database.snapshot();
    for (const [body, message] of bodies) {
      const answer = await markRead(reader, body);
      expect(answer.status, JSON.stringify(body)).toBe(400);
      expect(errorOf(answer).message).toMatch(message);
    }
    for (const query of ['?limit=0', '?limit=101', '?limit=ten', '?before=nope', '?unread=yes', '?sort=old']) {
      expect((await list(reader, query)).status, query).toBe(400);
    }
    expect((await list(reader, `?before=${ABSENT}`)).status).toBe(404);
    expect(await database.snapshot()).toEqual(before);
  });

  it('refuses the anonymous (401) and API tokens (403): an inbox is a person’s', async () => {
    expect((await as(database.actors.reviewer1.id, routes.notifications.GET, { path: '/api/notifications' })).status).toBe(200);
    const { hit } = routeClient(database);
    expect((await hit(null, routes.notifications.GET, { path: '/api/notifications' })).status).toBe(401);
    expect((await hit(null, routes.notificationsRead.POST, { method: 'POST', path: '/api/notifications/read', body: { all: true } })).status).toBe(401);
    const created = await expectStatus(hit('admin', routes.tokens.POST, { method: 'POST', path: '/api/tokens', body: { name: 'notifications', userId: database.actors.reviewer1.id, scopes: ['read:exports', 'write:annotations'] } }), 201);
    const token = (created.body.secret ?? (created.body.token as Json | undefined)?.secret) as string;
    expect((await hit(null, routes.notifications.GET, { path: '/api/notifications', token })).status).toBe(403);
    expect((await hit(null, routes.notificationsRead.POST, { method: 'POST', path: '/api/notifications/read', body: { all: true }, token })).status).toBe(403);
  });
});

describe('due reminders', () => {
  it('writes due_soon within a day of the due date and overdue after it, each once, for open work only', async () => {
    const project = await projectWith('Notifications due', [[reviewerA, 'reviewer'], [reviewerB, 'reviewer'], [reviewerC, 'reviewer']]);
    const now = new Date(Date.now() + 1000 * HOUR); // later than any due date other tests set near their now
    const soon = await importInto(project, 'Due soon');
    const later = await importInto(project, 'Due later');
    const done = await importInto(project, 'Due but done');
    await assign(soon, reviewerA, new Date(now.getTime() + 2 * HOUR).toISOString());
    await assign(later, reviewerB, new Date(now.getTime() + 48 * HOUR).toISOString());
    await assign(done, reviewerC, new Date(now.getTime() + 2 * HOUR).toISOString());
    await annotate(reviewerC, done, 'A first paragraph');
    await submit(reviewerC, done);
    outbound.calls.length = 0;

    const count = async () => Number((await database.query<{ n: string }>(`SELECT count(*) AS n FROM "Notification" WHERE kind IN ('due_soon', 'overdue')`))[0]!.n);
    const before = await count();
    const created = await recordDueReminders(now);
    expect(created).toBe((await count()) - before);
    expect(await kindsAbout(reviewerA, soon)).toEqual(['assigned', 'due_soon']);
    expect(await kindsAbout(reviewerB, later)).toEqual(['assigned']);
    expect(await kindsAbout(reviewerC, done)).toEqual(['assigned']);
    expect(outbound.calls.flatMap((call) => call.emails)).toContainEqual(expect.objectContaining({ userId: reviewerA, kind: 'due_soon', path: `/articles/${soon.id}` }));
    expect(outbound.calls.every((call) => call.event === null)).toBe(true);

    const again = await count();
    await recordDueReminders(now);
    expect(await count()).toBe(again);
    expect(await kindsAbout(reviewerA, soon)).toEqual(['assigned', 'due_soon']);

    const afterDue = new Date(now.getTime() + 3 * HOUR);
    await recordDueReminders(afterDue);
    await recordDueReminders(afterDue);
    expect(await kindsAbout(reviewerA, soon)).toEqual(['assigned', 'due_soon', 'overdue']);
    expect((await about(reviewerA, soon)).find((note) => note.kind === 'overdue')?.text).toMatch(/overdue/);
    expect(await kindsAbout(reviewerC, done)).toEqual(['assigned']);
  });
});
