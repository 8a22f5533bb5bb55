// A claim's verdict carries to its appearances, through the real route handlers: the consensus
// view gives a linked passage the claim with its verdict, the JSON export carries it (and still
// conforms to its JSON Schema), and the per-article ClaimReview rates the passage with the claim's
// verdict once the desk has ruled. A reviewer reads none of it (the consensus view is the desk's).
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { EXPORT_JSON_SCHEMA } from '@/lib/exports/export-json-schema';
import { spanOf } from '../support/annotation-bodies';
import { type Json, context, request, routeClient } from '../support/route-client';
import { routes } from '../support/routes';
import { withSeededDatabase } from '../support/seeded-database';

vi.mock('@/lib/server/auth/cookie-session', () => import('../support/session'));

const database = withSeededDatabase();
const { as, hit, importArticle } = routeClient(database);

const PASSAGE = 'Unemployment fell by half in a single year';
const CLAIM_TEXT = 'Unemployment halved in one year';
let article: { id: string; text: string };
let claimId: string;

type Passage = { id: string; exact: string; claims: Json[] };
const consensus = async () => (await (await routes.consensus.GET(request('GET'), context(article.id))).json()) as { passages: Passage[]; claimAppearances: Json[] };
const articleExport = async (format: string) => {
  const response = await routes.articleExport.GET(request('GET', `/api/articles/${article.id}/export?format=${format}`), context(article.id));
  expect(response.status).toBe(200);
  return JSON.parse(await response.text()) as unknown;
};

beforeAll(async () => {
  article = await importArticle(['Jobs report: a claim checked twice', `${PASSAGE}, the minister said on Tuesday.`, 'The statistics office has not confirmed the figure.']);
  for (const reviewer of ['reviewer1', 'reviewer2'] as const) {
    as(reviewer);
    expect((await routes.articleAnnotations.POST(request('POST', '/x', { body: { label: 'claim', ...spanOf(article.text, PASSAGE) } }), context(article.id))).status).toBe(201);
    expect((await routes.submit.POST(request('POST', '/x'), context(article.id))).status).toBe(201);
  }
  as('editor');
  const passage = (await consensus()).passages.find((row) => row.exact === PASSAGE)!;
  const verdict = await routes.verdict.POST(request('POST', '/x', { body: { label: 'claim', rating: 'mostly_true', explanation: 'Roughly so, per the minister.', claimant: 'The minister', claimDate: '2026-03-03' } }), context({ id: article.id, passageId: passage.id }));
  expect(verdict.status).toBe(201);
  expect((await routes.publish.POST(request('POST'), context(article.id))).status).toBe(200);
  const created = await hit('editor', routes.claims.POST, { method: 'POST', path: '/api/claims', body: { text: CLAIM_TEXT } });
  claimId = (created.body.claim as Json).id as string;
  const linked = await hit('editor', routes.claimAppearances.POST, { method: 'POST', params: { id: claimId }, body: { articleId: article.id, start: spanOf(article.text, 'fell by half in a single year').start, end: spanOf(article.text, 'fell by half in a single year').end } });
  expect(linked.status, linked.text).toBe(201);
});

describe('the verdict of a claim carries to its appearances', () => {
  it('shows the linked passage its claim, without a verdict until the desk rules, then with it', async () => {
    as('editor');
    const before = (await consensus()).passages.find((row) => row.exact === PASSAGE)!;
    expect(before.claims).toEqual([{ id: claimId, text: CLAIM_TEXT, verdict: null }]);

    const ruled = await hit('editor', routes.claimVerdict.PUT, { method: 'PUT', params: { id: claimId }, body: { rating: 'false', explanation: 'The office reports a fall of a tenth.' } });
    expect(ruled.status).toBe(200);
    as('editor');
    const view = await consensus();
    expect(view.passages.find((row) => row.exact === PASSAGE)!.claims).toEqual([
      { id: claimId, text: CLAIM_TEXT, verdict: { rating: 'false', ratingName: 'False', ratingValue: expect.any(Number), explanation: 'The office reports a fall of a tenth.', at: expect.any(String) } },
    ]);
    expect(view.claimAppearances).toHaveLength(1);

    // The JSON export carries the claim on the passage, and conforms to its schema.
    const json = (await articleExport('json')) as { articles: { passages: Passage[] }[] };
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats(ajv);
    expect(ajv.validate(EXPORT_JSON_SCHEMA, json), JSON.stringify(ajv.errors)).toBe(true);
    expect(json.articles[0]!.passages.find((row) => row.exact === PASSAGE)!.claims).toMatchObject([{ id: claimId, verdict: { rating: 'false' } }]);

    // ClaimReview: the claim's ruling wins over the passage's own rating; the passage's claimant and date stay.
    const reviews = (await articleExport('claimreview')) as Json[];
    expect(reviews).toHaveLength(1);
    expect(reviews[0]).toMatchObject({ claimReviewed: CLAIM_TEXT, reviewRating: { alternateName: 'False', ratingExplanation: 'The office reports a fall of a tenth.' }, itemReviewed: { author: { name: 'The minister' }, datePublished: '2026-03-03' } });
  });

  it('gives a reviewer no consensus view, so no claim', async () => {
    as('reviewer1');
    const response = await routes.consensus.GET(request('GET'), context(article.id));
    expect(response.status).toBe(403);
    expect(await response.text()).not.toContain(claimId);
  });
});
