// The reviewer's workflow through the real route handlers on PostgreSQL:
// exact spans, blind review, history, concurrency, soft delete, revisions and
// re-anchoring — and forged requests that must change nothing. Each test (or
// describe block) works on its own copy of the sample article.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { spanOf } from '../support/annotation-bodies';
import { type Answer, type Json, routeClient } from '../support/route-client';
import { routes } from '../support/routes';
import { type DemoName, withSeededDatabase } from '../support/seeded-database';
import type { Actor } from '@/lib/server/actor';
import { listAnnotations } from '@/lib/server/data/annotations/list-annotations';
import { loadVisibleAnnotation } from '@/lib/server/data/annotations/load-annotation';
import { visibleAnnotationsWhere } from '@/lib/server/data/annotations/visible-annotations-where';
import { db } from '@/lib/server/db/client';
import { withSqlTransaction } from '@/lib/server/db/sql-transaction';
import { authorize, inProject } from '@/lib/server/guards';

vi.mock('@/lib/server/auth/cookie-session', () => import('../support/session'));


const database = withSeededDatabase();
const { as, call, sampleCopy } = routeClient(database);

type Article = { id: string; text: string };

const span = (article: Article, quote: string) => spanOf(article.text, quote);
const create = (article: Article | string, body: unknown) => {
  const id = typeof article === 'string' ? article : article.id;
  return call(routes.articleAnnotations.POST, { method: 'POST', params: { id }, body });
};
const list = async (article: Article) => (await call(routes.articleAnnotations.GET, { params: { id: article.id } })).body.annotations as Json[];
const patch = (id: string, body: unknown) => call(routes.annotation.PATCH, { method: 'PATCH', params: { id }, body });
const remove = (id: string, query = '') => call(routes.annotation.DELETE, { method: 'DELETE', path: `/api/annotations/${id}${query}`, params: { id } });
const history = (id: string) => call(routes.history.GET, { params: { id } });
const submit = (article: Article) => call(routes.submit.POST, { method: 'POST', params: { id: article.id } });
const idOf = async (answer: Promise<Answer>) => {
  const { status, body } = await answer;
  expect(status).toBe(201);
  return (body.annotation as Json).id as string;
};

const HEADLINE = 'Russian Troops In Iran';
const CLAIM = 'Russia has exerted significant influence over its southern neighbor';
const OPINION = 'The geopolitical landscape of the Middle East is a complex tapestry';

/** A copy of the sample with reviewer 1's headline (unsupported), claim and opinion, and reviewer 2's claim on the headline. */
async function annotatedCopy() {
  const article = await sampleCopy();
  as('reviewer1');
  const headlineId = await idOf(create(article, { label: 'unsupported', ...span(article, HEADLINE), rationale: 'The body concedes no large-scale presence.' }));
  const claimId = await idOf(create(article, { label: 'claim', ...span(article, CLAIM) }));
  const opinionId = await idOf(create(article, { label: 'opinion', ...span(article, OPINION), confidence: 'medium' }));
  as('reviewer2');
  const secondId = await idOf(create(article, { label: 'claim', ...span(article, HEADLINE) }));
  as(null);
  return { article, headlineId, claimId, opinionId, secondId };
}

