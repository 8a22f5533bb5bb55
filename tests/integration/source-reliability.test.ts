// A source's reliability profile through the real route handlers on a real PostgreSQL: the
// snapshot written on publishing and removed on reopening, the figures and their shape in
// GET /api/sources and /api/sources/<id>, project scope, blind review (drafts on an unpublished
// article change nothing a reviewer reads), the exports, and refusals that change nothing.
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { SOURCE_INDEX_JSON_SCHEMA, SOURCE_PROFILE_JSON_SCHEMA } from '@/lib/exports/source-reliability-json-schema';
import { spanOf } from '../support/annotation-bodies';
import { errorOf, type Json, routeClient } from '../support/route-client';
import { routes } from '../support/routes';
import { withSeededDatabase } from '../support/seeded-database';

vi.mock('@/lib/server/auth/cookie-session', () => import('../support/session'));

const database = withSeededDatabase();
const { annotate, createAccount, createProject, hit, hitNow } = routeClient(database);

const OUTLET = 'Reliability Test Wire';
const PARAGRAPHS = [
  'The ministry said exports rose by twelve percent last year, the fastest growth in a decade.',
  'Officials insisted the new port alone explained the rise, without publishing any figures.',
  'Critics called the plan reckless and short-sighted.',
];
const CLAIM = 'exports rose by twelve percent last year';
const UNSUPPORTED = 'the new port alone explained the rise';
const OPINION = 'reckless and short-sighted';

type Article = { id: string; text: string };
let sourceId: string;

async function importArticle(title: string, publishedAt: string | null = '2025-03-10'): Promise<Article> {
  const answer = await hit('editor', routes.articles.POST, { method: 'POST', path: '/api/articles', body: { text: [title, ...PARAGRAPHS].join('\n'), publisher: OUTLET } });
  expect(answer.status, answer.text).toBe(201);
  const article = answer.body.article as { id: string; text: string; source: { id: string } };
  sourceId = article.source.id;
  if (publishedAt) expect((await hit('editor', routes.articleMetadata.PATCH, { method: 'PATCH', params: { id: article.id }, body: { publishedAt } })).status).toBe(200);
  return article;
}

/** Two reviewers mark the same passages alike (so nothing is disputed) and submit; the editor publishes. */
async function reviewAndPublish(article: Article, labels: { claim?: boolean; unsupported?: boolean } = { claim: true, unsupported: true }): Promise<void> {
  for (const who of ['reviewer1', 'reviewer2'] as const) {
    if (labels.claim) await annotate(who, article, CLAIM, 'claim');
    if (labels.unsupported) await annotate(who, article, UNSUPPORTED, 'unsupported');
    await annotate(who, article, OPINION, 'opinion');
    expect((await hit(who, routes.submit.POST, { method: 'POST', params: { id: article.id } })).status).toBe(201);
  }
  const published = await hit('editor', routes.publish.POST, { method: 'POST', params: { id: article.id } });
  expect(published.status, published.text).toBe(200);
}

const list = async (who: Parameters<typeof hit>[0]) => hit(who, routes.sources.GET, { path: '/api/sources' });
const detail = async (who: Parameters<typeof hit>[0], id = sourceId) => hit(who, routes.source.GET, { params: { id } });
const ours = async (who: Parameters<typeof hit>[0]) => ((await list(who)).body.sources as Json[]).find((source) => source.id === sourceId)!;

const claimLength = CLAIM.length;
const unsupportedLength = UNSUPPORTED.length;

let published: Article[] = [];

beforeAll(async () => {
  published = [await importArticle('Exports one'), await importArticle('Exports two', '2025-04-02')];
  for (const article of published) await reviewAndPublish(article);
});

describe('the snapshot', () => {
  it('is written when an article is published, with the characters under each final label, and removed when it is reopened', async () => {
    const [row] = await database.query<Json>('SELECT * FROM "ArticleReliability" WHERE "articleId" = $1', [published[0]!.id]);
    expect(row).toMatchObject({ claimChars: claimLength, unsupportedChars: unsupportedLength, opinionChars: OPINION.length, claimPassages: 1, unsupportedPassages: 1, opinionPassages: 1, reviewers: 2 });

    const extra = await importArticle('Exports reopened');
    await reviewAndPublish(extra);
    expect(await database.query('SELECT 1 FROM "ArticleReliability" WHERE "articleId" = $1', [extra.id])).toHaveLength(1);
    const reopened = await hit('editor', routes.reopenArticle.POST, { method: 'POST', params: { id: extra.id }, body: { reason: 'A correction came in' } });
    expect(reopened.status, reopened.text).toBe(200);
    expect(await database.query('SELECT 1 FROM "ArticleReliability" WHERE "articleId" = $1', [extra.id])).toHaveLength(0);
    // Reopened, it counts nowhere.
    expect(((await detail('editor')).body.source as Json & { profile: { perArticle: Json[] } }).profile.perArticle.map((row) => row.articleId)).not.toContain(extra.id);
  });

  it('is computed on the next read for a published article that lacks one (published before snapshots existed)', async () => {
    await database.query('DELETE FROM "ArticleReliability" WHERE "articleId" = $1', [published[1]!.id]);
    expect((await ours('editor')).reliability).toMatchObject({ articlesReviewed: 2 });
    expect(await database.query('SELECT 1 FROM "ArticleReliability" WHERE "articleId" = $1', [published[1]!.id])).toHaveLength(1);
  });
});

