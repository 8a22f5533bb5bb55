// A submission is final and a published ruling stays put, on every write path:
// the workbench JSON API and the W3C Web Annotation Protocol container refuse
// a reviewer's annotation writes after they submit (409 review_submitted)
// until an editor reopens that review with a reason, and refuse everyone's
// writes, submissions, revisions, verdicts and review reopenings on a
// published article (409 article_published) — writing nothing, and leaving
// consensus, the review queue and the exports exactly as published.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { spanOf, webAnnotation } from '../support/annotation-bodies';
import { type Answer, type Json, ORIGIN, errorOf, routeClient } from '../support/route-client';
import { routes } from '../support/routes';
import { type DemoName, withSeededDatabase } from '../support/seeded-database';

vi.mock('@/lib/server/auth/cookie-session', () => import('../support/session'));
vi.hoisted(() => {
  delete process.env.NEXTAUTH_URL;
});


const database = withSeededDatabase();
const { annotate, hit, importArticle } = routeClient(database);

type Who = DemoName;
type Article = { id: string; text: string; title: string };

const PARAGRAPHS = [
  'The ministry said exports rose by nine percent last year.',
  'Critics called the figure a fantasy dreamt up for the campaign.',
  'No independent audit of the trade numbers has been published.',
  'Officials promised a full report before the end of the spring.',
];
const W3C = 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"';

const createArticle = (title: string): Promise<Article> => importArticle([title, ...PARAGRAPHS]);

const submit = (who: Who, article: Article, body?: unknown) => hit(who, routes.submit.POST, { method: 'POST', params: { id: article.id }, ...(body === undefined ? {} : { body }) });

/** What a W3C client POSTs or PUTs for the first occurrence of `exact` in the article. */
const webAnnotationBody = (article: Article, exact: string, label = 'opinion') => webAnnotation(`${ORIGIN}/articles/${article.id}`, article.text, exact, label);

async function etagOf(who: Who, annotationId: string): Promise<string> {
  const answer = await hit(who, routes.webAnnotation.GET, { path: `/annotations/${annotationId}`, params: { id: annotationId }, headers: { accept: W3C } });
  expect(answer.status, answer.text).toBe(200);
  return answer.headers.get('etag')!;
}

/**
 * Every annotation write `who` can attempt on `annotation` (theirs) and on the
 * article, through both APIs. `deleted` is one of theirs that is deleted (for restore).
 */
async function annotationWrites(who: Who, article: Article, annotation: { id: string; version: number }, deleted: { id: string }): Promise<[string, () => Promise<Answer>][]> {
  const etag = await etagOf(who, annotation.id);
  const at = { params: { id: annotation.id } };
  return [
    ['POST /api/articles/<id>/annotations', () => hit(who, routes.articleAnnotations.POST, { method: 'POST', params: { id: article.id }, body: { label: 'opinion', ...spanOf(article.text, 'a full report') } })],
    ['PATCH /api/annotations/<id>', () => hit(who, routes.annotation.PATCH, { method: 'PATCH', ...at, body: { version: annotation.version, label: 'unsupported' } })],
    ['DELETE /api/annotations/<id>', () => hit(who, routes.annotation.DELETE, { method: 'DELETE', ...at, path: `/api/annotations/${annotation.id}?version=${annotation.version}` })],
    ['POST /api/annotations/<id>/restore', () => hit(who, routes.restore.POST, { method: 'POST', params: { id: deleted.id } })],
    ['POST /api/annotations/<id>/reattach', () => hit(who, routes.reattach.POST, { method: 'POST', ...at, body: { version: annotation.version, ...spanOf(article.text, 'independent audit') } })],
    ['POST /annotations/', () => hit(who, routes.container.POST, { method: 'POST', path: '/annotations/', headers: { 'content-type': W3C, accept: W3C }, body: webAnnotationBody(article, 'the spring') })],
    ['PUT /annotations/<id> with If-Match', () => hit(who, routes.webAnnotation.PUT, { method: 'PUT', ...at, path: `/annotations/${annotation.id}`, headers: { 'content-type': W3C, accept: W3C, 'if-match': etag }, body: webAnnotationBody(article, PARAGRAPHS[0]!.slice(0, 20), 'unsupported') })],
    ['PUT /annotations/<id> without If-Match', () => hit(who, routes.webAnnotation.PUT, { method: 'PUT', ...at, path: `/annotations/${annotation.id}`, headers: { 'content-type': W3C, accept: W3C }, body: webAnnotationBody(article, PARAGRAPHS[0]!.slice(0, 20), 'unsupported') })],
    ['DELETE /annotations/<id>', () => hit(who, routes.webAnnotation.DELETE, { method: 'DELETE', ...at, path: `/annotations/${annotation.id}`, headers: { 'if-match': etag } })],
  ];
}

