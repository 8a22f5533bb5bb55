// Article credibility signals (issue 15): the questionnaire (an admin's to
// change; an answered signal's scale is refused, not versioned), reviewers'
// answers under the annotations' freeze and blind rules, refusals that write
// nothing, and the per-signal consensus the desk reads, over submitted reviewers only.
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { describe, expect, it, vi } from 'vitest';
import { EXPORT_JSON_SCHEMA } from '@/lib/exports/export-json-schema';
import { errorOf, routeClient } from '../support/route-client';
import { routes } from '../support/routes';
import { type DemoName, withSeededDatabase } from '../support/seeded-database';

vi.mock('@/lib/server/auth/cookie-session', () => import('../support/session'));
vi.hoisted(() => {
  delete process.env.NEXTAUTH_URL;
});

const database = withSeededDatabase();
const { annotate, hit, importArticle } = routeClient(database);

type Article = { id: string; text: string; title: string };
const PARAGRAPHS = ['Russian troops were seen near the border, a report said.', 'Their presence might not be as overt as the headline claims.'];
const createArticle = (title: string): Promise<Article> => importArticle([title, ...PARAGRAPHS]);

const put = (who: DemoName, article: Article, body: unknown) => hit(who, routes.articleSignals.PUT, { method: 'PUT', params: { id: article.id }, body });
const read = (who: DemoName, article: Article) => hit(who, routes.articleSignals.GET, { params: { id: article.id } });
const submit = async (who: DemoName, article: Article) => {
  await annotate(who, article, 'Russian troops');
  const answer = await hit(who, routes.submit.POST, { method: 'POST', params: { id: article.id } });
  expect(answer.status, answer.text).toBe(201);
};

describe('GET /api/signals', () => {
  it('gives every signed-in member the seeded Credibility Coalition questionnaire, in order', async () => {
    const answer = await hit('reviewer1', routes.signals.GET, { path: '/api/signals' });
    expect(answer.status).toBe(200);
    const signals = answer.body.signals as { key: string; scale: string; options: { value: string }[] }[];
    expect(signals.map((signal) => [signal.key, signal.scale])).toEqual([
      ['headline_represents_body', 'ordinal'],
      ['clickbait_title', 'ordinal'],
      ['sources_cited_count', 'count'],
      ['sources_cited_kind', 'nominal'],
    ]);
    expect(signals[0]!.options.map((option) => option.value)).toEqual(['not_at_all', 'partly', 'fully']);
    expect((await hit(null, routes.signals.GET, { path: '/api/signals' })).status).toBe(401);
  });
});

