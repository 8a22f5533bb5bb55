// GET /api/events: the live change feed. Writes made through the route handlers (the data
// layer, on the app's pool) reach a stream opened on the same handler within two seconds,
// through PostgreSQL's NOTIFY and the process's one listening connection. Blind review: a
// reviewer who has not submitted hears nothing of another reviewer's drafts, assignments or
// the discussion, only of public facts (a submission) and of their own work; a non-member
// hears nothing of a project and gets 404 for it. Bad parameters are a 400 that writes nothing.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { spanOf } from '../support/annotation-bodies';
import { type EventReader, readEvents } from '../support/event-stream';
import { ORIGIN, context, errorOf, routeClient } from '../support/route-client';
import { routes } from '../support/routes';
import { type DemoName, withSeededDatabase } from '../support/seeded-database';
import { session } from '../support/session';

vi.mock('@/lib/server/auth/cookie-session', () => import('../support/session'));

const { MAX_STREAMS_PER_USER } = await import('@/lib/server/live/change-hub');

const database = withSeededDatabase();
const { createProject, hitNow, importArticle, personNow } = routeClient(database);

const PARAGRAPHS = ['The port handled more ships than ever before this year.', 'Its director called the rival port a relic of another age.', 'Customs figures for the year have not been released yet.'];
type Article = { id: string; text: string };

const open: AbortController[] = [];
afterEach(() => {
  for (const controller of open.splice(0)) controller.abort();
});

