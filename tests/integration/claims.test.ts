// Claims across articles through the real route handlers: suggestions ranked by pg_trgm and full-text
// search (measured on the labelled set, and the "Russian troops in Iran" framing offered first in both
// samples), linking appearances, the claim verdict, its ClaimReview with every appearance — and who may
// do what: the desk only (a reviewer learns nothing of the passages editors linked), appearances only in
// the reader's projects, and every refusal leaves the database as it was.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { claimReviewProblems } from '@/lib/exports/claim-review';
import { ARTICLES, CASES, CLAIMS, FRAMING, measureSuggestions } from '../fixtures/claim-suggestions';
import { spanOf } from '../support/annotation-bodies';
import { errorOf, type Json, routeClient } from '../support/route-client';
import { routes } from '../support/routes';
import { SAMPLE_TITLE, withSeededDatabase } from '../support/seeded-database';

vi.mock('@/lib/server/auth/cookie-session', () => import('../support/session'));

const database = withSeededDatabase();
const { hit, hitNow, importArticle, createAccount, createProject } = routeClient(database);

type Article = { id: string; text: string };
const articles = new Map<string, Article>();
const claimIds = new Map<string, string>();

const suggestionsFor = (who: Parameters<typeof hit>[0], article: Article, exact: string) => {
  const { start, end } = spanOf(article.text, exact);
  return hit(who, routes.claimSuggestions.GET, { path: `/api/articles/${article.id}/claim-suggestions?start=${start}&end=${end}`, params: { id: article.id } });
};
const link = (who: Parameters<typeof hit>[0], claimId: string, article: Article, exact: string) =>
  hit(who, routes.claimAppearances.POST, { method: 'POST', params: { id: claimId }, body: { articleId: article.id, start: spanOf(article.text, exact).start, end: spanOf(article.text, exact).end } });
const getClaim = (who: Parameters<typeof hit>[0], claimId: string) => hit(who, routes.claim.GET, { params: { id: claimId } });

beforeAll(async () => {
  const seeded = await database.query<{ id: string; text: string; title: string }>('SELECT id, text, title FROM "Article"');
  for (const spec of ARTICLES) {
    const existing = seeded.find((row) => row.title === spec.lines[0]);
    articles.set(spec.key, existing ?? (await importArticle(spec.lines)));
  }
  for (const claim of CLAIMS) {
    const answer = await hit('editor', routes.claims.POST, { method: 'POST', path: '/api/claims', body: { text: claim.text } });
    expect(answer.status).toBe(201);
    claimIds.set(claim.key, (answer.body.claim as Json).id as string);
  }
});

describe('claim suggestions', () => {
  it('offers the "Russian troops in Iran" framing claim first in both sample articles', async () => {
    const troops = articles.get('troops')!;
    await expect(database.query('SELECT 1 FROM "Article" WHERE id = $1 AND title = $2', [troops.id, SAMPLE_TITLE])).resolves.toHaveLength(1);
    for (const [article, exact] of [[troops, FRAMING.troopsPassage], [articles.get('complexities')!, FRAMING.complexitiesPassage]] as const) {
      const answer = await suggestionsFor('editor', article, exact);
      expect(answer.status).toBe(200);
      const suggestions = answer.body.suggestions as { claimId: string; score: number; text: string }[];
      expect(suggestions[0]).toMatchObject({ claimId: claimIds.get('framing'), text: FRAMING.claim });
      expect(suggestions.length).toBeLessThanOrEqual(5);
      for (const suggestion of suggestions) {
        expect(suggestion.score).toBeGreaterThanOrEqual(0);
        expect(suggestion.score).toBeLessThanOrEqual(1);
      }
    }
  });

  it('ranks well on the labelled set (precision@1, recall, passages with no claim left clear)', async () => {
    const keyOf = new Map([...claimIds].map(([key, id]) => [id, key]));
    const ranked: string[][] = [];
    for (const item of CASES) {
      const answer = await suggestionsFor('editor', articles.get(item.article)!, item.exact);
      expect(answer.status).toBe(200);
      ranked.push((answer.body.suggestions as { claimId: string }[]).map((suggestion) => keyOf.get(suggestion.claimId) ?? '?'));
    }
    const measures = measureSuggestions(ranked);
    expect(measures.precisionAt1).toBeGreaterThanOrEqual(0.9);
    expect(measures.recall).toBeGreaterThanOrEqual(0.9);
    expect(measures.nullsClear).toBeGreaterThanOrEqual(0.8);
  });

  it('refuses a span outside the text, an empty one or a malformed query, with a 400', async () => {
    const article = articles.get('troops')!;
    for (const query of [`start=0&end=${article.text.length + 1}`, 'start=5&end=5', 'start=x&end=3', 'start=1', 'start=1&end=4&extra=1']) {
      const answer = await hit('editor', routes.claimSuggestions.GET, { path: `/api/articles/${article.id}/claim-suggestions?${query}`, params: { id: article.id } });
      expect(answer.status, query).toBe(400);
    }
  });
});