async function expectRefusedAll(writes: [string, () => Promise<Answer>][], code: string, message: RegExp): Promise<void> {
  for (const [what, write] of writes) {
    const before = await database.snapshot();
    const answer = await write();
    expect(answer.status, `${what}: ${answer.text}`).toBe(409);
    expect(errorOf(answer), what).toMatchObject({ code });
    expect(errorOf(answer).message, what).toMatch(message);
    expect(await database.snapshot(), `${what} wrote something`).toEqual(before);
  }
}

/** The record without the keys that may legitimately change (a token's call log and last use, a computation time). */
function without<T extends Record<string, unknown>>(record: T, ...keys: string[]): Partial<T> {
  return Object.fromEntries(Object.entries(record).filter(([key]) => !keys.includes(key))) as Partial<T>;
}

const FINAL = /You submitted your review of this article; it is final\. Ask an editor to reopen your review/;
const FROZEN = /This article's verdicts are published; its annotations are frozen until an editor reopens it\./;

describe('an empty submission', () => {
  it('is refused unless the reviewer says they found nothing (409 empty_review), writing nothing', async () => {
    const article = await createArticle('Empty review article');
    const before = await database.snapshot();
    const refused = await submit('reviewer3', article);
    expect(refused.status).toBe(409);
    expect(errorOf(refused)).toMatchObject({ code: 'empty_review' });
    expect(errorOf(refused).message).toMatch(/You have not marked any passage\. Submit an empty review only if you found nothing to label/);
    expect(await database.snapshot()).toEqual(before);
    // A deleted annotation does not make a review non-empty.
    const gone = await annotate('reviewer3', article, 'exports rose');
    expect((await hit('reviewer3', routes.annotation.DELETE, { method: 'DELETE', params: { id: gone.id }, path: `/api/annotations/${gone.id}?version=1` })).status).toBe(204);
    expect(errorOf(await submit('reviewer3', article, { empty: false }))).toMatchObject({ code: 'empty_review' });
    expect((await submit('reviewer3', article, { empty: 'yes' })).status).toBe(400);
  });

  it('with {empty: true} counts as a submitted reviewer with no votes, and is final like any other', async () => {
    const article = await createArticle('Confirmed empty review article');
    await annotate('reviewer1', article, 'exports rose by nine percent');
    expect((await submit('reviewer1', article)).status).toBe(201);
    const empty = await submit('reviewer2', article, { empty: true });
    expect(empty.status, empty.text).toBe(201);
    expect(empty.body.submission).toMatchObject({ alreadySubmitted: false, empty: true });
    const consensus = await hit('editor', routes.consensus.GET, { params: { id: article.id } });
    expect((consensus.body.reviewers as { id: string }[]).map((reviewer) => reviewer.id).sort()).toEqual([database.actors.reviewer1.id, database.actors.reviewer2.id].sort());
    // One of two reviewers marked the passage: a single reviewer's passage, not agreed.
    expect((consensus.body.passages as { state: string; support: number }[]).map((passage) => passage.state)).toEqual(['single']);
    const created = await hit('reviewer2', routes.articleAnnotations.POST, { method: 'POST', params: { id: article.id }, body: { label: 'claim', ...spanOf(article.text, 'exports rose') } });
    expect(created.status).toBe(409);
    expect(errorOf(created)).toMatchObject({ code: 'review_submitted' });
  });
});