describe('creating annotations', () => {
  it('stores the headline span with both selectors, 32 characters of context and the revision', async () => {
    const article = await sampleCopy();
    as('reviewer1');
    const evidence = [{ url: 'https://example.org/report', title: 'Report', type: 'primary_source' }];
    const { status, body } = await create(article, { label: 'unsupported', ...span(article, HEADLINE), rationale: 'The body concedes no large-scale presence.', evidence, confidence: 'high' });
    expect(status).toBe(201);
    expect(body.annotation).toMatchObject({
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
        quote: { type: 'TextQuoteSelector', exact: HEADLINE, prefix: '', suffix: article.text.slice(22, 54) },
      },
    });
  });

  it('answers the save with the annotation exactly as it is stored and listed, stamped now (in UTC, whatever the zone)', async () => {
    // The save is plain SQL on a pool connection (issue 16); node-pg reads and writes timestamps
    // without time zone in the process's zone, so a missing UTC mark would show here as hours off.
    const article = await sampleCopy();
    as('reviewer1');
    const before = Date.now();
    const { status, body } = await create(article, { label: 'opinion', ...span(article, OPINION), evidence: [{ url: 'https://example.org/a' }], confidence: 'low' });
    expect(status).toBe(201);
    const created = body.annotation as Json;
    expect(await list(article)).toEqual([created]);
    expect(created).toMatchObject({ author: { name: expect.any(String) }, mine: true, canonical: null, via: [], deletedAt: null });
    expect(created.createdAt).toBe(created.updatedAt);
    expect(Math.abs(Date.parse(created.createdAt as string) - before)).toBeLessThan(60_000);
    const entries = (await history(created.id as string)).body.history as Json[];
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ action: 'create', before: null, after: { label: 'opinion', confidence: 'low', version: 1, anchorState: 'anchored', deletedAt: null } });
  });

  it('stores body passages as claim and opinion', async () => {
    const article = await sampleCopy();
    as('reviewer1');
    await idOf(create(article, { label: 'unsupported', ...span(article, HEADLINE) }));
    await idOf(create(article, { label: 'claim', ...span(article, CLAIM) }));
    await idOf(create(article, { label: 'opinion', ...span(article, OPINION), confidence: 'medium' }));
    expect((await list(article)).map((annotation) => annotation.label)).toEqual(['unsupported', 'opinion', 'claim']);
  });

  it('lets reviewer 2 annotate too, on the same words', async () => {
    const article = await sampleCopy();
    as('reviewer1');
    await idOf(create(article, { label: 'unsupported', ...span(article, HEADLINE) }));
    as('reviewer2');
    expect((await create(article, { label: 'claim', ...span(article, HEADLINE) })).status).toBe(201);
  });
});

describe('blind review', () => {
  let annotated: Awaited<ReturnType<typeof annotatedCopy>>;
  beforeAll(async () => {
    annotated = await annotatedCopy();
  });

  it('shows a reviewer only their own annotations before they submit', async () => {
    as('reviewer2');
    const visible = await list(annotated.article);
    expect(visible).toHaveLength(1);
    expect(visible[0]).toMatchObject({ label: 'claim', mine: true });
  });

  it('shows editors everything at any time', async () => {
    as('editor');
    expect(await list(annotated.article)).toHaveLength(4);
  });

  it('hides another reviewer\'s annotation by id too (404, not 403) before submission', async () => {
    as('reviewer2');
    expect((await history(annotated.headlineId)).status).toBe(404);
    expect((await patch(annotated.headlineId, { version: 1, label: 'claim' })).status).toBe(404);
  });

  it('shows everyone\'s annotations once the reviewer submits', async () => {
    const { article } = await annotatedCopy();
    as('reviewer2');
    expect((await submit(article)).status).toBe(201);
    expect(await list(article)).toHaveLength(4);
    expect(await submit(article)).toMatchObject({ status: 200, body: { submission: { alreadySubmitted: true } } });
    const [row] = await database.query<{ status: string }>('SELECT status FROM "Article" WHERE id = $1', [article.id]);
    expect(row!.status).toBe('in_review');
  });

  it('records the submission, its event and the article\'s activity at the answer\'s time, in UTC as Prisma stores times', async () => {
    // The submit writes these three in one SQL statement (issue 16); Prisma reads them back here.
    const { article } = await annotatedCopy();
    as('reviewer2');
    const before = Date.now();
    const answer = await submit(article);
    expect(answer.status).toBe(201);
    const submittedAt = (answer.body.submission as { submittedAt: string }).submittedAt;
    expect(Date.parse(submittedAt)).toBeGreaterThanOrEqual(before - 1);
    expect(Date.parse(submittedAt)).toBeLessThanOrEqual(Date.now() + 1);
    const reviewerId = database.actors.reviewer2.id;
    const submission = await db().reviewSubmission.findUniqueOrThrow({ where: { articleId_reviewerId: { articleId: article.id, reviewerId } } });
    expect(submission.submittedAt.toISOString()).toBe(submittedAt);
    const events = await db().reviewEvent.findMany({ where: { articleId: article.id, reviewerId } });
    expect(events.map((event) => ({ action: event.action, actorId: event.actorId, at: event.createdAt.toISOString(), guidelinesVersion: event.guidelinesVersion }))).toEqual([
      { action: 'submit', actorId: reviewerId, at: submittedAt, guidelinesVersion: submission.guidelinesVersion },
    ]);
    const stored = await db().article.findUniqueOrThrow({ where: { id: article.id }, select: { status: true, lastActivityAt: true, updatedAt: true } });
    expect(stored).toEqual({ status: 'in_review', lastActivityAt: new Date(submittedAt), updatedAt: new Date(submittedAt) });
  });
});

