// Blind review has no side channels: a reviewer who has not submitted reads
// every list, count, time and ETag they can reach, another reviewer drafts
// (creates, edits, deletes, restores, through both APIs), and the first
// reviewer's reads answer byte for byte the same. Another reviewer's
// annotation id is indistinguishable from one that does not exist — same
// status, same body — on every endpoint that takes an id, and it is decided
// before any lock, so it never waits on the other reviewer's article lock.
import pg from 'pg';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { spanOf, webAnnotation } from '../support/annotation-bodies';
import { type Answer, ORIGIN, routeClient } from '../support/route-client';
import { routes } from '../support/routes';
import { withSeededDatabase } from '../support/seeded-database';

vi.mock('@/lib/server/auth/cookie-session', () => import('../support/session'));
vi.hoisted(() => {
  delete process.env.NEXTAUTH_URL;
});

// What the dashboard and article pages render from.
const { listArticles } = await import('@/lib/server/data/articles/list-articles');
const { getArticle } = await import('@/lib/server/data/articles/get-article');
const { listAnnotations } = await import('@/lib/server/data/annotations/list-annotations');
const { findReviewSubmission } = await import('@/lib/server/data/reviews/find-review-submission');
const { authorize } = await import('@/lib/server/guards');

const database = withSeededDatabase();
const { annotate, as, hit, importArticle } = routeClient(database);
const W3C = 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"';
const ABSENT = '6f1c2a57-0000-4000-8000-00000000beef';

type Article = { id: string; text: string; title: string; projectId: string };
const PARAGRAPHS = ['The port handled more ships than ever before this year.', 'Its director called the rival port a relic of another age.', 'Customs figures for the year have not been released yet.'];

const createArticle = async (title: string): Promise<Article> => {
  const article = await importArticle([title, ...PARAGRAPHS]);
  const [row] = await database.query<{ projectId: string }>('SELECT "projectId" FROM "Article" WHERE id = $1', [article.id]);
  return { ...article, projectId: row!.projectId };
};

/** What a W3C client POSTs or PUTs for the first occurrence of `exact` in the article. */
const webAnnotationBody = (article: Article, exact: string, label = 'opinion') => webAnnotation(`${ORIGIN}/articles/${article.id}`, article.text, exact, label);

type Scene = { shared: Article; other: Article; own: { id: string; version: number } };

/** Two articles; on the shared one, an annotation of reviewer 1's own and one of reviewer 2's. */
async function createScene(): Promise<Scene> {
  const shared = await createArticle('Harbour record article');
  const other = await createArticle('Second harbour article');
  const own = await annotate('reviewer1', shared, 'more ships than ever');
  await annotate('reviewer2', shared, 'a relic of another age', 'opinion');
  // Both reviewers are assigned the shared article, so My work has an item for reviewer 1 to read.
  for (const reviewer of ['reviewer1', 'reviewer2'] as const) {
    const assigned = await hit('editor', routes.assignments.POST, { method: 'POST', params: { id: shared.id }, body: { reviewerId: database.actors[reviewer].id, dueAt: '2099-01-01' } });
    if (assigned.status !== 201) throw new Error(`POST …/assignments answered ${assigned.status}: ${assigned.text}`);
  }
  // Reviewer 1's own answer to a credibility signal, so their signals read has something of theirs in it.
  const answered = await hit('reviewer1', routes.articleSignals.PUT, { method: 'PUT', params: { id: shared.id }, body: { answers: { clickbait_title: 'no' } } });
  if (answered.status !== 200) throw new Error(`PUT …/signals answered ${answered.status}: ${answered.text}`);
  return { shared, other, own };
}