describe('PUT /api/articles/<id>/signals', () => {
  it("stores the reviewer's answers, clears one with null, and moves no activity time", async () => {
    const article = await createArticle('Russian Troops In Iran');
    const [before] = await database.query('SELECT "lastActivityAt", "updatedAt" FROM "Article" WHERE id = $1', [article.id]);
    const saved = await put('reviewer1', article, { answers: { headline_represents_body: 'partly', clickbait_title: 'yes' } });
    expect(saved.status, saved.text).toBe(200);
    expect(saved.body.answers).toEqual({ headline_represents_body: 'partly', clickbait_title: 'yes' });
    const cleared = await put('reviewer1', article, { answers: { clickbait_title: null, sources_cited_kind: 'officials' } });
    expect(cleared.body.answers).toEqual({ headline_represents_body: 'partly', sources_cited_kind: 'officials' });
    expect((await read('reviewer1', article)).body).toMatchObject({ answers: { headline_represents_body: 'partly', sources_cited_kind: 'officials' }, others: null });
    expect(await database.query('SELECT "lastActivityAt", "updatedAt" FROM "Article" WHERE id = $1', [article.id])).toEqual([before]);
  });

  it('refuses bad input with a 400 that names the field, writing nothing', async () => {
    const article = await createArticle('Signals refusals');
    await put('reviewer1', article, { answers: { clickbait_title: 'no' } });
    const cases: [string, unknown, RegExp][] = [
      ['an unknown key', { answers: { clickbait_title: 'yes', made_up: 'yes' } }, /made_up.*no active signal/],
      ['a value not among the options', { answers: { headline_represents_body: 'mostly' } }, /"mostly" is not one of not_at_all, partly, fully/],
      ['a number for a value', { answers: { clickbait_title: 3 } }, /answers/],
      ['no answers object', { clickbait_title: 'yes' }, /answers|Unrecognized/],
      ['an empty string', { answers: { clickbait_title: '' } }, /answers/],
    ];
    for (const [what, body, message] of cases) {
      const before = await database.snapshot();
      const answer = await put('reviewer1', article, body);
      expect(answer.status, what).toBe(400);
      expect(errorOf(answer).message, what).toMatch(message);
      expect(await database.snapshot(), what).toEqual(before);
    }
    expect((await read('reviewer1', article)).body.answers).toEqual({ clickbait_title: 'no' });
  });

  it('follows the freeze rules of annotations: submitted 409, published 409, assigned-only 403 — writing nothing', async () => {
    const submitted = await createArticle('Signals after submitting');
    await put('reviewer1', submitted, { answers: { clickbait_title: 'no' } });
    await submit('reviewer1', submitted);
    const published = await createArticle('Signals on a published article');
    await database.query(`UPDATE "Article" SET status = 'published', "verdictsPublishedAt" = now(), "verdictsPublishedById" = $2 WHERE id = $1`, [published.id, database.actors.editor.id]);
    const closed = await createArticle('Signals for the assigned only');
    expect((await hit('editor', routes.assignedOnly.POST, { method: 'POST', params: { id: closed.id }, body: { assignedOnly: true } })).status).toBe(200);

    const cases: [string, DemoName, Article, number, string][] = [
      ['after submitting', 'reviewer1', submitted, 409, 'review_submitted'],
      ['on a published article', 'reviewer2', published, 409, 'article_published'],
      ['on a published article, the editor', 'editor', published, 409, 'article_published'],
      ['unassigned on an assigned-only article', 'reviewer2', closed, 403, 'forbidden'],
    ];
    for (const [what, who, article, status, code] of cases) {
      const before = await database.snapshot();
      const answer = await put(who, article, { answers: { clickbait_title: 'yes' } });
      expect(answer.status, `${what}: ${answer.text}`).toBe(status);
      expect(errorOf(answer).code, what).toBe(code);
      expect(await database.snapshot(), what).toEqual(before);
    }
    // An editor reopening the review lets the reviewer change answers again.
    const reopened = await hit('editor', routes.reopenReview.POST, { method: 'POST', params: { id: submitted.id, reviewerId: database.actors.reviewer1.id }, body: { reason: 'Recheck the title' } });
    expect(reopened.status, reopened.text).toBe(200);
    expect((await put('reviewer1', submitted, { answers: { clickbait_title: 'somewhat' } })).status).toBe(200);
  });

  it("is blind: others' answers appear only to the desk and to a reviewer who has submitted", async () => {
    const article = await createArticle('Signals blind');
    await put('reviewer1', article, { answers: { clickbait_title: 'no' } });
    await put('reviewer2', article, { answers: { clickbait_title: 'yes' } });
    expect((await read('reviewer1', article)).body).toMatchObject({ answers: { clickbait_title: 'no' }, others: null });
    expect((await read('reviewer1', article)).text).not.toContain(database.actors.reviewer2.id);
    const desk = (await read('editor', article)).body.others as { reviewer: { id: string }; submitted: boolean; answers: Record<string, string> }[];
    expect(desk.map((entry) => [entry.reviewer.id, entry.answers.clickbait_title, entry.submitted]).sort()).toEqual(
      [
        [database.actors.reviewer1.id, 'no', false],
        [database.actors.reviewer2.id, 'yes', false],
      ].sort(),
    );
    await submit('reviewer1', article);
    expect(((await read('reviewer1', article)).body.others as unknown[]).length).toBe(2);
  });
});