describe('the listing\'s blind rule, one statement', () => {
  it('lists for every account, narrowed to the project or not, submitted or not, exactly what visibleAnnotationsWhere lets through', async () => {
    // listAnnotations states the rule in SQL for one article (issue 16); the Prisma condition every
    // other list uses is the reference. A difference here is a leak or a loss.
    const { article } = await annotatedCopy();
    as('reviewer2');
    const extra = await idOf(create(article, { label: 'opinion', ...span(article, OPINION) }));
    expect((await remove(extra)).status).toBeLessThan(300);
    as('reviewer1');
    expect((await submit(article)).status).toBe(201);
    const [{ projectId }] = (await database.query<{ projectId: string }>('SELECT "projectId" FROM "Article" WHERE id = $1', [article.id])) as [{ projectId: string }];
    const demo = Object.values(database.actors);
    const actors: Actor[] = [
      ...demo,
      ...demo.map((actor) => inProject(actor, projectId)).filter((actor): actor is Actor => actor !== null),
      { ...database.actors.reviewer3, projects: new Map([[crypto.randomUUID(), 'reviewer']]) },
      { ...database.actors.editor, projects: new Map() },
    ];
    let compared = 0;
    for (const actor of actors) {
      for (const includeDeleted of [false, true]) {
        const listed = (await listAnnotations(authorize(actor, 'articles:read'), article.id, { includeDeleted })).map((annotation) => annotation.id);
        const reference = await db().annotation.findMany({
          where: { AND: [{ articleId: article.id }, visibleAnnotationsWhere(actor, { includeOwnDeleted: includeDeleted })] },
          orderBy: [{ start: 'asc' }, { end: 'desc' }, { createdAt: 'asc' }],
          select: { id: true },
        });
        expect(listed, `${actor.name} (${actor.role}, ${actor.projects === null ? 'every project' : [...actor.projects.values()].join('/')}), includeDeleted ${includeDeleted}`).toEqual(reference.map((row) => row.id));
        compared += listed.length;
      }
      // One annotation by id (loadVisibleAnnotation: the history, edits, deletes, the protocol's GET):
      // visible exactly when the reference (own deleted ones included) lists it, and read alike
      // through Prisma's raw path and a pool connection.
      const seenWithDeleted = new Set((await db().annotation.findMany({ where: { AND: [{ articleId: article.id }, visibleAnnotationsWhere(actor, { includeOwnDeleted: true })] }, select: { id: true } })).map((row) => row.id));
      for (const { id } of await db().annotation.findMany({ where: { articleId: article.id }, select: { id: true } })) {
        const throughPrisma = await loadVisibleAnnotation(db(), actor, id).catch((error: { code?: string }) => error.code);
        const throughPool = await withSqlTransaction((tx) => loadVisibleAnnotation(tx, actor, id)).catch((error: { code?: string }) => error.code);
        expect(throughPool).toEqual(throughPrisma);
        expect(throughPool === 'not_found' ? 'hidden' : 'seen').toBe(seenWithDeleted.has(id) ? 'seen' : 'hidden');
      }
    }
    // The cases differ: reviewer 1 (submitted) sees all four live, reviewer 2 (not) their own, the stranger none.
    expect(compared).toBeGreaterThan(20);
    const reviewer2 = inProject(database.actors.reviewer2, projectId)!;
    expect((await listAnnotations(authorize(reviewer2, 'articles:read'), article.id, { includeDeleted: true })).map((annotation) => annotation.id)).toContain(extra);
    expect(await listAnnotations(authorize(reviewer2, 'articles:read'), article.id)).toHaveLength(1);
  });
});

