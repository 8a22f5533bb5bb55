// The desk's side through the real route handlers on PostgreSQL: consensus from
// three blind reviews, adjudication with versions and history, publishing and
// reopening — and every refusal leaves the database exactly as it was.
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { ConsensusPassageView, ConsensusView } from '@/lib/views/consensus-views';
import { type Json, routeClient } from '../support/route-client';
import { routes } from '../support/routes';
import { withSeededDatabase } from '../support/seeded-database';

vi.mock('@/lib/server/auth/cookie-session', () => import('../support/session'));


type Passage = ConsensusPassageView;
type Article = { id: string; text: string; title?: string };
type Reviewer = 'reviewer1' | 'reviewer2' | 'reviewer3';

const database = withSeededDatabase();
const { annotate, as, call, sampleCopy } = routeClient(database);

const annotateAs = (article: Article, reviewer: Reviewer, label: string, quote: string) => annotate(reviewer, article, quote, label, { rationale: `${reviewer} on ${label}` });
const submit = async (article: Article, reviewer: Reviewer) => {
  as(reviewer);
  expect((await call(routes.submit.POST, { method: 'POST', params: { id: article.id } })).status).toBe(201);
};
const consensusAnswer = (article: Article) => call(routes.consensus.GET, { params: { id: article.id } });
const consensus = async (article: Article) => (await consensusAnswer(article)).body as unknown as ConsensusView & { error?: Json };
const verdict = (article: Article, passageId: string, body: unknown) => call(routes.verdict.POST, { method: 'POST', params: { id: article.id, passageId }, body });
const publish = (article: Article) => call(routes.publish.POST, { method: 'POST', params: { id: article.id } });
const reopen = (article: Article, body?: unknown) => call(routes.reopenArticle.POST, { method: 'POST', params: { id: article.id }, body });
const queue = (query = '') => call(routes.reviewQueue.GET, { path: `/api/review-queue${query}` });

const HEADLINE = 'Russian Troops In Iran';
const CLAIM = 'Russia has exerted significant influence over its southern neighbor';
const DISPUTED = 'The geopolitical landscape of the Middle East is a complex tapestry';

/** A copy of the sample that three reviewers annotated: the headline agreed, the claim 2–1, the disputed passage 1–1–1. */
async function annotatedCopy(): Promise<Article & { title: string }> {
  const copy = await sampleCopy();
  const article = { ...copy, title: copy.text.split('\n')[0]! };
  await annotateAs(article, 'reviewer1', 'unsupported', HEADLINE);
  await annotateAs(article, 'reviewer2', 'unsupported', HEADLINE);
  await annotateAs(article, 'reviewer3', 'unsupported', HEADLINE);
  await annotateAs(article, 'reviewer1', 'claim', CLAIM);
  await annotateAs(article, 'reviewer2', 'claim', CLAIM);
  await annotateAs(article, 'reviewer3', 'opinion', CLAIM);
  await annotateAs(article, 'reviewer1', 'opinion', DISPUTED);
  await annotateAs(article, 'reviewer2', 'claim', DISPUTED);
  await annotateAs(article, 'reviewer3', 'unsupported', DISPUTED);
  return article;
}

/** The annotated copy with all three reviews submitted. */
async function submittedCopy() {
  const article = await annotatedCopy();
  for (const reviewer of ['reviewer1', 'reviewer2', 'reviewer3'] as const) await submit(article, reviewer);
  return article;
}

const passageOf = async (article: Article, quote: string): Promise<Passage> => (await consensus(article)).passages.find((passage) => passage.exact === quote) as Passage;

/** The submitted copy with the editor's verdicts: the disputed passage ruled opinion (mixed), the claim's consensus accepted. */
async function adjudicatedCopy() {
  const article = await submittedCopy();
  as('editor');
  const ruled = await verdict(article, (await passageOf(article, DISPUTED)).id, { label: 'opinion', rating: 'mixed', explanation: 'It is framing, not a claim.' });
  expect(ruled.status).toBe(201);
  const accepted = await verdict(article, (await passageOf(article, CLAIM)).id, { label: 'claim', rating: 'mostly_true', explanation: '', acceptConsensus: true });
  expect(accepted.status).toBe(201);
  return article;
}

