// Exports through the real route handlers after a full consensus flow on the
// sample article: every format parses back and conforms (CSV rows, JSON
// Schema, W3C MUSTs with quote = text at offsets, ClaimReview properties),
// filters select, bad queries are 400, and only the desk (or a token with
// read:exports) may export.
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { parse } from 'csv-parse/sync';
import { beforeAll, beforeEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { config, setConfigEnv } from '@/lib/config';
import { claimReviewProblems } from '@/lib/exports/claim-review';
import { EXPORT_JSON_SCHEMA } from '@/lib/exports/export-json-schema';
import { annotationCollectionViolations } from '@/lib/exports/web-annotation-conformance';
import { spanOf } from '../support/annotation-bodies';
import { type Json, context, request, routeClient } from '../support/route-client';
import { routes } from '../support/routes';
import { withSeededDatabase } from '../support/seeded-database';

vi.mock('@/lib/server/auth/cookie-session', () => import('../support/session'));


const database = withSeededDatabase();
const { as, importArticle } = routeClient(database);
let article: { id: string; text: string };

const HEADLINE = 'Russian Troops In Iran';
const CLAIM = 'Russia has exerted significant influence over its southern neighbor';
const TRICKY_RATIONALE = 'He said "no troops", then, later:\nmore troops 🪖 — =HYPERLINK("http://evil.example")';

const span = (quote: string) => spanOf(article.text, quote);
const articleExport = (format: string, token?: string) => routes.articleExport.GET(request('GET', `/api/articles/${article.id}/export?format=${encodeURIComponent(format)}`, { token }), context(article.id));
const bulkExport = (query: string) => routes.exports.GET(request('GET', `/api/exports?${query}`), context());

// The whole file reads one published article: the sample, annotated by three reviewers, adjudicated and published.
beforeAll(async () => {
  article = await database.sampleArticle();
  for (const [reviewer, label] of [['reviewer1', 'unsupported'], ['reviewer2', 'unsupported'], ['reviewer3', 'claim']] as const) {
    as(reviewer);
    expect((await routes.articleAnnotations.POST(request('POST', `/api/articles/${article.id}/annotations`, { body: { label, ...span(HEADLINE), rationale: TRICKY_RATIONALE, evidence: [{ url: 'https://example.org/a,b', title: 'Report, "final"' }] } }), context(article.id))).status).toBe(201);
    expect((await routes.articleAnnotations.POST(request('POST', `/api/articles/${article.id}/annotations`, { body: { label: 'claim', ...span(CLAIM) } }), context(article.id))).status).toBe(201);
    // A submitted review is final, so the formula-like rationale is written before submitting.
    if (reviewer === 'reviewer1') expect((await routes.articleAnnotations.POST(request('POST', `/api/articles/${article.id}/annotations`, { body: { label: 'claim', ...span('Russia'), rationale: '=1+1' } }), context(article.id))).status).toBe(201);
    expect((await routes.submit.POST(request('POST', `/api/articles/${article.id}/submit`), context(article.id))).status).toBe(201);
  }
  as('editor');
  const view = (await (await routes.consensus.GET(request('GET'), context(article.id))).json()) as { passages: { id: string; exact: string; label: string }[] };
  const headline = view.passages.find((passage) => passage.exact === HEADLINE);
  const verdict = await routes.verdict.POST(request('POST', '/x', { body: { label: 'unsupported', rating: 'unsupported', explanation: 'The body concedes no deployment is documented.', claimant: 'Example Daily', appearanceUrl: 'https://example.org/original', claimDate: '2024-10-11' } }), context({ id: article.id, passageId: headline!.id }));
  expect(verdict.status).toBe(201);
  expect((await routes.publish.POST(request('POST'), context(article.id))).status).toBe(200);
  // The discussion goes on after publication: a thread on the headline with a reply (resolved), and one on the whole article.
  const comment = async (body: Json) => {
    const answer = await routes.articleComments.POST(request('POST', `/api/articles/${article.id}/comments`, { body }), context(article.id));
    expect(answer.status).toBe(201);
    return ((await answer.json()) as { comment: { id: string } }).comment.id;
  };
  const thread = await comment({ body: 'Is "troops" the right word? @reviewer1@example.org', ...span(HEADLINE) });
  await comment({ body: 'Settled in the verdict.', parentId: thread });
  await comment({ body: 'Whole-article note' });
  expect((await routes.comment.PATCH(request('PATCH', `/api/comments/${thread}`, { body: { version: 1, resolved: true } }), context(thread))).status).toBe(200);
});
beforeEach(() => as('editor'));

describe('per-article exports', () => {
  it('CSV parses back to one row per annotation with quotes, commas, newlines and emoji intact, formulas neutralised', async () => {
    const response = await articleExport('csv');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="corroborate-.*\.annotations\.csv"$/);
    const rows = parse(await response.text(), { columns: true, bom: true }) as Record<string, string>[];
    expect(rows).toHaveLength(7);
    expect(Number(response.headers.get('x-export-records'))).toBe(7);
    const headline = rows.filter((row) => Object.values(row).includes(HEADLINE));
    expect(headline).toHaveLength(3);
    const cells = Object.values(headline[0]!);
    expect(cells).toContain(TRICKY_RATIONALE);
    expect(cells.some((cell) => cell.includes('Report, "final"'))).toBe(true);
  });

  it('CSV cells that start like formulas get a leading apostrophe', async () => {
    const rows = parse(await (await articleExport('csv')).text(), { columns: true }) as Record<string, string>[];
    expect(rows.some((row) => Object.values(row).includes("'=1+1"))).toBe(true);
    expect(rows.some((row) => Object.values(row).includes('=1+1'))).toBe(false);
  });

  it('passage CSV has one row per consensus passage with the verdict', async () => {
    const rows = parse(await (await articleExport('passages.csv')).text(), { columns: true }) as Record<string, string>[];
    const headline = rows.find((row) => Object.values(row).includes(HEADLINE));
    expect(Object.values(headline ?? {})).toEqual(expect.arrayContaining(['unsupported', 'The body concedes no deployment is documented.']));
  });

  it('JSON conforms to its published JSON Schema', async () => {
    const ajv = new Ajv2020({ allErrors: true });
    addFormats(ajv);
    const validate = ajv.compile(EXPORT_JSON_SCHEMA);
    const document = (await (await articleExport('json')).json()) as { articles: { annotations: unknown[]; passages: unknown[]; comments: Json[] }[] };
    expect(validate(document), JSON.stringify(validate.errors)).toBe(true);
    expect(document.articles).toHaveLength(1);
    expect(document.articles[0]!.annotations.length).toBeGreaterThanOrEqual(6);
    const [thread, reply, note] = document.articles[0]!.comments;
    expect(thread).toMatchObject({ parentId: null, exact: HEADLINE, start: 0, end: HEADLINE.length, revision: 1, mentions: [database.actors.reviewer1.id], resolvedBy: { name: 'Edda Editor' } });
    expect(reply).toMatchObject({ parentId: thread!.id, exact: HEADLINE, body: 'Settled in the verdict.', resolvedAt: null });
    expect(note).toMatchObject({ parentId: null, start: null, exact: null, body: 'Whole-article note' });
    // The schema is closed: a field the serialiser adds without it fails.
    expect(validate({ ...document, articles: [{ ...document.articles[0], comments: [{ ...thread, secret: 1 }] }] })).toBe(false);
  });

  it('W3C JSON-LD meets the MUSTs, and every quote is the text at its offsets', async () => {
    const response = await articleExport('jsonld');
    expect(response.headers.get('content-type')).toContain('application/ld+json');
    type Selector = { type: string; start?: number; end?: number; exact?: string };
    type Item = { id: string; motivation: string; body: { purpose: string; value: string }[]; target: string | { source: string; selector: Selector[] } };
    const document = (await response.json()) as { total: number; first: { items: Item[] } };
    expect(annotationCollectionViolations(document, { text: article.text }).filter((violation) => violation.level === 'MUST')).toEqual([]);
    // The discussion: a passage thread on the headline, its reply (targeting the thread) and a note on the whole article.
    const replies = document.first.items.filter((item) => item.motivation === 'replying');
    expect(document.total).toBe(document.first.items.length);
    expect(replies.map((item) => item.body[0])).toEqual([
      { type: 'TextualBody', purpose: 'replying', value: 'Is "troops" the right word? @reviewer1@example.org', format: 'text/plain' },
      { type: 'TextualBody', purpose: 'replying', value: 'Settled in the verdict.', format: 'text/plain' },
      { type: 'TextualBody', purpose: 'replying', value: 'Whole-article note', format: 'text/plain' },
    ]);
    const [thread, reply, note] = replies;
    expect(thread!.target).toMatchObject({ type: 'SpecificResource', selector: [{ type: 'TextPositionSelector', start: 0, end: HEADLINE.length }, { type: 'TextQuoteSelector', exact: HEADLINE }] });
    expect(reply!.target).toBe(thread!.id);
    expect(typeof note!.target).toBe('string');
    const codePoints = [...article.text];
    for (const item of document.first.items.filter((each): each is Item & { target: { selector: Selector[] } } => each.motivation === 'classifying' && typeof each.target !== 'string')) {
      const position = item.target.selector.find((selector) => selector.type === 'TextPositionSelector');
      const quote = item.target.selector.find((selector) => selector.type === 'TextQuoteSelector');
      expect(codePoints.slice(position!.start, position!.end).join('')).toBe(quote!.exact);
    }
  });

  it('ClaimReview has every required and recommended property for the published verdict', async () => {
    const reviews = (await (await articleExport('claimreview')).json()) as Json[];
    expect(reviews).toHaveLength(1);
    expect(claimReviewProblems(reviews[0])).toEqual([]);
    expect(reviews[0]).toMatchObject({ '@type': 'ClaimReview', claimReviewed: HEADLINE, reviewRating: { alternateName: 'Unsupported' }, itemReviewed: { '@type': 'Claim', author: { name: 'Example Daily' } } });
  });
});