describe('linking, ruling and exporting a claim', () => {
  it('links the framing in both samples, rules on the claim and exports a valid ClaimReview listing both appearances', async () => {
    const claimId = claimIds.get('framing')!;
    const troops = articles.get('troops')!;
    const complexities = articles.get('complexities')!;
    const first = await link('editor', claimId, troops, FRAMING.troopsPassage);
    expect(first.status).toBe(201);
    expect(first.body.appearance).toMatchObject({ articleId: troops.id, exact: FRAMING.troopsPassage, source: null });
    expect((await link('editor', claimId, complexities, FRAMING.complexitiesPassage)).status).toBe(201);

    const before = await database.snapshot();
    const again = await link('editor', claimId, troops, FRAMING.troopsPassage);
    expect(again.status).toBe(409);
    expect(await database.snapshot()).toEqual(before);

    const claim = (await getClaim('editor', claimId)).body.claim as Json & { appearances: Json[] };
    expect(claim.appearances.map((appearance) => [appearance.articleId, appearance.exact])).toEqual([
      [troops.id, FRAMING.troopsPassage],
      [complexities.id, FRAMING.complexitiesPassage],
    ]);
    // The AP sample's outlet is a Source record (seeded); an appearance names it.
    expect(claim.appearances[1]!.source).toEqual({ id: expect.any(String), name: 'The Associated Press' });
    expect(claim.verdict).toBeNull();

    expect((await hit('editor', routes.claimExport.GET, { path: `/api/claims/${claimId}/export?format=claimreview`, params: { id: claimId } })).status).toBe(409);

    const ruled = await hit('editor', routes.claimVerdict.PUT, { method: 'PUT', params: { id: claimId }, body: { rating: 'unsupported', explanation: 'Neither article documents Russian troops in Iran.' } });
    expect(ruled.status).toBe(200);
    expect((ruled.body.claim as Json).verdict).toMatchObject({ rating: 'unsupported', ratingName: 'Unsupported', explanation: 'Neither article documents Russian troops in Iran.' });

    const listed = (await hit('editor', routes.claims.GET, { path: '/api/claims' })).body.claims as Json[];
    expect(listed.find((row) => row.id === claimId)).toMatchObject({ appearanceCount: 2, verdict: { rating: 'unsupported' } });

    const exported = await hit('editor', routes.claimExport.GET, { path: `/api/claims/${claimId}/export?format=claimreview`, params: { id: claimId } });
    expect(exported.status).toBe(200);
    const document = JSON.parse(exported.text) as Json & { itemReviewed: { appearance: Json[]; firstAppearance: Json } };
    expect(claimReviewProblems(document).filter((problem) => problem.level === 'required')).toEqual([]);
    expect(document).toMatchObject({ '@type': 'ClaimReview', claimReviewed: FRAMING.claim, reviewRating: { alternateName: 'Unsupported' } });
    expect(document.itemReviewed.appearance.map((work) => work.headline)).toEqual([SAMPLE_TITLE, ARTICLES.find((spec) => spec.key === 'complexities')!.lines[0]]);
    expect(document.itemReviewed.firstAppearance).toBeTruthy();
  });

  it('refuses bad input with a 4xx and leaves the database unchanged', async () => {
    const claimId = claimIds.get('bus-fares')!;
    const article = articles.get('city-desk')!;
    const before = await database.snapshot();
    const refusals: [number, () => ReturnType<typeof hit>][] = [
      [400, () => hit('editor', routes.claims.POST, { method: 'POST', path: '/api/claims', body: { text: '   ' } })],
      [400, () => hit('editor', routes.claims.POST, { method: 'POST', path: '/api/claims', body: { text: 'x'.repeat(1001) } })],
      [400, () => hit('editor', routes.claims.POST, { method: 'POST', path: '/api/claims', body: { text: 'ok', project: 'x' } })],
      [400, () => hit('editor', routes.claimAppearances.POST, { method: 'POST', params: { id: claimId }, body: { articleId: article.id, start: 0, end: article.text.length + 5 } })],
      [400, () => hit('editor', routes.claimAppearances.POST, { method: 'POST', params: { id: claimId }, body: { articleId: article.id, start: 4, end: 4 } })],
      [400, () => hit('editor', routes.claimAppearances.POST, { method: 'POST', params: { id: claimId }, body: { articleId: 'not-a-uuid', start: 0, end: 4 } })],
      [404, () => hit('editor', routes.claimAppearances.POST, { method: 'POST', params: { id: '00000000-0000-4000-8000-000000000000' }, body: { articleId: article.id, start: 0, end: 4 } })],
      [404, () => hit('editor', routes.claimAppearances.POST, { method: 'POST', params: { id: claimId }, body: { articleId: '00000000-0000-4000-8000-000000000000', start: 0, end: 4 } })],
      [400, () => hit('editor', routes.claimVerdict.PUT, { method: 'PUT', params: { id: claimId }, body: { rating: 'no-such-rating', explanation: 'x' } })],
      [400, () => hit('editor', routes.claimVerdict.PUT, { method: 'PUT', params: { id: claimId }, body: { rating: 'false', explanation: '' } })],
      [404, () => hit('editor', routes.claimVerdict.PUT, { method: 'PUT', params: { id: 'nope' }, body: { rating: 'false', explanation: 'x' } })],
      [400, () => hit('editor', routes.claimExport.GET, { path: `/api/claims/${claimId}/export?format=csv`, params: { id: claimId } })],
      [404, () => getClaim('editor', 'nope')],
    ];
    for (const [status, answer] of refusals) {
      const settled = await answer();
      expect(settled.status, settled.text).toBe(status);
      expect(errorOf(settled).message).toBeTruthy();
    }
    expect(await database.snapshot()).toEqual(before);
  });
});