describe('editing, history and concurrency', () => {
  it('updates with the current version and records before and after', async () => {
    const article = await sampleCopy();
    as('reviewer1');
    const claimId = await idOf(create(article, { label: 'claim', ...span(article, CLAIM) }));
    const { status, body } = await patch(claimId, { version: 1, rationale: 'Checked against two histories.' });
    expect(status).toBe(200);
    expect(body.annotation).toMatchObject({ version: 2, rationale: 'Checked against two histories.', label: 'claim' });
    const entries = (await history(claimId)).body.history as Json[];
    expect(entries.map((entry) => entry.action)).toEqual(['create', 'update']);
    expect(entries[1]).toMatchObject({ before: { rationale: '', version: 1 }, after: { rationale: 'Checked against two histories.', version: 2 } });
    // The create's record is written before the row exists (one nested insert); it must say exactly
    // what the update later read from the stored row as its "before".
    expect(entries[0]!.after).toEqual(entries[1]!.before);
    // An update's record of "after" is written from what it is about to store (one statement with
    // the update); the next update reads it back from the row as its "before".
    const second = await patch(claimId, { version: 2, label: 'opinion', confidence: 'high', evidence: [{ url: 'https://example.org/b', title: 'B' }] });
    expect(second.body.annotation).toMatchObject({ version: 3, label: 'opinion', confidence: 'high', rationale: 'Checked against two histories.' });
    expect((await patch(claimId, { version: 3, confidence: null })).body.annotation).toMatchObject({ version: 4, confidence: null, label: 'opinion' });
    const later = (await history(claimId)).body.history as Json[];
    expect(later.map((entry) => entry.action)).toEqual(['create', 'update', 'update', 'update']);
    expect(later[1]!.after).toEqual(later[2]!.before);
    expect(later[2]!.after).toEqual(later[3]!.before);
    expect(later[3]!.after).toMatchObject({ version: 4, confidence: null, label: 'opinion', evidence: [{ url: 'https://example.org/b', title: 'B' }] });
  });

  it('refuses a stale version with 409 and a message, leaving the row as it was', async () => {
    const article = await sampleCopy();
    as('reviewer1');
    const claimId = await idOf(create(article, { label: 'claim', ...span(article, CLAIM) }));
    expect((await patch(claimId, { version: 1, rationale: 'Checked against two histories.' })).status).toBe(200);
    const before = await database.snapshot();
    const { status, body } = await patch(claimId, { version: 1, rationale: 'from an old tab' });
    expect(status).toBe(409);
    expect((body.error as Json).message).toMatch(/changed elsewhere.*version 1.*current one is 2/);
    expect(await database.snapshot()).toEqual(before);
  });

  it('soft-deletes, hides, and restores', async () => {
    const article = await sampleCopy();
    as('reviewer1');
    const opinionId = await idOf(create(article, { label: 'opinion', ...span(article, OPINION), confidence: 'medium' }));
    expect((await remove(opinionId, '?version=1')).status).toBe(204);
    expect((await list(article)).some((annotation) => annotation.id === opinionId)).toBe(false);
    const [row] = await database.query<{ deletedAt: Date | null }>('SELECT "deletedAt" FROM "Annotation" WHERE id = $1', [opinionId]);
    expect(row!.deletedAt).not.toBeNull();
    const restored = await call(routes.restore.POST, { method: 'POST', params: { id: opinionId } });
    expect(restored).toMatchObject({ status: 200, body: { annotation: { version: 3, deletedAt: null } } });
  });
});