/** Krippendorff's alpha (nominal) by its definition, pair by pair — independent of lib/consensus. */
function naiveAlpha(units: string[][]): number {
  let observed = 0;
  let pairable = 0;
  const totals = new Map<string, number>();
  for (const values of units.filter((unit) => unit.length > 1)) {
    pairable += values.length;
    for (const value of values) totals.set(value, (totals.get(value) ?? 0) + 1);
    for (let i = 0; i < values.length; i++) for (let j = 0; j < values.length; j++) if (i !== j && values[i] !== values[j]) observed += 1 / (values.length - 1);
  }
  let expected = 0;
  for (const [a, na] of totals) for (const [b, nb] of totals) if (a !== b) expected += na * nb;
  return 1 - ((pairable - 1) * observed) / expected;
}

describe('consensus before anyone submits', () => {
  it('counts no reviewer and no passage while reviews are blind drafts', async () => {
    const article = await annotatedCopy();
    as('editor');
    const view = await consensus(article);
    expect(view.reviewers).toEqual([]);
    expect(view.pendingReviewers).toHaveLength(3);
    expect(view.passages).toEqual([]);
    expect(view.metrics.alphaNominal.value).toBeNull();
    expect(view.metrics.alphaNominal.note).toBeTruthy();
  });
});

describe('who may see and settle consensus', () => {
  let article: Article;
  beforeAll(async () => {
    article = await database.sampleArticle();
  });

  it.each([
    ['anonymous', null, 401],
    ['a reviewer', 'reviewer1', 403],
  ] as const)('%s is refused the consensus view, adjudication, publishing and reopening', async (_who, name, status) => {
    const before = await database.snapshot();
    as(name);
    expect((await consensus(article)).error).toMatchObject({ code: status === 401 ? 'unauthenticated' : 'forbidden' });
    expect((await consensusAnswer(article)).status).toBe(status);
    expect((await verdict(article, '0-22', { label: 'unsupported', rating: 'unsupported', explanation: 'x' })).status).toBe(status);
    expect((await publish(article)).status).toBe(status);
    expect((await reopen(article)).status).toBe(status);
    expect((await queue()).status).toBe(status);
    expect(await database.snapshot()).toEqual(before);
  });
});