describe('bulk exports', () => {
  it('filter by status, label, publisher and dates', async () => {
    const count = async (query: string) => Number((await bulkExport(`format=csv&${query}`)).headers.get('x-export-records'));
    expect(await count('status=published')).toBeGreaterThanOrEqual(6);
    expect(await count('status=open')).toBe(0);
    expect(await count('status=published&label=unsupported')).toBe(2);
    expect(await count('from=2999-01-01')).toBe(0);
    expect(await count('to=2000-01-01')).toBe(0);
    const rows = parse(await (await bulkExport('format=csv&label=unsupported')).text(), { columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(2);
  });

  describe('in batches of two', () => {
    beforeEach(() => {
      setConfigEnv({ EXPORT_BATCH_SIZE: '2' });
      return () => {
        setConfigEnv({ EXPORT_BATCH_SIZE: undefined });
      };
    });

    it('CSV and JSON-LD hold every annotation once, in article then id order, as one batch does', async () => {
      const csvIds = async () => (parse(await (await bulkExport('format=csv')).text(), { columns: true }) as Record<string, string>[]).map((row) => `${row.article_id}/${row.annotation_id}`);
      const small = await csvIds();
      setConfigEnv({ EXPORT_BATCH_SIZE: undefined });
      const whole = await csvIds();
      setConfigEnv({ EXPORT_BATCH_SIZE: '2' });
      expect(small.length).toBeGreaterThan(4);
      expect(small).toEqual(whole);
      expect(new Set(small).size).toBe(small.length);
      expect([...small].sort()).toEqual(small);

      const response = await bulkExport('format=jsonld');
      const document = JSON.parse(await response.text()) as { total: number; first: { items: { id: string; motivation: string }[] } };
      // The annotations, then the discussion's comments as replies (the sample article's three).
      const annotations = document.first.items.filter((item) => item.motivation === 'classifying');
      expect(document.total).toBe(small.length + 3);
      expect(document.first.items.slice(small.length).map((item) => item.motivation)).toEqual(['replying', 'replying', 'replying']);
      expect(annotations.map((item) => item.id.split('/').at(-1))).toEqual(small.map((key) => key.split('/')[1]));
      // A label filter selects annotations only.
      const labelled = JSON.parse(await (await bulkExport('format=jsonld&label=claim')).text()) as { total: number; first: { items: { motivation: string }[] } };
      expect(labelled.first.items.every((item) => item.motivation === 'classifying')).toBe(true);
      expect(labelled.total).toBe(labelled.first.items.length);
      expect(annotationCollectionViolations(document, { text: article.text }).filter((violation) => violation.level === 'MUST')).toEqual([]);
    });

    it('never holds more annotations than the total it announced, though reviewers add some meanwhile', async () => {
      // The sample article is published (frozen), so the reviewer adds to an article of this test's
      // own, deleted after it so that the other tests count what they counted.
      const other = await importArticle(['Added during an export', 'A paragraph a reviewer annotates while the export is read.']);
      onTestFinished(async () => void (await database.query('DELETE FROM "Article" WHERE id = $1', [other.id])));
      as('editor');
      const response = await bulkExport('format=csv');
      const announced = Number(response.headers.get('x-export-records'));
      // The count is taken and the header written; the batches are planned as the body is read.
      as('reviewer1');
      for (let i = 0; i < 3; i++) {
        const body = { label: 'opinion', start: 0, end: 8, exact: other.text.slice(0, 8), rationale: `added during the export ${i}` };
        expect((await routes.articleAnnotations.POST(request('POST', `/api/articles/${other.id}/annotations`, { body }), context(other.id))).status).toBe(201);
      }
      as('editor');
      const rows = parse(await response.text(), { columns: true }) as Record<string, string>[];
      expect(rows).toHaveLength(announced);
      expect(Number((await bulkExport('format=csv')).headers.get('x-export-records'))).toBe(announced + 3);
    });
  });

  describe('the addresses an export mints', () => {
    // `next start -H 0.0.0.0` gives route handlers request.url on the bind address;
    // the client asked for desk.example:8443. Only the latter may appear in the file.
    const boundRequest = (path: string, headers: Record<string, string>) => new Request(`http://0.0.0.0:3000${path}`, { headers: { host: 'desk.example:8443', ...headers } });
    let configured: string | undefined;
    beforeEach(() => {
      configured = config().publicUrl ?? undefined;
      setConfigEnv({ NEXTAUTH_URL: undefined });
      return () => {
        setConfigEnv({ NEXTAUTH_URL: configured, TRUST_PROXY: undefined });
      };
    });

    type Collection = { id: string; first: { id: string; partOf: { id: string }; items: { id: string; target: { source: string } }[] }; last: string };

    it('a bulk W3C export names itself, its page and its annotations with the Host the client used, never the bind address', async () => {
      const response = await routes.exports.GET(boundRequest('/api/exports?format=jsonld&status=published', {}), {});
      expect(response.status).toBe(200);
      const text = await response.text();
      expect(text).not.toContain('0.0.0.0');
      const document = JSON.parse(text) as Collection;
      expect(document.id).toBe('http://desk.example:8443/api/exports?format=jsonld&status=published');
      expect(document.first.id).toBe(`${document.id}#all`);
      expect(document.last).toBe(`${document.id}#all`);
      expect(document.first.partOf.id).toBe(document.id);
      expect(document.first.items.length).toBeGreaterThan(0);
      for (const item of document.first.items) expect(item.id).toMatch(/^http:\/\/desk\.example:8443\/annotations\/[0-9a-f-]{36}$|^urn:uuid:[0-9a-f-]{36}$/);
    });

    it('a per-article W3C export and ClaimReview use NEXTAUTH_URL when it is set, and https when a proxy says so', async () => {
      setConfigEnv({ NEXTAUTH_URL: 'https://corroborate.example.org/desk' });
      const jsonld = await routes.articleExport.GET(boundRequest(`/api/articles/${article.id}/export?format=jsonld`, {}), context(article.id));
      const document = JSON.parse(await jsonld.text()) as Collection;
      expect(document.id).toBe(`https://corroborate.example.org/desk/api/articles/${article.id}/export?format=jsonld`);
      expect(document.first.items[0]!.id).toMatch(/^https:\/\/corroborate\.example\.org\/desk\/annotations\//);

      // Behind one trusted proxy (TRUST_PROXY=1), the scheme it forwards is the one the client used.
      setConfigEnv({ NEXTAUTH_URL: undefined, TRUST_PROXY: '1' });
      const claimReview = await routes.articleExport.GET(boundRequest(`/api/articles/${article.id}/export?format=claimreview`, { 'x-forwarded-proto': 'https' }), context(article.id));
      const text = await claimReview.text();
      expect(text).not.toContain('0.0.0.0');
      const reviews = JSON.parse(text) as { url: string; author: { url: string } }[];
      expect(reviews.length).toBeGreaterThan(0);
      expect(reviews[0]!.url).toMatch(new RegExp(`^https://desk\\.example:8443/articles/${article.id}#passage-`));
      expect(reviews[0]!.author.url).toBe('https://desk.example:8443/');
    });
  });

  it.each([
    ['an unknown format', 'format=xlsx'],
    ['a malformed date', 'format=csv&from=yesterday'],
    ['from after to', 'format=csv&from=2026-02-01&to=2026-01-01'],
    ['an unknown parameter', 'format=csv&drop=table'],
    ['an unknown label', 'format=csv&label=lies'],
  ])('refuse %s with 400', async (_what, query) => {
    const response = await bulkExport(query);
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: Json }).error.message).toBeTruthy();
  });
});

describe('who may export', () => {
  it('refuses anonymous callers (401) and reviewers (403)', async () => {
    as(null);
    expect((await articleExport('csv')).status).toBe(401);
    expect((await bulkExport('format=csv')).status).toBe(401);
    as('reviewer1');
    expect((await articleExport('csv')).status).toBe(403);
    expect((await bulkExport('format=json')).status).toBe(403);
  });

  it('lets a token with read:exports in, and not one without', async () => {
    as('admin');
    const make = async (scopes: string[]) => ((await (await routes.tokens.POST(request('POST', '/api/tokens', { body: { name: 'Archive', scopes, userId: database.actors.editor.id } }), context())).json()) as { secret: string }).secret;
    const reader = await make(['read:exports']);
    const writer = await make(['write:annotations']);
    as(null);
    expect((await articleExport('json', reader)).status).toBe(200);
    expect((await articleExport('json', writer)).status).toBe(403);
  });
});