describe('forged and invalid requests', () => {
  let annotated: Awaited<ReturnType<typeof annotatedCopy>>;
  beforeAll(async () => {
    annotated = await annotatedCopy();
    as('reviewer2');
    expect((await submit(annotated.article)).status).toBe(201);
  });
  const article = () => annotated.article;
  const headline = () => annotated.headlineId;

  const cases: [string, DemoName | null, () => Promise<Answer>, number, RegExp][] = [
    ['anonymous create', null, () => create(article(), { label: 'claim', ...span(article(), CLAIM) }), 401, /sign in/i],
    ['quote that does not match the offsets', 'reviewer3', () => create(article(), { label: 'claim', ...span(article(), CLAIM), exact: 'Russia has exerted NO influence over its southern neighbor' }), 400, /quote|match/i],
    ['offsets beyond the text', 'reviewer3', () => create(article(), { label: 'claim', start: article().text.length - 2, end: article().text.length + 5, exact: 'xxxxxxx' }), 400, /beyond|range|outside|length/i],
    ['empty span', 'reviewer3', () => create(article(), { label: 'claim', start: 5, end: 5, exact: 'x' }), 400, /empty/],
    ['negative offset', 'reviewer3', () => create(article(), { label: 'claim', start: -1, end: 5, exact: 'x' }), 400, /negative/],
    ['unknown label', 'reviewer3', () => create(article(), { label: 'true', ...span(article(), CLAIM) }), 400, /Label must be/],
    ['oversize rationale', 'reviewer3', () => create(article(), { label: 'claim', ...span(article(), CLAIM), rationale: 'x'.repeat(5_001) }), 400, /Rationale is too long/],
    ['javascript: evidence URL', 'reviewer3', () => create(article(), { label: 'claim', ...span(article(), CLAIM), evidence: [{ url: 'javascript:alert(1)' }] }), 400, /http/],
    ['21 evidence links', 'reviewer3', () => create(article(), { label: 'claim', ...span(article(), CLAIM), evidence: Array.from({ length: 21 }, (_, i) => ({ url: `https://example.org/${i}` })) }), 400, /At most 20/],
    ['malformed JSON', 'reviewer3', () => create(article(), '{"label":'), 400, /not valid JSON/],
    ['unknown article', 'reviewer3', () => create('6f1c2a57-0000-4000-8000-000000000000', { label: 'claim', ...span(article(), CLAIM) }), 404, /No article/],
    ['stale article revision', 'reviewer3', () => create(article(), { label: 'claim', ...span(article(), CLAIM), revision: 7 }), 409, /revised/],
    ['another reviewer\'s annotation (after submitting)', 'reviewer2', () => patch(headline(), { version: 1, label: 'claim' }), 403, /only change your own/],
    ['an editor rewriting a reviewer\'s annotation', 'editor', () => patch(headline(), { version: 1, rationale: 'edited by editor' }), 403, /only change your own/],
    ['an editor deleting a reviewer\'s annotation', 'editor', () => remove(headline()), 403, /only change your own/],
    ['a forged annotation id', 'reviewer1', () => patch('6f1c2a57-0000-4000-8000-000000000000', { version: 1, label: 'claim' }), 404, /No annotation/],
    ['a malformed annotation id', 'reviewer1', () => remove("1' OR 1=1 --"), 404, /No annotation/],
    ['a patch without version', 'reviewer1', () => patch(headline(), { label: 'claim' }), 400, /version/],
    ['changing offsets through PATCH', 'reviewer1', () => patch(headline(), { version: 1, start: 0 }), 400, /start|Unrecognized/i],
    ['a reviewer revising the text', 'reviewer1', () => call(routes.articleText.PUT, { method: 'PUT', params: { id: article().id }, body: { text: 'New\nbody' } }), 403, /role/],
    ['re-attaching to a mismatched quote', 'reviewer1', () => call(routes.reattach.POST, { method: 'POST', params: { id: headline() }, body: { version: 1, start: 0, end: 4, exact: 'Iran' } }), 400, /quote|match/i],
  ];

  it.each(cases)('refuses %s and writes nothing', async (_name, actor, request, status, message) => {
    as(actor);
    const before = await database.snapshot();
    const { status: answered, body } = await request();
    expect(answered).toBe(status);
    expect((body.error as Json).message).toMatch(message);
    expect(await database.snapshot()).toEqual(before);
  });
});