/** An article reviewer 1 annotated (one annotation deleted) and submitted; reviewer 2 is still drafting. */
async function submittedReview() {
  const article = await createArticle('Final review article');
  const mine = await annotate('reviewer1', article, 'exports rose by nine percent');
  const deleted = await annotate('reviewer1', article, 'Critics called the figure');
  expect((await hit('reviewer1', routes.annotation.DELETE, { method: 'DELETE', params: { id: deleted.id }, path: `/api/annotations/${deleted.id}?version=1` })).status).toBe(204);
  await annotate('reviewer2', article, 'exports rose by nine percent', 'opinion');
  expect((await submit('reviewer1', article)).status).toBe(201);
  return { article, mine, deleted };
}

const reopenReview = (who: Who | null, article: Article, reviewerId: string, body: unknown) =>
  hit(who, routes.reopenReview.POST, { method: 'POST', params: { id: article.id, reviewerId }, body });

describe('a submitted review is final', () => {
  let article: Article;
  let mine: { id: string; version: number };
  let deleted: { id: string; version: number };

  beforeAll(async () => {
    ({ article, mine, deleted } = await submittedReview());
  });

  it('refuses every annotation write of the reviewer, through both APIs, with 409 review_submitted, writing nothing', async () => {
    await expectRefusedAll(await annotationWrites('reviewer1', article, mine, deleted), 'review_submitted', FINAL);
  });

  it('does not stop another reviewer who has not submitted', async () => {
    const theirs = await annotate('reviewer2', article, 'independent audit');
    expect((await hit('reviewer2', routes.annotation.PATCH, { method: 'PATCH', params: { id: theirs.id }, body: { version: 1, label: 'unsupported' } })).status).toBe(200);
  });

  it('records the submission in the review history', async () => {
    const events = await database.query<{ action: string; actorId: string }>('SELECT action::text, "actorId" FROM "ReviewEvent" WHERE "articleId" = $1 AND "reviewerId" = $2 ORDER BY id', [article.id, database.actors.reviewer1.id]);
    expect(events).toEqual([{ action: 'submit', actorId: database.actors.reviewer1.id }]);
  });

  describe('reopening a review', () => {
    const reopen = (who: Who | null, reviewerId: string, body: unknown, articleId = article.id) => reopenReview(who, { ...article, id: articleId }, reviewerId, body);

    it.each([
      ['anonymous', null, (): string => database.actors.reviewer1.id, { reason: 'x' }, 401, /Sign in/],
      ['by a reviewer', 'reviewer2', (): string => database.actors.reviewer1.id, { reason: 'x' }, 403, /role/],
      ['without a reason', 'editor', (): string => database.actors.reviewer1.id, {}, 400, /reason/i],
      ['with a blank reason', 'editor', (): string => database.actors.reviewer1.id, { reason: '   \n ' }, 400, /Say why/],
      ['with a reason of 2,001 characters', 'editor', (): string => database.actors.reviewer1.id, { reason: 'x'.repeat(2_001) }, 400, /too long/],
      ['with unknown fields', 'editor', (): string => database.actors.reviewer1.id, { reason: 'ok', force: true }, 400, /force|Unrecognized/i],
      ['of an unknown reviewer', 'editor', (): string => '6f1c2a57-0000-4000-8000-000000000000', { reason: 'x' }, 404, /No reviewer/],
      ['of a malformed reviewer id', 'editor', (): string => "1' OR 1=1", { reason: 'x' }, 404, /No reviewer/],
      ['of a reviewer who has not submitted', 'editor', (): string => database.actors.reviewer3.id, { reason: 'x' }, 409, /has not submitted/],
    ] as const)('is refused %s, writing nothing', async (_what, who, reviewerId, body, status, message) => {
      const before = await database.snapshot();
      const answer = await reopen(who, reviewerId(), body);
      expect(answer.status, answer.text).toBe(status);
      expect(errorOf(answer).message).toMatch(message);
      expect(await database.snapshot()).toEqual(before);
    });

    it('is refused on an unknown article (404) and to an API token (403)', async () => {
      expect((await reopen('editor', database.actors.reviewer1.id, { reason: 'x' }, '6f1c2a57-0000-4000-8000-000000000000')).status).toBe(404);
      const made = await hit('admin', routes.tokens.POST, { method: 'POST', body: { name: 'Desk robot', scopes: ['read:exports', 'write:annotations'], userId: database.actors.editor.id } });
      const secret = made.body.secret as string;
      const before = await database.snapshot();
      const byToken = await hit(null, routes.reopenReview.POST, { method: 'POST', params: { id: article.id, reviewerId: database.actors.reviewer1.id }, body: { reason: 'x' }, headers: { authorization: `Bearer ${secret}` } });
      expect(byToken.status).toBe(403);
      expect(without(await database.snapshot(), 'ApiCall', 'ApiToken')).toEqual(without(before, 'ApiCall', 'ApiToken'));
      // The token may read the desk's review list (read:exports), like consensus.
      expect((await hit(null, routes.reviews.GET, { params: { id: article.id }, headers: { authorization: `Bearer ${secret}` } })).status).toBe(200);
    });

    it('takes the review back to drafting with the reason recorded: the reviewer may write again, is blind again and leaves the consensus', async () => {
      const { article, mine } = await submittedReview();
      const answer = await reopenReview('editor', article, database.actors.reviewer1.id, { reason: '  Marked the wrong passage; asked to fix it.  ' });
      expect(answer.status, answer.text).toBe(200);
      const review = answer.body.review as Json;
      expect(review).toMatchObject({ reviewer: { id: database.actors.reviewer1.id }, status: 'reopened', submittedAt: null, annotations: 1 });
      expect((review.history as Json[]).map((event) => [event.action, (event.actor as Json).name, event.reason])).toEqual([
        ['submit', database.actors.reviewer1.name, ''],
        ['reopen', database.actors.editor.name, 'Marked the wrong passage; asked to fix it.'],
      ]);
      expect(await database.query('SELECT 1 FROM "ReviewSubmission" WHERE "articleId" = $1 AND "reviewerId" = $2', [article.id, database.actors.reviewer1.id])).toHaveLength(0);

      const consensus = await hit('editor', routes.consensus.GET, { params: { id: article.id } });
      expect(consensus.body.reviewers).toEqual([]);
      const listed = await hit('reviewer1', routes.articleAnnotations.GET, { params: { id: article.id } });
      expect((listed.body.annotations as { mine: boolean }[]).every((annotation) => annotation.mine)).toBe(true);

      const edited = await hit('reviewer1', routes.annotation.PATCH, { method: 'PATCH', params: { id: mine.id }, body: { version: mine.version, label: 'unsupported' } });
      expect(edited.status, edited.text).toBe(200);
      expect((await reopenReview('editor', article, database.actors.reviewer1.id, { reason: 'again' })).status).toBe(409);
    });

    it('lists every review with its status, time and history for the desk only; a second submission is final again', async () => {
      const { article, mine } = await submittedReview();
      expect((await reopenReview('editor', article, database.actors.reviewer1.id, { reason: 'Marked the wrong passage; asked to fix it.' })).status).toBe(200);
      expect((await hit('reviewer1', routes.reviews.GET, { params: { id: article.id } })).status).toBe(403);
      expect((await hit('editor', routes.reviews.GET, { params: { id: '6f1c2a57-0000-4000-8000-000000000000' } })).status).toBe(404);
      const statuses = async () => {
        const answer = await hit('editor', routes.reviews.GET, { params: { id: article.id } });
        expect(answer.status).toBe(200);
        return Object.fromEntries((answer.body.reviews as { reviewer: { name: string }; status: string; submittedAt: string | null }[]).map((review) => [review.reviewer.name, [review.status, review.submittedAt !== null]]));
      };
      expect(await statuses()).toEqual({ [database.actors.reviewer1.name]: ['reopened', false], [database.actors.reviewer2.name]: ['drafting', false] });
      expect((await submit('reviewer1', article)).status).toBe(201);
      expect(await statuses()).toEqual({ [database.actors.reviewer1.name]: ['submitted', true], [database.actors.reviewer2.name]: ['drafting', false] });
      const events = await database.query<{ action: string }>('SELECT action::text FROM "ReviewEvent" WHERE "articleId" = $1 AND "reviewerId" = $2 ORDER BY id', [article.id, database.actors.reviewer1.id]);
      expect(events.map((event) => event.action)).toEqual(['submit', 'reopen', 'submit']);
      const refused = await hit('reviewer1', routes.annotation.PATCH, { method: 'PATCH', params: { id: mine.id }, body: { version: mine.version, label: 'claim' } });
      expect(errorOf(refused)).toMatchObject({ code: 'review_submitted' });
    });
  });
});