describe('consensus of three submitted reviews', () => {
  let article: Article;
  let view: Awaited<ReturnType<typeof consensus>>;
  beforeAll(async () => {
    article = await submittedCopy();
    as('editor');
    view = await consensus(article);
  });
  it('groups the spans into passages with labels, support and states', () => {
    expect(view.reviewers).toHaveLength(3);
    expect(view.pendingReviewers).toEqual([]);
    const byQuote = new Map(view.passages.map((passage) => [passage.exact, passage]));
    expect(byQuote.get(HEADLINE)).toMatchObject({ label: 'unsupported', support: 3, reviewers: 3, state: 'agreed', verdict: null });
    expect(byQuote.get(CLAIM)).toMatchObject({ label: 'claim', support: 2, reviewers: 3, state: 'agreed' });
    expect(byQuote.get(DISPUTED)).toMatchObject({ support: 1, reviewers: 3, state: 'disputed' });
    expect(byQuote.get(DISPUTED)?.annotations.map((annotation) => annotation.rationale).sort()).toEqual(['reviewer1 on opinion', 'reviewer2 on claim', 'reviewer3 on unsupported']);
    expect(view.unadjudicatedDisputes).toBe(1);
  });

  it('reports the agreement figures with reviewers and units, equal to the definition', () => {
    const alpha = view.metrics.alphaNominal;
    expect(alpha).toMatchObject({ reviewers: 3, units: 3 });
    const expected = naiveAlpha([['unsupported', 'unsupported', 'unsupported'], ['claim', 'claim', 'opinion'], ['opinion', 'claim', 'unsupported']]);
    expect(alpha.value).toBeCloseTo(expected, 10);
    expect(view.metrics.fleissKappa).toMatchObject({ reviewers: 3, units: 3 });
    for (const figure of [view.metrics.uAlpha, view.metrics.cuAlpha, ...Object.values(view.metrics.alphaUByLabel)]) {
      expect(figure.name).toBeTruthy();
      expect(figure.value === null || Number.isFinite(figure.value)).toBe(true);
    }
    expect(view.summary.reviewers).toBe(3);
  });

  it('gives the 1–1–1 passage no majority label: null in the API, disputed, counted under no label', () => {
    const tied = view.passages.find((passage) => passage.exact === DISPUTED)!;
    expect(tied).toMatchObject({ label: null, finalLabel: null, state: 'disputed', displayState: 'disputed', labelCounts: { claim: 1, opinion: 1, unsupported: 1 } });
    // HEADLINE is unsupported and CLAIM claim; the tied passage adds to no label, neither passages nor characters.
    expect(view.summary.passagesByLabel).toEqual({ claim: 1, opinion: 0, unsupported: 1 });
    expect(view.summary.passagesWithoutMajority).toBe(1);
    expect(view.summary.charsByLabel).toEqual({ claim: CLAIM.length, opinion: 0, unsupported: HEADLINE.length });
  });

  it('leaves the tied passage’s consensus label empty in the passage CSV and null in the JSON export', async () => {
    as('editor');
    const exportAs = (format: string) => call(routes.articleExport.GET, { path: `/api/articles/${article.id}/export?format=${format}`, params: { id: article.id } });
    const rows = parse((await exportAs('passages.csv')).text, { columns: true }) as Record<string, string>[];
    expect(rows.find((row) => row.quote === DISPUTED)).toMatchObject({ consensus_label: '', support: '1/3', state: 'disputed' });
    expect(rows.find((row) => row.quote === HEADLINE)).toMatchObject({ consensus_label: 'unsupported' });
    const document = (await exportAs('json')).body as unknown as { articles: { passages: { exact: string; label: string | null }[] }[] };
    expect(document.articles[0]!.passages.find((passage) => passage.exact === DISPUTED)!.label).toBeNull();
  });

  it('puts an interval (or the reason for none) beside every figure, and holds back reliability weighting on three passages', () => {
    expect(view.metrics.alphaNominal.interval).toMatchObject({ method: 'kalpha-bootstrap', resamples: 1000, level: 0.95 });
    expect(view.metrics.alphaNominal.belowThresholds).toHaveProperty('0.667');
    for (const figure of [view.metrics.fleissKappa, view.metrics.uAlpha, view.metrics.cuAlpha, ...Object.values(view.metrics.alphaUByLabel)]) {
      expect(figure.interval !== undefined).toBe(true);
      if (figure.interval === null) expect(figure.intervalNote).toBeTruthy();
    }
    expect(view.weighting).toMatchObject({ computed: false, passages: 3, reviewers: 3, minPassages: 10 });
    expect(view.passages.every((passage) => passage.weighted === null)).toBe(true);
    expect(view.reliability.every((reviewer) => reviewer.reliability === null)).toBe(true);
  });

  it('lists the rating scale', () => {
    expect(view.ratingScale.map((option) => option.key)).toEqual(['true', 'mostly_true', 'mixed', 'mostly_false', 'false', 'unsupported']);
  });
});