describe('revising the text', () => {
  /** The editor's revision of an annotated copy: a note above the body, the claim's sentence cut, the opinion reworded. */
  async function reviseAnnotatedCopy() {
    const annotated = await annotatedCopy();
    const { text } = annotated.article;
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
    as('editor');
    const answer = await call(routes.articleText.PUT, { method: 'PUT', params: { id: annotated.article.id }, body: { text: newText } });
    return { ...annotated, answer };
  }

  it('re-anchors surviving annotations to the same words and orphans the deleted passage', async () => {
    const { article, answer, headlineId, claimId, opinionId } = await reviseAnnotatedCopy();
    expect(answer.status).toBe(200);
    const report = answer.body.report as { revision: number; kept: string[]; moved: { id: string }[]; orphaned: string[] };
    expect(report.revision).toBe(2);
    expect(report.orphaned).toEqual([claimId]);
    expect(report.kept).toContain(headlineId);
    expect(report.moved.map((move) => move.id)).toContain(opinionId);

    const [stored] = await database.query<{ text: string; revision: number }>('SELECT text, revision FROM "Article" WHERE id = $1', [article.id]);
    const rows = await database.query<{ id: string; start: number; end: number; exact: string; revision: number; anchorState: string }>(
      'SELECT id, start, "end", exact, revision, "anchorState" FROM "Annotation" WHERE "articleId" = $1',
      [article.id],
    );
    for (const row of rows.filter((candidate) => candidate.anchorState !== 'orphaned')) {
      expect(stored!.text.slice(row.start, row.end)).toBe(row.exact);
      expect(row.revision).toBe(2);
    }
    const opinion = rows.find((row) => row.id === opinionId)!;
    expect(opinion).toMatchObject({ anchorState: 'reanchored' });
    expect(opinion.exact).toContain('wider Middle East');
    const orphan = rows.find((row) => row.id === claimId)!;
    expect(orphan).toMatchObject({ anchorState: 'orphaned', revision: 1, exact: CLAIM });
    const revisions = await database.query('SELECT revision FROM "ArticleRevision" WHERE "articleId" = $1 ORDER BY revision', [article.id]);
    expect(revisions).toEqual([{ revision: 1 }, { revision: 2 }]);
    const reanchorEvents = await database.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM "AnnotationEvent" e JOIN "Annotation" a ON a.id = e."annotationId" WHERE e.action = 'reanchor' AND a."articleId" = $1`,
      [article.id],
    );
    expect(reanchorEvents[0]!.n).toBe(rows.length);
  });

  it('lets the author re-attach the orphaned annotation to a new selection', async () => {
    const { article, answer, claimId } = await reviseAnnotatedCopy();
    expect((answer.body.report as { orphaned: string[] }).orphaned).toEqual([claimId]);
    as('reviewer1');
    const [stored] = await database.query<{ text: string }>('SELECT text FROM "Article" WHERE id = $1', [article.id]);
    const quote = 'Russia and Iran';
    const start = stored!.text.indexOf(quote);
    const [row] = await database.query<{ version: number }>('SELECT version FROM "Annotation" WHERE id = $1', [claimId]);
    const { status, body } = await call(routes.reattach.POST, { method: 'POST', params: { id: claimId }, body: { version: row!.version, start, end: start + quote.length, exact: quote } });
    expect(status).toBe(200);
    expect(body.annotation).toMatchObject({ anchorState: 'anchored', revision: 2, exact: quote, start });
  });
});