describe('who may see and change claims', () => {
  it('is the desk’s: a reviewer reads and changes nothing of claims (blind review), a visitor is asked to sign in', async () => {
    const claimId = claimIds.get('framing')!;
    const article = articles.get('troops')!;
    const before = await database.snapshot();
    for (const who of ['reviewer1', null] as const) {
      const expected = who ? 403 : 401;
      expect((await hit(who, routes.claims.GET, { path: '/api/claims' })).status).toBe(expected);
      expect((await getClaim(who, claimId)).status).toBe(expected);
      expect((await hit(who, routes.claims.POST, { method: 'POST', path: '/api/claims', body: { text: 'x' } })).status).toBe(expected);
      expect((await link(who, claimId, article, 'Russian Troops')).status).toBe(expected);
      expect((await hit(who, routes.claimVerdict.PUT, { method: 'PUT', params: { id: claimId }, body: { rating: 'false', explanation: 'x' } })).status).toBe(expected);
      expect((await hit(who, routes.claimExport.GET, { path: `/api/claims/${claimId}/export?format=claimreview`, params: { id: claimId } })).status).toBe(expected);
      expect((await suggestionsFor(who, article, 'Russian Troops')).status).toBe(expected);
    }
    expect(await database.snapshot()).toEqual(before);
  });

  it('shows an editor of another project none of this project’s appearances, and 404s its articles', async () => {
    const outsider = await createAccount('editor', 'outsider');
    await createProject(outsider, { name: 'Claims elsewhere' });
    const claimId = claimIds.get('framing')!;
    const article = articles.get('troops')!;
    const before = await database.snapshot();
    const claim = await hitNow(outsider, routes.claim.GET, { params: { id: claimId } });
    expect(claim.status).toBe(200);
    expect((claim.body.claim as { appearances: unknown[] }).appearances).toEqual([]);
    const listed = (await hitNow(outsider, routes.claims.GET, { path: '/api/claims' })).body.claims as Json[];
    expect(listed.find((row) => row.id === claimId)).toMatchObject({ appearanceCount: 0 });
    const exported = await hitNow(outsider, routes.claimExport.GET, { path: `/api/claims/${claimId}/export?format=claimreview`, params: { id: claimId } });
    expect((JSON.parse(exported.text) as { itemReviewed: { appearance: unknown[] } }).itemReviewed.appearance).toEqual([]);
    const { start, end } = spanOf(article.text, 'Russian Troops');
    expect((await hitNow(outsider, routes.claimSuggestions.GET, { path: `/api/articles/${article.id}/claim-suggestions?start=${start}&end=${end}`, params: { id: article.id } })).status).toBe(404);
    expect((await hitNow(outsider, routes.claimAppearances.POST, { method: 'POST', params: { id: claimId }, body: { articleId: article.id, start, end } })).status).toBe(404);
    expect(await database.snapshot()).toEqual(before);
  });
});