describe('adjudication and publishing', () => {
  let article: Article;
  beforeAll(async () => {
    article = await submittedCopy();
  });

  it('refuses to publish while a dispute has no verdict, and changes nothing', async () => {
    as('editor');
    const before = await database.snapshot();
    const { status, body } = await publish(article);
    expect(status).toBe(409);
    expect((body.error as Json).message).toMatch(/1 disputed passage has no verdict/);
    expect(await database.snapshot()).toEqual(before);
  });

  it.each<[string, () => unknown, number, RegExp]>([
    ['malformed JSON', () => '{"label": ', 400, /not valid JSON/],
    ['an unknown label', () => ({ label: 'true', rating: 'false', explanation: 'x' }), 400, /Label must be/],
    ['an unknown rating', () => ({ label: 'unsupported', rating: 'pants_on_fire', explanation: 'x' }), 400, /Unknown rating/],
    ['no explanation', () => ({ label: 'unsupported', rating: 'unsupported' }), 400, /explanation/],
    ['an overlong explanation', () => ({ label: 'unsupported', rating: 'unsupported', explanation: 'x'.repeat(5001) }), 400, /too long/],
    ['a non-http appearance URL', () => ({ label: 'unsupported', rating: 'unsupported', explanation: 'x', appearanceUrl: 'javascript:alert(1)' }), 400, /http/],
    ['unknown fields', () => ({ label: 'unsupported', rating: 'unsupported', explanation: 'x', editorId: 'me' }), 400, /Unrecognized key/i],
  ])('refuses a verdict with %s (%i) and writes nothing', async (_what, body, status, message) => {
    as('editor');
    const passage = await passageOf(article, DISPUTED);
    const before = await database.snapshot();
    const answer = await verdict(article, passage.id, body());
    expect(answer.status).toBe(status);
    expect((answer.body.error as Json).message).toMatch(message);
    expect(await database.snapshot()).toEqual(before);
  });

  it('refuses to "accept the consensus" where there is none (a tie) or under another label, and writes nothing', async () => {
    as('editor');
    const passage = await passageOf(article, DISPUTED);
    const before = await database.snapshot();
    const tie = await verdict(article, passage.id, { label: 'opinion', rating: 'mixed', explanation: '', acceptConsensus: true });
    expect(tie.status).toBe(400);
    expect((tie.body.error as Json).message).toMatch(/no majority label to accept/);
    const claim = await passageOf(article, CLAIM);
    const other = await verdict(article, claim.id, { label: 'opinion', rating: 'mixed', explanation: '', acceptConsensus: true });
    expect(other.status).toBe(400);
    expect((other.body.error as Json).message).toMatch(/keeps its label/);
    expect(await database.snapshot()).toEqual(before);
  });

  it.each([
    ['a passage id that is not one', '1-2', 404],
    ['a malformed passage id', "0-22' OR 1=1", 400],
  ] as const)('refuses %s', async (_what, passageId, status) => {
    as('editor');
    const before = await database.snapshot();
    expect((await verdict(article, passageId, { label: 'unsupported', rating: 'unsupported', explanation: 'x' })).status).toBe(status);
    expect(await database.snapshot()).toEqual(before);
  });

  it('records a verdict, refuses a stale edit, keeps the history', async () => {
    const article = await submittedCopy();
    as('editor');
    const passage = await passageOf(article, DISPUTED);
    const created = await verdict(article, passage.id, { label: 'unsupported', rating: 'unsupported', explanation: 'No source is given for this framing.', claimant: 'The article', appearanceUrl: 'https://example.org/a' });
    expect(created.status).toBe(201);
    expect(created.body.verdict).toMatchObject({ label: 'unsupported', rating: 'unsupported', ratingName: 'Unsupported', ratingValue: 1, version: 1, editor: { name: 'Edda Editor' } });

    const before = await database.snapshot();
    const stale = await verdict(article, passage.id, { label: 'opinion', rating: 'mixed', explanation: 'Changed my mind.' });
    expect(stale.status).toBe(409);
    expect(await database.snapshot()).toEqual(before);

    as('admin');
    const updated = await verdict(article, passage.id, { label: 'opinion', rating: 'mixed', explanation: 'It is framing, not a claim.', version: 1 });
    expect(updated.status).toBe(200);
    expect(updated.body.verdict).toMatchObject({ label: 'opinion', version: 2, editor: { name: 'Ada Admin' } });
    const events = await database.query<{ action: string }>('SELECT action FROM "VerdictEvent" WHERE "verdictId" = $1 ORDER BY id', [(created.body.verdict as Json).id]);
    expect(events.map((event) => event.action)).toEqual(['create', 'update']);

    const after = await passageOf(article, DISPUTED);
    expect(after.verdict).toMatchObject({ label: 'opinion', version: 2 });
    // Adjudicated: shown with the verdict's label; the votes' state is kept for the figures.
    expect(after).toMatchObject({ label: null, finalLabel: 'opinion', state: 'disputed', displayState: 'adjudicated' });
    expect((await consensus(article)).unadjudicatedDisputes).toBe(0);
  });

  it('accepts the consensus on an agreed passage with its own label', async () => {
    const article = await submittedCopy();
    as('editor');
    const claim = await passageOf(article, CLAIM);
    const accepted = await verdict(article, claim.id, { label: 'claim', rating: 'mostly_true', explanation: '', acceptConsensus: true });
    expect(accepted.status).toBe(201);
    expect(accepted.body.verdict).toMatchObject({ acceptedConsensus: true, label: 'claim' });
  });

  it('shows the article in the review queue by need', async () => {
    const article = await adjudicatedCopy();
    as('editor');
    // Searched by its headline: other tests' copies are in the queue too.
    const search = `&q=${encodeURIComponent(article.title)}`;
    const listed = (await queue(`?${search.slice(1)}`)).body.articles as Json[];
    expect(listed[0]).toMatchObject({ id: article.id, submittedReviews: 3, disputedPassages: 1, unadjudicatedDisputes: 0 });
    const disputes = (await queue(`?needs=disputes${search}`)).body.articles as Json[];
    expect(disputes.map((item) => item.id)).not.toContain(article.id);
  });

  it('publishes, records who and when, and locks verdicts until reopened', async () => {
    const article = await adjudicatedCopy();
    as('editor');
    const published = await publish(article);
    expect(published.status).toBe(200);
    expect(published.body.article).toMatchObject({ id: article.id, status: 'published' });
    const [row] = await database.query<{ status: string; verdictsPublishedById: string }>('SELECT status, "verdictsPublishedById" FROM "Article" WHERE id = $1', [article.id]);
    expect(row).toMatchObject({ status: 'published', verdictsPublishedById: database.actors.editor.id });

    const before = await database.snapshot();
    expect((await publish(article)).status).toBe(409);
    const claim = await passageOf(article, CLAIM);
    expect((await verdict(article, claim.id, { label: 'claim', rating: 'true', explanation: 'x', version: 1 })).status).toBe(409);
    expect(await database.snapshot()).toEqual(before);

    expect((await reopen(article, { reason: 'New evidence from the ministry' })).status).toBe(200);
    expect((await reopen(article)).status).toBe(409);
    const events = await database.query<{ action: string; reason: string }>('SELECT action, reason FROM "PublicationEvent" WHERE "articleId" = $1 ORDER BY id', [article.id]);
    expect(events).toEqual([{ action: 'publish', reason: '' }, { action: 'reopen', reason: 'New evidence from the ministry' }]);
    const history = (await consensus(article)).publication.history;
    expect(history.map((event) => event.action)).toEqual(['reopen', 'publish']);
  });

  it('carries verdicts to a new revision of the text when their passage is still there', async () => {
    const article = await adjudicatedCopy();
    as('editor');
    const revised = await call(routes.articleText.PUT, { method: 'PUT', params: { id: article.id }, body: { text: `${article.text}\nA paragraph added at the end.` } });
    expect(revised.status).toBe(200);
    const disputedNow = await passageOf(article, DISPUTED);
    expect(disputedNow?.verdict).toMatchObject({ label: 'opinion', rating: 'mixed' });
  });
});
