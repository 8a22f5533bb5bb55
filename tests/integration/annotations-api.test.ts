// The reviewer's workflow through the real route handlers on PostgreSQL:
// exact spans, blind review, history, concurrency, soft delete, revisions and
// re-anchoring — and forged requests that must change nothing.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Actor } from '@/lib/server/actor';
import { type Json, call } from '../support/route-calls';
import { type SeededDatabase, setUpSeededDatabase } from '../support/seeded-database';

const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock('@/lib/server/session', () => ({ getActor: async () => session.actor }));

const articleAnnotations = await import('@/app/api/articles/[id]/annotations/route');
const annotationRoute = await import('@/app/api/annotations/[id]/route');
const restoreRoute = await import('@/app/api/annotations/[id]/restore/route');
const historyRoute = await import('@/app/api/annotations/[id]/history/route');
const reattachRoute = await import('@/app/api/annotations/[id]/reattach/route');
const submitRoute = await import('@/app/api/articles/[id]/submit/route');
const textRoute = await import('@/app/api/articles/[id]/text/route');

let database: SeededDatabase;
let articleId: string;
let text: string;

beforeAll(async () => {
  database = await setUpSeededDatabase();
  ({ id: articleId, text } = await database.sampleArticle());
});
afterAll(async () => database?.teardown());
beforeEach(() => {
  session.actor = null;
});

const as = (name: keyof SeededDatabase['actors']) => {
  session.actor = database.actors[name];
};
const context = (id: string) => ({ params: Promise.resolve({ id }) });
const jsonRequest = (method: string, body: unknown, url = 'http://localhost:3000/api/x') =>
  new Request(url, { method, body: typeof body === 'string' ? body : JSON.stringify(body), headers: { 'content-type': 'application/json', host: 'localhost:3000' } });

const span = (quote: string, from = 0) => {
  const start = text.indexOf(quote, from);
  if (start < 0) throw new Error(`not in the sample: ${quote}`);
  return { start, end: start + quote.length, exact: quote };
};
const create = (body: unknown, id = articleId) => call(articleAnnotations.POST(jsonRequest('POST', body), context(id)));
const list = async (id = articleId) => (await call(articleAnnotations.GET(new Request('http://localhost:3000/x'), context(id)))).body.annotations as Json[];
const patch = (id: string, body: unknown) => call(annotationRoute.PATCH(jsonRequest('PATCH', body), context(id)));
const remove = (id: string, query = '') => call(annotationRoute.DELETE(new Request(`http://localhost:3000/api/annotations/${id}${query}`, { method: 'DELETE' }), context(id)));

const HEADLINE = 'Russian Troops In Iran';
const CLAIM = 'Russia has exerted significant influence over its southern neighbor';
const OPINION = 'The geopolitical landscape of the Middle East is a complex tapestry';

let headlineId: string;
let claimId: string;
let opinionId: string;

describe('creating annotations', () => {
  it('stores the headline span with both selectors, 32 characters of context and the revision', async () => {
    as('reviewer1');
    const evidence = [{ url: 'https://example.org/report', title: 'Report', type: 'primary_source' }];
    const { status, body } = await create({ label: 'unsupported', ...span(HEADLINE), rationale: 'The body concedes no large-scale presence.', evidence, confidence: 'high' });
    expect(status).toBe(201);
    const annotation = body.annotation as Json;
    headlineId = annotation.id as string;
    expect(annotation).toMatchObject({
      label: 'unsupported',
      start: 0,
      end: HEADLINE.length,
      revision: 1,
      version: 1,
      anchorState: 'anchored',
      evidence,
      confidence: 'high',
      selectors: {
        position: { type: 'TextPositionSelector', start: 0, end: 22 },
        quote: { type: 'TextQuoteSelector', exact: HEADLINE, prefix: '', suffix: text.slice(22, 54) },
      },
    });
  });

  it('stores body passages as claim and opinion', async () => {
    as('reviewer1');
    claimId = ((await create({ label: 'claim', ...span(CLAIM) })).body.annotation as Json).id as string;
    opinionId = ((await create({ label: 'opinion', ...span(OPINION), confidence: 'medium' })).body.annotation as Json).id as string;
    expect((await list()).map((annotation) => annotation.label)).toEqual(['unsupported', 'opinion', 'claim']);
  });

  it('lets reviewer 2 annotate too, on the same words', async () => {
    as('reviewer2');
    expect((await create({ label: 'claim', ...span(HEADLINE) })).status).toBe(201);
  });
});