/**
 * A published article: reviewers 1 and 2 submitted (each with a deleted annotation too), reviewer 3
 * and the editor left drafts, the first passage has a verdict; and a write:annotations token of reviewer 3's.
 */
async function publishedArticle(title: string) {
  const article = await createArticle(title);
  const drafts: Partial<Record<Who, { id: string; version: number }>> = {};
  const deletedDrafts: Partial<Record<Who, { id: string; version: number }>> = {};
  for (const who of ['reviewer1', 'reviewer2'] as const) {
    drafts[who] = await annotate(who, article, 'exports rose by nine percent', 'unsupported');
    deletedDrafts[who] = await annotate(who, article, 'Critics called the figure', 'opinion');
    expect((await hit(who, routes.annotation.DELETE, { method: 'DELETE', params: { id: deletedDrafts[who]!.id }, path: `/api/annotations/${deletedDrafts[who]!.id}?version=1` })).status).toBe(204);
    expect((await submit(who, article)).status).toBe(201);
  }
  // reviewer3 and the editor have drafts they never submitted.
  for (const who of ['reviewer3', 'editor'] as const) {
    drafts[who] = await annotate(who, article, 'No independent audit', 'claim');
    deletedDrafts[who] = await annotate(who, article, 'Officials promised', 'claim');
    expect((await hit(who, routes.annotation.DELETE, { method: 'DELETE', params: { id: deletedDrafts[who]!.id }, path: `/api/annotations/${deletedDrafts[who]!.id}?version=1` })).status).toBe(204);
  }
  const consensus = await hit('editor', routes.consensus.GET, { params: { id: article.id } });
  const passageId = (consensus.body.passages as { id: string }[])[0]!.id;
  const ruled = await hit('editor', routes.verdict.POST, { method: 'POST', params: { id: article.id, passageId }, body: { label: 'unsupported', rating: 'false', explanation: 'No data supports the nine percent.' } });
  expect(ruled.status, ruled.text).toBe(201);
  const published = await hit('editor', routes.publish.POST, { method: 'POST', params: { id: article.id } });
  expect(published.status, published.text).toBe(200);
  const made = await hit('admin', routes.tokens.POST, { method: 'POST', body: { name: 'Newsroom writer', scopes: ['write:annotations'], userId: database.actors.reviewer3.id } });
  return { article, drafts, deletedDrafts, passageId, secret: made.body.secret as string };
}