/** Everything reviewer1 can read that another reviewer's drafting could conceivably move. */
async function readEverything({ shared, other, own }: Scene): Promise<Record<string, string>> {
  const reads: Record<string, () => Promise<Answer>> = {
    'GET /api/articles': () => hit('reviewer1', routes.articles.GET, { path: '/api/articles' }),
    'GET /api/articles?q=': () => hit('reviewer1', routes.articles.GET, { path: '/api/articles?q=harbour' }),
    'GET /api/articles?status=open': () => hit('reviewer1', routes.articles.GET, { path: '/api/articles?status=open' }),
    'GET /api/articles/<id>': () => hit('reviewer1', routes.article.GET, { params: { id: shared.id } }),
    'GET /api/articles/<id>/annotations': () => hit('reviewer1', routes.articleAnnotations.GET, { params: { id: shared.id } }),
    'GET /api/articles/<other>/annotations': () => hit('reviewer1', routes.articleAnnotations.GET, { params: { id: other.id } }),
    'GET /api/articles/<id>/comments': () => hit('reviewer1', routes.articleComments.GET, { params: { id: shared.id } }),
    'GET /api/articles/<other>/comments': () => hit('reviewer1', routes.articleComments.GET, { params: { id: other.id } }),
    'GET /api/annotations/<own>/history': () => hit('reviewer1', routes.history.GET, { params: { id: own.id } }),
    // Credibility signals: the questionnaire and the article's answers (reviewer 1's own only).
    'GET /api/signals': () => hit('reviewer1', routes.signals.GET, { path: '/api/signals' }),
    'GET /api/articles/<id>/signals': () => hit('reviewer1', routes.articleSignals.GET, { params: { id: shared.id } }),
    'GET /api/articles/<other>/signals': () => hit('reviewer1', routes.articleSignals.GET, { params: { id: other.id } }),
    'GET /api/articles/<id>/consensus': () => hit('reviewer1', routes.consensus.GET, { params: { id: shared.id } }),
    'GET /api/articles/<id>/reviews': () => hit('reviewer1', routes.reviews.GET, { params: { id: shared.id } }),
    'GET /api/articles/<id>/export': () => hit('reviewer1', routes.articleExport.GET, { path: `/api/articles/${shared.id}/export?format=json`, params: { id: shared.id } }),
    'GET /api/exports': () => hit('reviewer1', routes.exports.GET, { path: '/api/exports?format=csv' }),
    'GET /annotations/': () => hit('reviewer1', routes.container.GET, { path: '/annotations/', headers: { accept: W3C } }),
    'GET /annotations/ minimal': () => hit('reviewer1', routes.container.GET, { path: '/annotations/', headers: { accept: W3C, prefer: 'return=representation;include="http://www.w3.org/ns/ldp#PreferMinimalContainer"' } }),
    'GET /annotations/?article=': () => hit('reviewer1', routes.container.GET, { path: `/annotations/?article=${shared.id}`, headers: { accept: W3C } }),
    'GET /annotations/?target=': () => hit('reviewer1', routes.container.GET, { path: `/annotations/?target=${encodeURIComponent(`${ORIGIN}/articles/${shared.id}`)}`, headers: { accept: W3C } }),
    'GET /annotations/?article=&page=0': () => hit('reviewer1', routes.container.GET, { path: `/annotations/?article=${shared.id}&page=0`, headers: { accept: W3C } }),
    'GET /annotations/?page=1 (absent)': () => hit('reviewer1', routes.container.GET, { path: '/annotations/?page=1', headers: { accept: W3C } }),
    'HEAD /annotations/': () => hit('reviewer1', routes.container.HEAD, { method: 'HEAD', path: '/annotations/', headers: { accept: W3C } }),
    'GET /annotations/<own>': () => hit('reviewer1', routes.webAnnotation.GET, { path: `/annotations/${own.id}`, params: { id: own.id }, headers: { accept: W3C } }),
    // Projects: their lists, counts and pages.
    'GET /api/projects': () => hit('reviewer1', routes.projects.GET, { path: '/api/projects' }),
    'GET /api/projects/<id>': () => hit('reviewer1', routes.project.GET, { params: { id: shared.projectId } }),
    'GET /api/projects/<id>/guidelines': () => hit('reviewer1', routes.projectGuidelines.GET, { params: { id: shared.projectId } }),
    'GET /api/projects/<id>/agreement': () => hit('reviewer1', routes.projectAgreement.GET, { params: { id: shared.projectId } }),
    'GET /api/articles?project=': () => hit('reviewer1', routes.articles.GET, { path: `/api/articles?project=${shared.projectId}` }),
    // Assignments: My work is the reviewer's own; the desk's list is refused whatever it holds.
    'GET /api/me/work': () => hit('reviewer1', routes.myWork.GET, { path: '/api/me/work' }),
    'GET /api/articles/<id>/assignments': () => hit('reviewer1', routes.assignments.GET, { params: { id: shared.id } }),
    // Notifications (and the bell's unread count in the same answer): only of the reviewer's own work.
    'GET /api/notifications': () => hit('reviewer1', routes.notifications.GET, { path: '/api/notifications?limit=100' }),
  };
  const answers: Record<string, string> = {};
  for (const [what, read] of Object.entries(reads)) {
    const answer = await read();
    answers[what] = `${answer.status} etag=${answer.headers.get('etag')} last-modified=${answer.headers.get('last-modified')}\n${answer.text}`;
  }
  as('reviewer1');
  // The pages' entry: requirePageActor('articles:read').
  const actor = authorize(database.actors.reviewer1, 'articles:read');
  answers['dashboard page data'] = JSON.stringify(await listArticles(actor, {}));
  answers['article page data'] = JSON.stringify([await getArticle(actor, shared.id), await listAnnotations(actor, shared.id), await findReviewSubmission(actor, shared.id)]);
  as(null);
  return answers;
}