describe('blind review', () => {
  it('shows a reviewer only their own annotations before they submit', async () => {
    as('reviewer2');
    const visible = await list();
    expect(visible).toHaveLength(1);
    expect(visible[0]).toMatchObject({ label: 'claim', mine: true });
  });

  it('shows editors everything at any time', async () => {
    as('editor');
    expect(await list()).toHaveLength(4);
  });

  it('hides another reviewer\'s annotation by id too (404, not 403) before submission', async () => {
    as('reviewer2');
    expect((await call(historyRoute.GET(new Request('http://localhost:3000/x'), context(headlineId)))).status).toBe(404);
    expect((await patch(headlineId, { version: 1, label: 'claim' })).status).toBe(404);
  });

  it('shows everyone\'s annotations once the reviewer submits', async () => {
    as('reviewer2');
    const submitted = await call(submitRoute.POST(new Request('http://localhost:3000/x', { method: 'POST' }), context(articleId)));
    expect(submitted.status).toBe(201);
    expect(await list()).toHaveLength(4);
    const again = await call(submitRoute.POST(new Request('http://localhost:3000/x', { method: 'POST' }), context(articleId)));
    expect(again).toMatchObject({ status: 200, body: { submission: { alreadySubmitted: true } } });
    const [article] = await database.query<{ status: string }>('SELECT status FROM "Article" WHERE id = $1', [articleId]);
    expect(article!.status).toBe('in_review');
  });
});

describe('editing, history and concurrency', () => {
  it('updates with the current version and records before and after', async () => {
    as('reviewer1');
    const { status, body } = await patch(claimId, { version: 1, rationale: 'Checked against two histories.' });
    expect(status).toBe(200);
    expect(body.annotation).toMatchObject({ version: 2, rationale: 'Checked against two histories.', label: 'claim' });
    const history = await call(historyRoute.GET(new Request('http://localhost:3000/x'), context(claimId)));
    const entries = history.body.history as Json[];
    expect(entries.map((entry) => entry.action)).toEqual(['create', 'update']);
    expect(entries[1]).toMatchObject({ before: { rationale: '', version: 1 }, after: { rationale: 'Checked against two histories.', version: 2 } });
  });

  it('refuses a stale version with 409 and a message, leaving the row as it was', async () => {
    as('reviewer1');
    const before = await database.snapshot();
    const { status, body } = await patch(claimId, { version: 1, rationale: 'from an old tab' });
    expect(status).toBe(409);
    expect((body.error as Json).message).toMatch(/changed elsewhere.*version 1.*current one is 2/);
    expect(await database.snapshot()).toEqual(before);
  });

  it('soft-deletes, hides, and restores', async () => {
    as('reviewer1');
    expect((await remove(opinionId, '?version=1')).status).toBe(204);
    expect((await list()).some((annotation) => annotation.id === opinionId)).toBe(false);
    const [row] = await database.query<{ deletedAt: Date | null }>('SELECT "deletedAt" FROM "Annotation" WHERE id = $1', [opinionId]);
    expect(row!.deletedAt).not.toBeNull();
    const restored = await call(restoreRoute.POST(new Request('http://localhost:3000/x', { method: 'POST' }), context(opinionId)));
    expect(restored).toMatchObject({ status: 200, body: { annotation: { version: 3, deletedAt: null } } });
  });
});

describe('forged and invalid requests', () => {
  const cases: [string, keyof SeededDatabase['actors'] | null, () => Promise<{ status: number; body: Json }>, number, RegExp][] = [
    ['anonymous create', null, () => create({ label: 'claim', ...span(CLAIM) }), 401, /sign in/i],
    ['quote that does not match the offsets', 'reviewer3', () => create({ label: 'claim', ...span(CLAIM), exact: 'Russia has exerted NO influence over its southern neighbor' }), 400, /quote|match/i],
    ['offsets beyond the text', 'reviewer3', () => create({ label: 'claim', start: text.length - 2, end: text.length + 5, exact: 'xxxxxxx' }), 400, /beyond|range|outside|length/i],
    ['empty span', 'reviewer3', () => create({ label: 'claim', start: 5, end: 5, exact: 'x' }), 400, /empty/],
    ['negative offset', 'reviewer3', () => create({ label: 'claim', start: -1, end: 5, exact: 'x' }), 400, /negative/],
    ['unknown label', 'reviewer3', () => create({ label: 'true', ...span(CLAIM) }), 400, /Label must be/],
    ['oversize rationale', 'reviewer3', () => create({ label: 'claim', ...span(CLAIM), rationale: 'x'.repeat(5_001) }), 400, /Rationale is too long/],
    ['javascript: evidence URL', 'reviewer3', () => create({ label: 'claim', ...span(CLAIM), evidence: [{ url: 'javascript:alert(1)' }] }), 400, /http/],
    ['21 evidence links', 'reviewer3', () => create({ label: 'claim', ...span(CLAIM), evidence: Array.from({ length: 21 }, (_, i) => ({ url: `https://example.org/${i}` })) }), 400, /At most 20/],
    ['malformed JSON', 'reviewer3', () => create('{"label":'), 400, /not valid JSON/],
    ['unknown article', 'reviewer3', () => create({ label: 'claim', ...span(CLAIM) }, '6f1c2a57-0000-4000-8000-000000000000'), 404, /No article/],
    ['stale article revision', 'reviewer3', () => create({ label: 'claim', ...span(CLAIM), revision: 7 }), 409, /revised/],
    ['another reviewer\'s annotation (after submitting)', 'reviewer2', () => patch(headlineId, { version: 1, label: 'claim' }), 403, /only change your own/],
    ['an editor rewriting a reviewer\'s annotation', 'editor', () => patch(headlineId, { version: 1, rationale: 'edited by editor' }), 403, /only change your own/],
    ['an editor deleting a reviewer\'s annotation', 'editor', () => remove(headlineId), 403, /only change your own/],
    ['a forged annotation id', 'reviewer1', () => patch('6f1c2a57-0000-4000-8000-000000000000', { version: 1, label: 'claim' }), 404, /No annotation/],
    ['a malformed annotation id', 'reviewer1', () => remove("1' OR 1=1 --"), 404, /No annotation/],
    ['a patch without version', 'reviewer1', () => patch(headlineId, { label: 'claim' }), 400, /version/],
    ['changing offsets through PATCH', 'reviewer1', () => patch(headlineId, { version: 1, start: 0 }), 400, /start|Unrecognized/i],
    ['a reviewer revising the text', 'reviewer1', () => call(textRoute.PUT(jsonRequest('PUT', { text: 'New\nbody' }), context(articleId))), 403, /role/],
    ['re-attaching to a mismatched quote', 'reviewer1', () => call(reattachRoute.POST(jsonRequest('POST', { version: 1, start: 0, end: 4, exact: 'Iran' }), context(headlineId))), 400, /quote|match/i],
  ];

  it.each(cases)('refuses %s and writes nothing', async (_name, actor, request, status, message) => {
    session.actor = actor ? database.actors[actor] : null;
    const before = await database.snapshot();
    const { status: answered, body } = await request();
    expect(answered).toBe(status);
    expect((body.error as Json).message).toMatch(message);
    expect(await database.snapshot()).toEqual(before);
  });
});