describe('the consensus JSON', () => {
  it('gives per-signal distribution, consensus, median and a project-pooled alpha over submitted reviewers only', async () => {
    const article = await createArticle('Signals consensus');
    await put('reviewer1', article, { answers: { headline_represents_body: 'not_at_all', sources_cited_kind: 'officials' } });
    await put('reviewer2', article, { answers: { headline_represents_body: 'partly', sources_cited_kind: 'anonymous' } });
    // Reviewer 3's draft does not count.
    await put('reviewer3', article, { answers: { headline_represents_body: 'fully' } });
    await submit('reviewer1', article);
    await submit('reviewer2', article);

    const answer = await hit('editor', routes.consensus.GET, { params: { id: article.id } });
    expect(answer.status, answer.text).toBe(200);
    const signals = answer.body.signals as Record<string, { question: string; scale: string; answers: number; distribution: { value: string; count: number }[]; consensus: string | null; median?: string | null; alpha: { value: number | null; scope: string; metric: string }; interval: unknown }>;
    const headline = signals.headline_represents_body!;
    expect(headline).toMatchObject({ scale: 'ordinal', answers: 2, consensus: null, median: 'not_at_all' });
    expect(headline.question).toMatch(/headline/);
    expect(headline.distribution.map((entry) => entry.count)).toEqual([1, 1, 0]);
    expect(headline.alpha).toMatchObject({ scope: 'project', metric: 'ordinal' });
    expect(signals.sources_cited_kind).toMatchObject({ scale: 'nominal', answers: 2, consensus: null });
    expect(signals.sources_cited_kind).not.toHaveProperty('median');
    expect(signals.clickbait_title).toMatchObject({ answers: 0, consensus: null, median: null, interval: null });
    expect(signals.clickbait_title!.alpha.value).toBeNull();
    // The JSON export carries the same per-article figures (alpha is the consensus view's: it is pooled over the project).
    const exported = await hit('editor', routes.articleExport.GET, { path: `/api/articles/${article.id}/export?format=json`, params: { id: article.id } });
    expect(exported.status, exported.text).toBe(200);
    const [entry] = (JSON.parse(exported.text) as { articles: { signals: Record<string, { answers: number; consensus: string | null; median?: string | null; distribution: { count: number }[] }> }[] }).articles;
    expect(entry!.signals.headline_represents_body).toMatchObject({ answers: 2, consensus: null, median: 'not_at_all' });
    expect(entry!.signals.headline_represents_body!.distribution.map((item) => item.count)).toEqual([1, 1, 0]);
    const ajv = new Ajv2020({ allErrors: true });
    addFormats(ajv);
    const validate = ajv.compile(EXPORT_JSON_SCHEMA);
    expect(validate(JSON.parse(exported.text)), JSON.stringify(validate.errors)).toBe(true);
    // A reviewer never reads the consensus.
    expect((await hit('reviewer1', routes.consensus.GET, { params: { id: article.id } })).status).toBe(403);
  });
});

describe('the questionnaire, configured by an admin', () => {
  it('adds, rewords and deactivates signals; refuses a new scale once answered; only admins', async () => {
    const body = { key: 'author_named', question: 'Is the author named?', scale: 'nominal', options: [{ value: 'yes', label: 'Yes' }, { value: 'no', label: 'No' }] };
    for (const who of ['reviewer1', 'editor'] as const) {
      const before = await database.snapshot();
      expect((await hit(who, routes.signals.POST, { method: 'POST', path: '/api/signals', body })).status).toBe(403);
      expect(await database.snapshot()).toEqual(before);
    }
    const created = await hit('admin', routes.signals.POST, { method: 'POST', path: '/api/signals', body });
    expect(created.status, created.text).toBe(201);
    expect(created.headers.get('location')).toBe('/api/signals/author_named');
    expect((await hit('admin', routes.signals.POST, { method: 'POST', path: '/api/signals', body })).status).toBe(409);
    const badOptions = await hit('admin', routes.signals.POST, { method: 'POST', path: '/api/signals', body: { ...body, key: 'other', options: [{ value: 'yes', label: 'Yes' }] } });
    expect(badOptions.status).toBe(400);

    const article = await createArticle('Signals configuration');
    expect((await put('reviewer1', article, { answers: { author_named: 'yes' } })).status).toBe(200);
    const patch = (payload: unknown) => hit('admin', routes.signal.PATCH, { method: 'PATCH', params: { key: 'author_named' }, body: payload });
    const before = await database.snapshot();
    const refused = await patch({ options: [{ value: 'yes', label: 'Yes' }, { value: 'partly', label: 'Partly' }, { value: 'no', label: 'No' }] });
    expect(refused.status).toBe(409);
    expect(errorOf(refused).message).toMatch(/Deactivate it and add a new signal/);
    expect(await database.snapshot()).toEqual(before);
    expect((await patch({ question: 'Does the article name its author?' })).body.signal).toMatchObject({ question: 'Does the article name its author?' });
    expect((await hit('admin', routes.signal.PATCH, { method: 'PATCH', params: { key: 'no_such_signal' }, body: { active: false } })).status).toBe(404);
    expect((await patch({ active: false })).status).toBe(200);
    const listed = (await hit('reviewer1', routes.signals.GET, { path: '/api/signals' })).body.signals as { key: string }[];
    expect(listed.map((signal) => signal.key)).not.toContain('author_named');
    expect(((await hit('admin', routes.signals.GET, { path: '/api/signals' })).body.signals as { key: string }[]).map((signal) => signal.key)).toContain('author_named');
    expect((await put('reviewer1', article, { answers: { author_named: 'no' } })).status).toBe(400);
  });
});