describe('another reviewer drafting', () => {
  it('changes nothing reviewer 1 can read: every answer, ETag and time is byte-identical', async () => {
    const scene = await createScene();
    const { shared, other } = scene;
    const before = await readEverything(scene);
    // Reviewer 1's own item is there to be moved (drafting: they have annotated it).
    expect(before['GET /api/me/work']).toContain(`"id":"${shared.id}"`);
    expect(before['GET /api/me/work']).toContain('"status":"drafting"');
    const activity = await database.query('SELECT id, "lastActivityAt", "updatedAt" FROM "Article" ORDER BY id');

    // The desk assigns reviewer 2 the other article; reviewer 2 drafts on both articles through both APIs.
    expect((await hit('editor', routes.assignments.POST, { method: 'POST', params: { id: other.id }, body: { reviewerId: database.actors.reviewer2.id } })).status).toBe(201);
    const created = await annotate('reviewer2', shared, 'Customs figures');
    await annotate('reviewer2', other, 'more ships than ever');
    expect((await hit('reviewer2', routes.annotation.PATCH, { method: 'PATCH', params: { id: created.id }, body: { version: 1, label: 'unsupported', rationale: 'Not released.' } })).status).toBe(200);
    expect((await hit('reviewer2', routes.annotation.DELETE, { method: 'DELETE', params: { id: created.id }, path: `/api/annotations/${created.id}?version=2` })).status).toBe(204);
    expect((await hit('reviewer2', routes.restore.POST, { method: 'POST', params: { id: created.id } })).status).toBe(200);
    expect((await hit('reviewer2', routes.reattach.POST, { method: 'POST', params: { id: created.id }, body: { version: 4, ...spanOf(shared.text, 'have not been released') } })).status).toBe(200);
    const posted = await hit('reviewer2', routes.container.POST, { method: 'POST', path: '/annotations/', headers: { 'content-type': W3C, accept: W3C }, body: webAnnotationBody(shared, 'the rival port') });
    expect(posted.status, posted.text).toBe(201);
    const postedId = String((posted.body.id as string).split('/').at(-1));
    const put = await hit('reviewer2', routes.webAnnotation.PUT, { method: 'PUT', params: { id: postedId }, path: `/annotations/${postedId}`, headers: { 'content-type': W3C, accept: W3C, 'if-match': posted.headers.get('etag')! }, body: webAnnotationBody(shared, 'the rival port', 'unsupported') });
    expect(put.status, put.text).toBe(200);
    expect((await hit('reviewer2', routes.webAnnotation.DELETE, { method: 'DELETE', params: { id: postedId }, path: `/annotations/${postedId}` })).status).toBe(204);
    // Reviewer 2 answers the credibility signals on both articles, changes one and clears another.
    for (const article of [shared, other]) {
      const answered = await hit('reviewer2', routes.articleSignals.PUT, { method: 'PUT', params: { id: article.id }, body: { answers: { clickbait_title: 'yes', headline_represents_body: 'partly', sources_cited_count: 'one' } } });
      expect(answered.status, answered.text).toBe(200);
    }
    expect((await hit('reviewer2', routes.articleSignals.PUT, { method: 'PUT', params: { id: shared.id }, body: { answers: { clickbait_title: 'somewhat', sources_cited_count: null } } })).status).toBe(200);

    expect(await readEverything(scene)).toEqual(before);
    expect(await database.query('SELECT id, "lastActivityAt", "updatedAt" FROM "Article" ORDER BY id')).toEqual(activity);
  });

  it('is told apart from a submission, which everyone may know of (the check can see a change)', async () => {
    const scene = await createScene();
    // Reviewer 2's draft on the other article, which they submit.
    await annotate('reviewer2', scene.other, 'more ships than ever');
    const before = await readEverything(scene);
    expect((await hit('reviewer2', routes.submit.POST, { method: 'POST', params: { id: scene.other.id } })).status).toBe(201);
    const after = await readEverything(scene);
    expect(after['GET /api/articles']).not.toEqual(before['GET /api/articles']);
    // Still blind on the shared article: reviewer 1 has not submitted it, and reviewer 2's work there stays hidden.
    expect(after['GET /api/articles/<id>/annotations']).toEqual(before['GET /api/articles/<id>/annotations']);
    expect(after['GET /api/articles/<id>/signals']).toEqual(before['GET /api/articles/<id>/signals']);
  });
});