describe('revising the text', () => {
  it('re-anchors surviving annotations to the same words and orphans the deleted passage', async () => {
    as('editor');
    const claimSentenceStart = text.lastIndexOf('.', text.indexOf(CLAIM)) + 1;
    const claimSentenceEnd = text.indexOf('.', text.indexOf(CLAIM)) + 1;
    const revised = [
      'EDITOR\'S NOTE: this article was updated on 22 November.',
      text.slice(0, claimSentenceStart),
      text.slice(claimSentenceEnd),
    ]
      .join('\n')
      .replace(OPINION, OPINION.replace('Middle East', 'wider Middle East'))
      .replace(/^([^\n]*)\n/, (first) => first) // keep the inserted note as its own line
      .split('\n')
      .filter(Boolean);
    // The headline must stay the headline: move the note below it.
    const [note, headline, ...body] = revised;
    const newText = [headline, note, ...body].join('\n');

    const { status, body: answer } = await call(textRoute.PUT(jsonRequest('PUT', { text: newText }), context(articleId)));
    expect(status).toBe(200);
    const report = answer.report as { revision: number; kept: string[]; moved: { id: string }[]; orphaned: string[] };
    expect(report.revision).toBe(2);
    expect(report.orphaned).toEqual([claimId]);
    expect(report.kept).toContain(headlineId);
    expect(report.moved.map((move) => move.id)).toContain(opinionId);

    const [article] = await database.query<{ text: string; revision: number }>('SELECT text, revision FROM "Article" WHERE id = $1', [articleId]);
    const rows = await database.query<{ id: string; start: number; end: number; exact: string; revision: number; anchorState: string }>(
      'SELECT id, start, "end", exact, revision, "anchorState" FROM "Annotation" WHERE "articleId" = $1',
      [articleId],
    );
    for (const row of rows.filter((candidate) => candidate.anchorState !== 'orphaned')) {
      expect(article!.text.slice(row.start, row.end)).toBe(row.exact);
      expect(row.revision).toBe(2);
    }
    const opinion = rows.find((row) => row.id === opinionId)!;
    expect(opinion).toMatchObject({ anchorState: 'reanchored' });
    expect(opinion.exact).toContain('wider Middle East');
    const orphan = rows.find((row) => row.id === claimId)!;
    expect(orphan).toMatchObject({ anchorState: 'orphaned', revision: 1, exact: CLAIM });
    const revisions = await database.query('SELECT revision FROM "ArticleRevision" WHERE "articleId" = $1 ORDER BY revision', [articleId]);
    expect(revisions).toEqual([{ revision: 1 }, { revision: 2 }]);
    const reanchorEvents = await database.query<{ n: number }>(`SELECT count(*)::int AS n FROM "AnnotationEvent" WHERE action = 'reanchor'`);
    expect(reanchorEvents[0]!.n).toBe(rows.length);
  });

  it('lets the author re-attach the orphaned annotation to a new selection', async () => {
    as('reviewer1');
    const [article] = await database.query<{ text: string }>('SELECT text FROM "Article" WHERE id = $1', [articleId]);
    const quote = 'Russia and Iran';
    const start = article!.text.indexOf(quote);
    const [row] = await database.query<{ version: number }>('SELECT version FROM "Annotation" WHERE id = $1', [claimId]);
    const { status, body } = await call(reattachRoute.POST(jsonRequest('POST', { version: row!.version, start, end: start + quote.length, exact: quote }), context(claimId)));
    expect(status).toBe(200);
    expect(body.annotation).toMatchObject({ anchorState: 'anchored', revision: 2, exact: quote, start });
  });
});