describe('GET /api/sources and /api/sources/<id>', () => {
  it('says "not enough data" below three articles with claim-bearing text, with the counts behind it', async () => {
    expect((await ours('reviewer3')).reliability).toEqual({
      method: 'article-bootstrap',
      level: 0.95,
      minimumArticles: 3,
      articlesReviewed: 2,
      claimBearingArticles: 2,
      claimBearingChars: 2 * (claimLength + unsupportedLength),
      unsupportedChars: 2 * unsupportedLength,
      unsupportedShare: null,
      interval: null,
      enoughData: false,
    });
  });

  it('gives the pooled share with its interval from the third article on, and the same figures in the list and the profile', async () => {
    const third = await importArticle('Exports three', null);
    // A claim appearance linked before publishing: the profile lists the claim with its verdict.
    const claim = await hit('editor', routes.claims.POST, { method: 'POST', path: '/api/claims', body: { text: 'Exports rose 12% last year' } });
    const claimId = (claim.body.claim as Json).id as string;
    expect((await hit('editor', routes.claimAppearances.POST, { method: 'POST', params: { id: claimId }, body: { articleId: third.id, start: spanOf(third.text, CLAIM).start, end: spanOf(third.text, CLAIM).end } })).status).toBe(201);
    expect((await hit('editor', routes.claimVerdict.PUT, { method: 'PUT', params: { id: claimId }, body: { rating: 'false', explanation: 'The statistics office says 3%.' } })).status).toBe(200);
    await reviewAndPublish(third, { claim: true });

    const item = await ours('editor');
    const bearing = 3 * claimLength + 2 * unsupportedLength;
    expect(item.reliability).toMatchObject({ articlesReviewed: 3, claimBearingArticles: 3, claimBearingChars: bearing, unsupportedChars: 2 * unsupportedLength, enoughData: true });
    const reliability = item.reliability as { unsupportedShare: number; interval: { low: number; high: number } };
    expect(reliability.unsupportedShare).toBeCloseTo((2 * unsupportedLength) / bearing, 12);
    expect(reliability.interval.low).toBeLessThanOrEqual(reliability.unsupportedShare);
    expect(reliability.interval.high).toBeGreaterThanOrEqual(reliability.unsupportedShare);
    expect(item.claims).toBe(1);

    const answer = await detail('editor');
    expect(answer.status).toBe(200);
    const source = answer.body.source as Json & { profile: Json & { perArticle: Json[]; trend: Json[]; claims: Json[] } };
    expect(source.reliability).toEqual(item.reliability);
    expect(source.profile.labelMix).toEqual({
      claim: { passages: 3, characters: 3 * claimLength },
      opinion: { passages: 3, characters: 3 * OPINION.length },
      unsupported: { passages: 2, characters: 2 * unsupportedLength },
    });
    expect(source.profile.perArticle).toHaveLength(3);
    expect(source.profile.perArticle.find((row) => row.articleId === third.id)).toMatchObject({ publishedAt: null, claimBearingChars: claimLength, unsupportedChars: 0, unsupportedShare: 0 });
    // The third has no date of its own: it counts in the month its verdicts were published.
    expect(source.profile.trend.map((point) => [point.period, point.articles])).toEqual([
      ['2025-03', 1],
      ['2025-04', 1],
      [new Date().toISOString().slice(0, 7), 1],
    ]);
    expect(source.profile.claims).toEqual([{ claimId, text: 'Exports rose 12% last year', verdict: { rating: 'false', ratingName: expect.any(String), ratingValue: expect.any(Number) }, appearances: 1 }]);
    expect(source.profile.agreement).toMatchObject({ articles: expect.any(Number) });
    expect(Array.isArray(source.profile.signals)).toBe(true);
  });

  it('shows a reviewer no claims (the desk\'s), and another project\'s member none of these articles', async () => {
    expect((await ours('reviewer1')).claims).toBe(0);
    expect(((await detail('reviewer1')).body.source as { profile: { claims: unknown[] } }).profile.claims).toEqual([]);

    const elsewhere = await createProject('editor', { name: 'Reliability elsewhere' });
    const outsider = await createAccount('editor', 'reliability');
    expect((await hitNow('editor', routes.projectMembers.POST, { method: 'POST', params: { id: elsewhere }, body: { userId: outsider, role: 'editor' } })).status).toBe(201);
    await database.query('DELETE FROM "ProjectMember" WHERE "userId" = $1 AND "projectId" <> $2', [outsider, elsewhere]);
    const theirs = ((await hitNow(outsider, routes.sources.GET, { path: '/api/sources' })).body.sources as Json[]).find((source) => source.id === sourceId)!;
    expect(theirs).toMatchObject({ articles: 0, claims: 0, reliability: { articlesReviewed: 0, claimBearingChars: 0, unsupportedShare: null, enoughData: false } });
    const profile = ((await hitNow(outsider, routes.source.GET, { params: { id: sourceId } })).body.source as { profile: { perArticle: unknown[] } }).profile;
    expect(profile.perArticle).toEqual([]);
  });

  it('tells a reviewer nothing of others\' drafts on an unpublished article of the source (blind review)', async () => {
    const draft = await importArticle('Exports in review');
    const before = [(await list('reviewer1')).text, (await detail('reviewer1')).text];
    await annotate('reviewer2', draft, CLAIM, 'unsupported');
    await annotate('reviewer3', draft, UNSUPPORTED, 'unsupported');
    expect([(await list('reviewer1')).text, (await detail('reviewer1')).text]).toEqual(before);
    // Nor a submitted review, until the article is published (the article's status in the list moves, as everywhere).
    const figures = async () => {
      const source = (await detail('reviewer1')).body.source as Json;
      return [(await list('reviewer1')).body.sources, source.reliability, source.profile];
    };
    const submittedBefore = await figures();
    expect((await hit('reviewer2', routes.submit.POST, { method: 'POST', params: { id: draft.id } })).status).toBe(201);
    expect(await figures()).toEqual(submittedBefore);
  });
});