describe('the discussion among those who have submitted', () => {
  it('changes nothing reviewer 1, who has not submitted, can read', async () => {
    const scene = await createScene();
    const { shared } = scene;
    expect((await hit('reviewer2', routes.submit.POST, { method: 'POST', params: { id: shared.id } })).status).toBe(201);
    const before = await readEverything(scene);
    const activity = await database.query('SELECT id, "lastActivityAt", "updatedAt" FROM "Article" ORDER BY id');

    // Reviewer 2 (submitted) opens a thread on a passage mentioning reviewer 1; the editor replies and resolves it.
    const thread = await hit('reviewer2', routes.articleComments.POST, { method: 'POST', params: { id: shared.id }, body: { body: 'Ask @reviewer1@example.org about this', ...spanOf(shared.text, 'a relic of another age') } });
    expect(thread.status, thread.text).toBe(201);
    const threadId = (thread.body.comment as { id: string }).id;
    expect((await hit('reviewer2', routes.comment.PATCH, { method: 'PATCH', params: { id: threadId }, body: { version: 1, body: 'Ask @Rita Reviewer about this' } })).status).toBe(200);
    expect((await hit('editor', routes.articleComments.POST, { method: 'POST', params: { id: shared.id }, body: { body: 'Agreed', parentId: threadId } })).status).toBe(201);
    expect((await hit('editor', routes.comment.PATCH, { method: 'PATCH', params: { id: threadId }, body: { version: 2, resolved: true } })).status).toBe(200);
    expect((await hit('editor', routes.articleComments.POST, { method: 'POST', params: { id: scene.other.id }, body: { body: 'On the other article' } })).status).toBe(201);

    expect(await readEverything(scene)).toEqual(before);
    expect(await database.query('SELECT id, "lastActivityAt", "updatedAt" FROM "Article" ORDER BY id')).toEqual(activity);
    // The same reads do see it once reviewer 1 submits (the check can see a change).
    expect((await hit('reviewer1', routes.submit.POST, { method: 'POST', params: { id: shared.id } })).status).toBe(201);
    const seen = await hit('reviewer1', routes.articleComments.GET, { params: { id: shared.id } });
    expect((seen.body.comments as { body: string; mentions: string[] }[]).map((comment) => comment.body)).toEqual(['Ask @Rita Reviewer about this', 'Agreed']);
    expect((seen.body.comments as { mentions: string[] }[])[0]?.mentions).toEqual([database.actors.reviewer1.id]);
    // The mention that waited for the submission is delivered now, and only now.
    const notes = (await hit('reviewer1', routes.notifications.GET, { path: '/api/notifications?limit=100' })).body.notifications as { kind: string; article: { id: string } | null; actor: { id: string } | null }[];
    expect(notes.filter((note) => note.article?.id === shared.id && note.kind !== 'assigned').map((note) => [note.kind, note.actor?.id])).toEqual([['mention', database.actors.reviewer2.id]]);
  });
});