describe('a published article is frozen', () => {
  const readPublished = async (article: Article) => {
    const consensus = await hit('editor', routes.consensus.GET, { params: { id: article.id } });
    const stable = without(consensus.body, 'computedAt');
    const queue = await hit('editor', routes.reviewQueue.GET, { path: `/api/review-queue?status=published&q=${encodeURIComponent(article.title)}` });
    const exported = async (format: string) => (await hit('editor', routes.articleExport.GET, { path: `/api/articles/${article.id}/export?format=${format}`, params: { id: article.id } })).text;
    const reviews = await hit('editor', routes.reviews.GET, { params: { id: article.id } });
    return {
      consensus: stable,
      queue: queue.body,
      annotationsCsv: await exported('csv'),
      passagesCsv: await exported('passages.csv'),
      json: (await exported('json')).replace(/"generatedAt":"[^"]*"/, ''),
      claimReview: await exported('claimreview'),
      reviews: reviews.body,
    };
  };

  it('refuses every write, as a reviewer (submitted or not), an editor and a token, leaving consensus, queue and exports as published', async () => {
    const { article, drafts, deletedDrafts, passageId, secret } = await publishedArticle('Published ruling article');
    const before = await readPublished(article);
    expect((before.queue.articles as unknown[]).length).toBe(1);
    expect(before.annotationsCsv.split('\n').length).toBeGreaterThan(2);
    const snapshot = await database.snapshot();

    for (const who of ['reviewer1', 'reviewer3', 'editor'] as const) {
      await expectRefusedAll(await annotationWrites(who, article, drafts[who]!, deletedDrafts[who]!), 'article_published', FROZEN);
    }
    const tokenCreate = await hit(null, routes.articleAnnotations.POST, { method: 'POST', params: { id: article.id }, headers: { authorization: `Bearer ${secret}` }, body: { label: 'claim', ...spanOf(article.text, 'a full report') } });
    expect(errorOf(tokenCreate)).toMatchObject({ code: 'article_published' });

    const others: [string, () => Promise<Answer>, RegExp][] = [
      ['a review submission', () => submit('reviewer3', article, { empty: true }), /reviews cannot be submitted/],
      ['a repeated submission', () => submit('reviewer1', article), /reviews cannot be submitted/],
      ['a text revision', () => hit('editor', routes.articleText.PUT, { method: 'PUT', params: { id: article.id }, body: { text: `${article.text}\nA late correction.` } }), /text cannot be revised/],
      ['a verdict change', () => hit('editor', routes.verdict.POST, { method: 'POST', params: { id: article.id, passageId }, body: { label: 'claim', rating: 'true', explanation: 'Changed my mind.', version: 1 } }), /they cannot be changed/],
      ['a review reopening', () => hit('editor', routes.reopenReview.POST, { method: 'POST', params: { id: article.id, reviewerId: database.actors.reviewer1.id }, body: { reason: 'Second thoughts' } }), /reopened/],
    ];
    for (const [what, write, message] of others) {
      const answer = await write();
      expect(answer.status, `${what}: ${answer.text}`).toBe(409);
      expect(errorOf(answer), what).toMatchObject({ code: 'article_published' });
      expect(errorOf(answer).message, what).toMatch(message);
    }

    // The token's own call log and last-use time are the only rows a refused call may touch.
    expect(without(await database.snapshot(), 'ApiCall', 'ApiToken')).toEqual(without(snapshot, 'ApiCall', 'ApiToken'));
    expect(await readPublished(article)).toEqual(before);
  });

  it('thaws when an editor reopens the article', async () => {
    const { article, drafts } = await publishedArticle('Reopened ruling article');
    const reopened = await hit('editor', routes.reopenArticle.POST, { method: 'POST', params: { id: article.id }, body: { reason: 'A correction came in.' } });
    expect(reopened.status, reopened.text).toBe(200);
    const created = await hit('reviewer3', routes.articleAnnotations.POST, { method: 'POST', params: { id: article.id }, body: { label: 'claim', ...spanOf(article.text, 'a full report') } });
    expect(created.status, created.text).toBe(201);
    // Reviewer 1's review is still submitted, so still final.
    expect(errorOf(await hit('reviewer1', routes.annotation.PATCH, { method: 'PATCH', params: { id: drafts.reviewer1!.id }, body: { version: drafts.reviewer1!.version, label: 'claim' } }))).toMatchObject({ code: 'review_submitted' });
  });
});