/** Opens GET /api/events<query> as `who` (loaded now), as the browser's EventSource would. */
async function follow(who: DemoName | string | null, query: string): Promise<{ status: number; body: string; events: EventReader | null; close(): void }> {
  const controller = new AbortController();
  open.push(controller);
  session.actor = who === null ? null : await personNow(who);
  try {
    const response = await routes.events.GET(new Request(new URL(`/api/events${query}`, ORIGIN), { headers: { host: 'localhost:3000' }, signal: controller.signal }), context() as never);
    if (response.status !== 200) return { status: response.status, body: await response.text(), events: null, close: () => controller.abort() };
    expect(response.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
    return { status: 200, body: '', events: readEvents(response), close: () => controller.abort() };
  } finally {
    session.actor = null;
  }
}

/** A stream that is listening: its first `ready` has arrived. */
async function listening(who: DemoName | string, query: string): Promise<EventReader> {
  const stream = await follow(who, query);
  expect(stream.status, stream.body).toBe(200);
  await stream.events!.next((event) => event.event === 'ready', 5_000);
  return stream.events!;
}

const annotate = async (who: DemoName, article: Article, exact: string) => {
  const answer = await hitNow(who, routes.articleAnnotations.POST, { method: 'POST', params: { id: article.id }, body: { label: 'claim', ...spanOf(article.text, exact) } });
  expect(answer.status, answer.text).toBe(201);
  return answer.body.annotation as { id: string; version: number };
};
const submit = async (who: DemoName, article: Article) => expect((await hitNow(who, routes.submit.POST, { method: 'POST', params: { id: article.id } })).status).toBe(201);
const changeOn = (article: Article, kind: string) => (event: { event: string; data: Record<string, unknown> }) => event.event === 'change' && event.data.articleId === article.id && event.data.kind === kind;

describe('a change reaches the streams that follow it', () => {
  it('within two seconds of the write, on the article stream and the list stream, carrying only kind and article', async () => {
    const article = await importArticle(['Live harbour article', ...PARAGRAPHS]);
    const consensus = await listening('editor', `?article=${article.id}`);
    const queue = await listening('editor', '');
    const started = performance.now();
    await annotate('reviewer1', article, 'more ships than ever');
    const onPage = await consensus.next(changeOn(article, 'annotation'));
    const onQueue = await queue.next(changeOn(article, 'annotation'));
    expect(onPage.at - started).toBeLessThan(2_000);
    expect(onQueue.at - started).toBeLessThan(2_000);
    // Only what changed, never content. The consensus page's reader (the desk) is told whose
    // annotation it is, so a pending reviewer's draft can wait (components/live/refresh-delay.ts);
    // the list stream is not.
    expect(onPage.data).toEqual({ kind: 'annotation', articleId: article.id, by: database.actors.reviewer1.id });
    expect(onQueue.data).toEqual({ kind: 'annotation', articleId: article.id });

    const beforeSubmit = [consensus.events.length, queue.events.length] as const;
    await submit('reviewer1', article);
    await consensus.next(changeOn(article, 'review'), 2_000, beforeSubmit[0]);
    await queue.next(changeOn(article, 'review'), 2_000, beforeSubmit[1]);
    // A heartbeat interval and a reconnection delay are announced.
    expect(consensus.fields).toContain('retry: 2000');
  });

  it('follows one project with ?project= and leaves other projects out', async () => {
    const [desk] = await database.query<{ projectId: string }>('SELECT "projectId" FROM "Article" WHERE id = (SELECT id FROM "Article" LIMIT 1)');
    const elsewhere = await createProject('editor', { name: 'Live elsewhere' });
    const inDesk = await importArticle(['Desk article', ...PARAGRAPHS]);
    const moved = await importArticle(['Moving article', ...PARAGRAPHS]);
    const stream = await listening('editor', `?project=${desk!.projectId}`);
    expect((await hitNow('editor', routes.moveArticle.POST, { method: 'POST', params: { id: moved.id }, body: { projectId: elsewhere, reason: 'live test' } })).status).toBe(200);
    // The move is told in the project the article left.
    await stream.next(changeOn(moved, 'article'));
    const afterMove = stream.events.length;
    await annotate('editor', moved, 'more ships than ever');
    await annotate('editor', inDesk, 'more ships than ever');
    await stream.next(changeOn(inDesk, 'annotation'), 2_000, afterMove);
    expect(stream.events.slice(afterMove).filter((event) => event.data.articleId === moved.id)).toEqual([]);
  });
});

describe('blind review on the stream', () => {
  it('tells a reviewer who has not submitted nothing of another reviewer’s drafts, assignments or the discussion', async () => {
    const article = await importArticle(['Blind live article', ...PARAGRAPHS]);
    const desk = await listening('editor', `?article=${article.id}`);
    const onArticle = await listening('reviewer1', `?article=${article.id}`);
    const onList = await listening('reviewer1', '');
    const from = { article: onArticle.events.length, list: onList.events.length };

    // Reviewer 2 drafts: creates, edits, deletes; the desk assigns reviewer 2 and comments.
    const draft = await annotate('reviewer2', article, 'a relic of another age');
    expect((await hitNow('reviewer2', routes.annotation.PATCH, { method: 'PATCH', params: { id: draft.id }, body: { version: 1, label: 'opinion' } })).status).toBe(200);
    expect((await hitNow('reviewer2', routes.annotation.DELETE, { method: 'DELETE', params: { id: draft.id }, path: `/api/annotations/${draft.id}?version=2` })).status).toBe(204);
    expect((await hitNow('editor', routes.assignments.POST, { method: 'POST', params: { id: article.id }, body: { reviewerId: database.actors.reviewer2.id } })).status).toBe(201);
    expect((await hitNow('editor', routes.articleComments.POST, { method: 'POST', params: { id: article.id }, body: { body: 'Desk note on this one' } })).status).toBe(201);
    // The desk hears all of it (so the writes did announce themselves) ...
    await desk.next(changeOn(article, 'comment'));
    expect(desk.events.filter((event) => event.event === 'change').map((event) => event.data.kind)).toEqual(expect.arrayContaining(['annotation', 'assignment', 'comment']));
    expect(desk.events.find(changeOn(article, 'annotation'))?.data).toEqual({ kind: 'annotation', articleId: article.id, by: database.actors.reviewer2.id });

    // ... reviewer 1 only their own work, and never whose (no `by`): the first thing on both of their streams is their own annotation.
    await annotate('reviewer1', article, 'more ships than ever');
    await onArticle.next(changeOn(article, 'annotation'), 2_000, from.article);
    await onList.next(changeOn(article, 'annotation'), 2_000, from.list);
    expect(onArticle.events.slice(from.article)).toEqual([expect.objectContaining({ data: { kind: 'annotation', articleId: article.id } })]);
    expect(onList.events.slice(from.list).filter((event) => event.data.articleId === article.id)).toEqual([expect.objectContaining({ data: { kind: 'annotation', articleId: article.id } })]);
    // No presence either: the consensus page is the desk's.
    expect(onArticle.events.filter((event) => event.event === 'presence')).toEqual([]);

    // A submission is public (every list counts them): reviewer 1 hears of reviewer 2's.
    await annotate('reviewer2', article, 'Customs figures');
    const beforeSubmit = onArticle.events.length;
    await submit('reviewer2', article);
    await onArticle.next(changeOn(article, 'review'), 2_000, beforeSubmit);
  });
});

describe('project scope and refusals', () => {
  it('answers 404 for an article or project that is not the caller’s, as for one that does not exist, and tells them nothing of it', async () => {
    const elsewhere = await createProject('editor', { name: 'Live closed desk' });
    const answer = await hitNow('editor', routes.articles.POST, { method: 'POST', path: '/api/articles', body: { text: `Closed desk article\n${PARAGRAPHS.join('\n')}`, projectId: elsewhere } });
    expect(answer.status, answer.text).toBe(201);
    const hidden = answer.body.article as Article;
    const absent = '6f1c2a57-0000-4000-8000-00000000beef';
    const refusals = await Promise.all([follow('reviewer1', `?article=${hidden.id}`), follow('reviewer1', `?article=${absent}`), follow('reviewer1', `?project=${elsewhere}`), follow('reviewer1', `?project=${absent}`)]);
    expect(refusals.map((refusal) => refusal.status)).toEqual([404, 404, 404, 404]);
    expect(refusals[0]!.body).toBe(refusals[1]!.body);
    expect(refusals[2]!.body).toBe(refusals[3]!.body);

    const all = await listening('reviewer1', '');
    const from = all.events.length;
    await annotate('editor', hidden, 'more ships than ever');
    const mine = await importArticle(['Own desk article', ...PARAGRAPHS]);
    await annotate('reviewer1', mine, 'more ships than ever');
    await all.next(changeOn(mine, 'annotation'), 2_000, from);
    expect(all.events.slice(from).filter((event) => event.data.articleId === hidden.id)).toEqual([]);
  });

  it('refuses bad parameters with 400, anonymous callers with 401, presence for a reviewer with 403, and writes nothing', async () => {
    const article = await importArticle(['Refusals article', ...PARAGRAPHS]);
    const before = await database.snapshot();
    const cases: [DemoName | null, string, number, RegExp][] = [
      ['editor', '?article=not-a-uuid', 400, /article must be an article id/],
      ['editor', `?article=${article.id}&project=${article.id}`, 400, /not both/],
      ['editor', '?presence=1', 400, /presence=1 needs an article/],
      ['editor', `?article=${article.id}&presence=yes`, 400, /presence must be 1/],
      ['editor', '?since=yesterday', 400, /since/],
      [null, `?article=${article.id}`, 401, /Sign in/],
      ['reviewer1', `?article=${article.id}&presence=1`, 403, /role does not allow/],
    ];
    for (const [who, query, status, message] of cases) {
      const refused = await follow(who, query);
      expect(refused.status, `${who} ${query}: ${refused.body}`).toBe(status);
      expect(errorOf({ status, headers: new Headers(), text: refused.body, body: JSON.parse(refused.body) as Record<string, unknown> }).message).toMatch(message);
    }
    expect(await database.snapshot()).toEqual(before);
  });

  it(`keeps at most ${MAX_STREAMS_PER_USER} streams per person open (429), and frees a place when one closes`, async () => {
    const streams = [];
    for (let i = 0; i < MAX_STREAMS_PER_USER; i++) streams.push(await follow('reviewer3', ''));
    expect(streams.map((stream) => stream.status)).toEqual(Array(MAX_STREAMS_PER_USER).fill(200));
    const refused = await follow('reviewer3', '');
    expect(refused.status).toBe(429);
    // Another person is not held back by reviewer 3's streams.
    expect((await follow('reviewer2', '')).status).toBe(200);
    streams[0]!.close();
    await streams[0]!.events!.ended;
    expect((await follow('reviewer3', '')).status).toBe(200);
  });
});

describe('presence on the consensus page', () => {
  it('tells the desk who else has the page open, and when they leave', async () => {
    const article = await importArticle(['Presence article', ...PARAGRAPHS]);
    const admin = await listening('admin', `?article=${article.id}&presence=1`);
    await admin.next((event) => event.event === 'presence');
    expect(admin.events.find((event) => event.event === 'presence')!.data).toEqual({ people: [] });
    const editor = await follow('editor', `?article=${article.id}&presence=1`);
    const arrived = await admin.next((event) => event.event === 'presence' && (event.data.people as unknown[]).length === 1);
    expect(arrived.data).toEqual({ people: [{ id: database.actors.editor.id, name: database.actors.editor.name }] });
    // The editor is told of the admin, not of themselves.
    await editor.events!.next((event) => event.event === 'presence' && JSON.stringify(event.data) === JSON.stringify({ people: [{ id: database.actors.admin.id, name: database.actors.admin.name }] }));
    expect(await database.query('SELECT "userId" FROM "LivePresence" WHERE "articleId" = $1 ORDER BY "userId"', [article.id])).toHaveLength(2);

    const beforeLeaving = admin.events.length;
    editor.close();
    await admin.next((event) => event.event === 'presence' && (event.data.people as unknown[]).length === 0, 2_000, beforeLeaving);
    await expect.poll(() => database.query('SELECT id FROM "LivePresence" WHERE "userId" = $1', [database.actors.editor.id])).toEqual([]);
  });

  it('no longer counts an entry whose heartbeat stopped (a process that died)', async () => {
    const article = await importArticle(['Stale presence article', ...PARAGRAPHS]);
    await database.query(`INSERT INTO "LivePresence" (id, "articleId", "userId", "seenAt") VALUES (gen_random_uuid(), $1, $2, now() - interval '5 minutes')`, [article.id, database.actors.editor.id]);
    const admin = await listening('admin', `?article=${article.id}&presence=1`);
    const told = await admin.next((event) => event.event === 'presence');
    expect(told.data).toEqual({ people: [] });
    // The admin's arrival swept it.
    expect(await database.query('SELECT id FROM "LivePresence" WHERE "userId" = $1', [database.actors.editor.id])).toEqual([]);
  });
});

describe('the description', () => {
  it('lists exactly the query parameters the stream reads, and its media type', async () => {
    const { OPERATIONS, openApiDocument } = await import('@/lib/openapi/openapi-document');
    const { ZLiveEventsQuery } = await import('@/lib/validation/live-events');
    expect(Object.keys(OPERATIONS['/api/events']!.get!.query!).sort()).toEqual(Object.keys(ZLiveEventsQuery.shape).sort());
    const document = openApiDocument('https://desk.example/') as { paths: Record<string, Record<string, { responses: Record<string, { content?: Record<string, unknown> }> }>> };
    expect(Object.keys(document.paths['/api/events']!.get!.responses['200']!.content!)).toEqual(['text/event-stream']);
  });
});

describe('a lost listening connection', () => {
  it('is opened again: the stream says ready once more (the page reads afresh) and changes flow again', async () => {
    const { createServer, connect } = await import('node:net');
    const { config, setConfigEnv } = await import('@/lib/config');
    const { changeHub } = await import('@/lib/server/live/change-hub');
    const article = await importArticle(['Reconnecting article', ...PARAGRAPHS]);
    // The listening connection goes through a proxy the test can cut; the app's pool is already made and keeps its own.
    const target = new URL(config().databaseUrl!);
    const sockets = new Set<import('node:net').Socket>();
    const proxy = createServer((client) => {
      const upstream = connect(Number(target.port || 5432), target.hostname);
      for (const socket of [client, upstream]) {
        sockets.add(socket);
        socket.on('error', () => undefined);
        socket.on('close', () => sockets.delete(socket));
      }
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
    const viaProxy = new URL(target);
    viaProxy.hostname = '127.0.0.1';
    viaProxy.port = String((proxy.address() as { port: number }).port);
    const direct = target.toString();
    await changeHub().stop();
    setConfigEnv({ DATABASE_URL: viaProxy.toString() });
    try {
      const stream = await listening('editor', `?article=${article.id}`);
      const readies = () => stream.events.filter((event) => event.event === 'ready').length;
      expect(readies()).toBe(1);
      for (const socket of sockets) socket.destroy();
      await expect.poll(readies, { timeout: 5_000 }).toBe(2);
      const from = stream.events.length;
      await annotate('reviewer1', article, 'more ships than ever');
      await stream.next(changeOn(article, 'annotation'), 2_000, from);
    } finally {
      setConfigEnv({ DATABASE_URL: direct });
      for (const controller of open.splice(0)) controller.abort();
      await changeHub().stop();
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => proxy.close(resolve));
    }
  });
});