describe("another reviewer's annotation id", () => {
  let shared: Article;
  let own: { id: string; version: number };
  let hidden: string;
  let hiddenDeleted: string;

  beforeAll(async () => {
    ({ shared, own } = await createScene());
    hidden = (await annotate('reviewer2', shared, 'The port handled')).id;
    hiddenDeleted = (await annotate('reviewer2', shared, 'called the rival')).id;
    expect((await hit('reviewer2', routes.annotation.DELETE, { method: 'DELETE', params: { id: hiddenDeleted }, path: `/api/annotations/${hiddenDeleted}` })).status).toBe(204);
  });

  const calls: [string, (id: string) => Promise<Answer>][] = [
    ['GET /api/annotations/<id>/history', (id) => hit('reviewer1', routes.history.GET, { params: { id } })],
    ['PATCH /api/annotations/<id>', (id) => hit('reviewer1', routes.annotation.PATCH, { method: 'PATCH', params: { id }, body: { version: 1, label: 'opinion' } })],
    ['DELETE /api/annotations/<id>', (id) => hit('reviewer1', routes.annotation.DELETE, { method: 'DELETE', params: { id }, path: `/api/annotations/${id}?version=1` })],
    ['POST /api/annotations/<id>/restore', (id) => hit('reviewer1', routes.restore.POST, { method: 'POST', params: { id } })],
    ['POST /api/annotations/<id>/reattach', (id) => hit('reviewer1', routes.reattach.POST, { method: 'POST', params: { id }, body: { version: 1, ...spanOf(shared.text, 'Customs figures') } })],
    ['GET /annotations/<id>', (id) => hit('reviewer1', routes.webAnnotation.GET, { params: { id }, path: `/annotations/${id}`, headers: { accept: W3C } })],
    ['HEAD /annotations/<id>', (id) => hit('reviewer1', routes.webAnnotation.HEAD, { method: 'HEAD', params: { id }, path: `/annotations/${id}`, headers: { accept: W3C } })],
    ['PUT /annotations/<id>', (id) => hit('reviewer1', routes.webAnnotation.PUT, { method: 'PUT', params: { id }, path: `/annotations/${id}`, headers: { 'content-type': W3C, accept: W3C, 'if-match': '*' }, body: webAnnotationBody(shared, 'The port handled') })],
    ['DELETE /annotations/<id>', (id) => hit('reviewer1', routes.webAnnotation.DELETE, { method: 'DELETE', params: { id }, path: `/annotations/${id}` })],
  ];

  it.each(calls)('%s answers exactly as for an id that does not exist, and writes nothing', async (_what, call) => {
    const before = await database.snapshot();
    const absent = await call(ABSENT);
    expect(absent.status).toBe(404);
    for (const id of [hidden, hiddenDeleted]) {
      const answer = await call(id);
      expect({ status: answer.status, body: answer.text, type: answer.headers.get('content-type') }).toEqual({ status: absent.status, body: absent.text, type: absent.headers.get('content-type') });
    }
    expect(await database.snapshot()).toEqual(before);
  });

  it('is refused without waiting on the article lock another transaction holds, while the reviewer’s own edit waits for it', async () => {
    const holder = new pg.Client({ connectionString: database.url });
    await holder.connect();
    try {
      await holder.query('BEGIN');
      await holder.query('SELECT id FROM "Article" WHERE id = $1 FOR UPDATE', [shared.id]);
      let ownSettled = false;
      const ownEdit = hit('reviewer1', routes.annotation.PATCH, { method: 'PATCH', params: { id: own.id }, body: { version: own.version, rationale: 'Waited for the lock.' } }).finally(() => {
        ownSettled = true;
      });
      const blocked = Symbol('blocked');
      for (const [what, call] of calls) {
        const answer = await Promise.race([call(hidden), new Promise<typeof blocked>((resolve) => setTimeout(() => resolve(blocked), 4_000))]);
        expect(answer, `${what} waited on the lock`).not.toBe(blocked);
        expect((answer as Answer).status, what).toBe(404);
      }
      // Holding the lock, nothing can have let the reviewer's own edit through.
      expect(ownSettled).toBe(false);
      await holder.query('ROLLBACK');
      expect((await ownEdit).status).toBe(200);
    } finally {
      await holder.end();
    }
  });
});