describe('exports', () => {
  const validator = (schema: object) => {
    const ajv = new Ajv2020({ allErrors: true });
    addFormats(ajv);
    return ajv.compile(schema);
  };

  it('gives the index and the profile as JSON their schemas accept, with the figures of the API', async () => {
    const index = await hit('reviewer1', routes.sourcesExport.GET, { path: '/api/sources/export?format=json' });
    expect(index.status).toBe(200);
    const validateIndex = validator(SOURCE_INDEX_JSON_SCHEMA);
    expect(validateIndex(index.body), JSON.stringify(validateIndex.errors)).toBe(true);
    expect(index.body.sources).toEqual((await list('reviewer1')).body.sources);

    const profile = await hit('editor', routes.sourceExport.GET, { path: `/api/sources/${sourceId}/export?format=json`, params: { id: sourceId } });
    expect(profile.status).toBe(200);
    const validateProfile = validator(SOURCE_PROFILE_JSON_SCHEMA);
    expect(validateProfile(profile.body), JSON.stringify(validateProfile.errors)).toBe(true);
    expect((profile.body.source as Json).reliability).toEqual(((await detail('editor')).body.source as Json).reliability);
  });

  it('gives CSV: a row per source, and a row per published article', async () => {
    const index = await hit('editor', routes.sourcesExport.GET, { path: '/api/sources/export?format=csv' });
    expect(index.status).toBe(200);
    expect(index.headers.get('content-type')).toMatch(/^text\/csv/);
    const rows = Papa.parse<string[]>(index.text.trim()).data;
    const header = rows[0]!;
    const ourRow = rows.find((row) => row[0] === sourceId)!;
    expect(ourRow[header.indexOf('name')]).toBe(OUTLET);
    expect(ourRow[header.indexOf('articles_reviewed')]).toBe('3');

    const perArticle = await hit('editor', routes.sourceExport.GET, { path: `/api/sources/${sourceId}/export?format=csv`, params: { id: sourceId } });
    expect(perArticle.status).toBe(200);
    expect(Papa.parse<string[]>(perArticle.text.trim()).data).toHaveLength(1 + 3);
  });

  it('refuses a bad format (400) and an unknown source (404), changing nothing', async () => {
    const before = await database.snapshot();
    const refusals = [
      [400, () => hit('editor', routes.sourcesExport.GET, { path: '/api/sources/export?format=xml' })],
      [400, () => hit('editor', routes.sourcesExport.GET, { path: '/api/sources/export?format=csv&extra=1' })],
      [400, () => hit('editor', routes.sourceExport.GET, { path: `/api/sources/${sourceId}/export?format=pdf`, params: { id: sourceId } })],
      [404, () => hit('editor', routes.sourceExport.GET, { path: '/api/sources/00000000-0000-4000-8000-000000000000/export?format=csv', params: { id: '00000000-0000-4000-8000-000000000000' } })],
      [404, () => hit('editor', routes.source.GET, { params: { id: '00000000-0000-4000-8000-000000000000' } })],
      [404, () => hit('editor', routes.source.GET, { params: { id: 'not-a-uuid' } })],
      [401, () => hit(null, routes.sourcesExport.GET, { path: '/api/sources/export?format=csv' })],
    ] as const;
    for (const [status, call] of refusals) {
      const answer = await call();
      expect(answer.status, answer.text).toBe(status);
      expect(errorOf(answer).message).toBeTruthy();
    }
    expect(await database.snapshot()).toEqual(before);
  });
});
