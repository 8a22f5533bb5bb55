// The W3C Web Annotation Protocol server through its real route handlers on
// PostgreSQL, driven the way a standard client drives it: discover the
// container, page through it by following first/next/last/prev/partOf, POST
// an annotation and read it back at its Location, PUT with If-Match, DELETE.
// Blind review and the token scopes hold here as in the workbench, refusals
// write nothing, and everything emitted passes the Data Model conformance
// check against the text its selectors select from.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { ANNOTATION_LINK_HEADER, CONTAINER_LINK_HEADER, WEB_ANNOTATION_MEDIA_TYPE } from '@/lib/exports/web-annotation';
import { annotationCollectionViolations, annotationPageViolations, webAnnotationViolations } from '@/lib/exports/web-annotation-conformance';
import { webAnnotation } from '../support/annotation-bodies';
import { type Answer, type Json, ORIGIN, routeClient } from '../support/route-client';
import { routes } from '../support/routes';
import { type DemoName, withSeededDatabase } from '../support/seeded-database';

vi.mock('@/lib/server/auth/cookie-session', () => import('../support/session'));
// IRIs are minted from the request's origin, as on a deployment without NEXTAUTH_URL.
vi.hoisted(() => {
  delete process.env.NEXTAUTH_URL;
});


type Who = DemoName | null;
type Options = { accept?: string; prefer?: string; ifMatch?: string; ifNoneMatch?: string; token?: string; body?: unknown; contentType?: string };

const CONTAINER = `${ORIGIN}/annotations/`;
const ANNO = 'http://www.w3.org/ns/anno.jsonld';

const database = withSeededDatabase();
const { as, hit, importArticle } = routeClient(database);

/** Sends `method` to whichever route serves `url`, as `who`: what a client following IRIs does. */
async function send(who: Who, method: string, url: string, options: Options = {}): Promise<Answer> {
  const { pathname } = new URL(url);
  const handlers = (pathname === '/annotations/' ? routes.container : routes.webAnnotation) as unknown as Record<string, unknown>;
  const id = decodeURIComponent(pathname.slice('/annotations/'.length));
  const headers: Record<string, string> = {};
  if (options.accept !== undefined) headers.accept = options.accept;
  if (options.prefer !== undefined) headers.prefer = options.prefer;
  if (options.ifMatch !== undefined) headers['if-match'] = options.ifMatch;
  if (options.ifNoneMatch !== undefined) headers['if-none-match'] = options.ifNoneMatch;
  return hit(who, handlers[method], { method, path: url, params: { id }, body: options.body, contentType: options.contentType ?? WEB_ANNOTATION_MEDIA_TYPE, token: options.token, headers });
}

const get = (who: Who, url: string, options: Options = {}) => send(who, 'GET', url, options);
const post = (who: Who, body: unknown, options: Options = {}, url = CONTAINER) => send(who, 'POST', url, { ...options, body });
const errorMessage = (answer: Answer) => ((answer.body.error as Json | undefined)?.message as string | undefined) ?? '';

type Article = { id: string; text: string; url: string };

/** A fresh article (imported by the editor) so each describe block counts only its own annotations. */
async function createArticle(title: string, paragraphs: string[]): Promise<Article> {
  const article = await importArticle([title, ...paragraphs]);
  return { id: article.id, text: article.text, url: `${ORIGIN}/articles/${article.id}` };
}

async function create(who: Who, article: Article, exact: string, label = 'claim'): Promise<Json> {
  const answer = await post(who, webAnnotation(article.url, article.text, exact, label));
  expect(answer.status, errorMessage(answer)).toBe(201);
  return answer.body;
}

function expectConformant(violations: { level: string; rule: string; path: string }[]): void {
  expect(violations).toEqual([]);
}

async function createToken(who: DemoName, scopes: string[]): Promise<string> {
  const answer = await hit('admin', routes.tokens.POST, { method: 'POST', path: '/api/tokens', body: { name: `protocol ${scopes.join(' ')}`, scopes, userId: database.actors[who].id } });
  expect(answer.status).toBe(201);
  return answer.body.secret as string;
}

const PARAGRAPHS = [
  'The minister said unemployment fell by four percent last year.',
  'Critics called the figure misleading and the policy a failure.',
  'Official data show a fall of one percent over the same period.',
  'The opposition promised a full inquiry into the statistics office.',
  'Observers expect the debate to continue well into the autumn.',
];
const QUOTES = ['unemployment fell by four percent', 'the policy a failure', 'a fall of one percent', 'a full inquiry', 'continue well into the autumn'];

describe('creating and reading one annotation', () => {
  let article: Article;
  beforeAll(async () => {
    article = await createArticle('Jobs figures disputed', PARAGRAPHS);
  });

  it('answers POST with 201, the IRI in Location and the stored annotation, which GET at that IRI returns', async () => {
    const sent = webAnnotation(article.url, article.text, QUOTES[0]!, 'claim', { comment: 'Check against the statistics office.' });
    const created = await post('reviewer1', sent);
    expect(created.status, errorMessage(created)).toBe(201);
    const location = created.headers.get('location')!;
    expect(location).toMatch(new RegExp(`^${CONTAINER}[0-9a-f-]{36}$`));
    expect(created.body).toMatchObject({ '@context': ANNO, id: location, type: 'Annotation', creator: { type: 'Person', name: 'Rita Reviewer' } });
    expect(created.body.body).toEqual([
      { type: 'TextualBody', purpose: 'tagging', value: 'claim' },
      { type: 'TextualBody', purpose: 'commenting', value: 'Check against the statistics office.', format: 'text/plain' },
    ]);
    expect(created.headers.get('content-type')).toBe(WEB_ANNOTATION_MEDIA_TYPE);
    expect(created.headers.get('link')).toBe(ANNOTATION_LINK_HEADER);
    expect(created.headers.get('etag')).toMatch(/^"[A-Za-z0-9_-]{43}"$/);
    expectConformant(webAnnotationViolations(created.body, { text: article.text }));

    const fetched = await get('reviewer1', location);
    expect(fetched.status).toBe(200);
    expect(fetched.body).toEqual(created.body);
    expect(fetched.headers.get('etag')).toBe(created.headers.get('etag'));
    expect(fetched.headers.get('vary')).toMatch(/Accept/);
    expect(fetched.headers.get('allow')).toBe('GET, HEAD, OPTIONS, PUT, DELETE');

    const [row] = await database.query<{ authorId: string; label: string; start: number; end: number; exact: string; rationale: string }>(
      'SELECT "authorId", label::text, start, "end", exact, rationale FROM "Annotation" WHERE id = $1',
      [location.slice(CONTAINER.length)],
    );
    const start = article.text.indexOf(QUOTES[0]!);
    expect(row).toEqual({ authorId: database.actors.reviewer1.id, label: 'claim', start, end: start + QUOTES[0]!.length, exact: QUOTES[0], rationale: 'Check against the statistics office.' });
    const events = await database.query<{ action: string }>('SELECT action::text FROM "AnnotationEvent" WHERE "annotationId" = $1', [location.slice(CONTAINER.length)]);
    expect(events).toEqual([{ action: 'create' }]);
  });

  it('mints every IRI (container, pages, Location, annotation ids) from the Host the client used, not the address the server is bound to', async () => {
    as('reviewer1');
    const bound = (method: string, path: string, body?: unknown) =>
      new Request(`http://0.0.0.0:3000${path}`, { method, headers: { host: 'desk.example:8443', ...(body ? { 'content-type': WEB_ANNOTATION_MEDIA_TYPE } : {}) }, body: body ? JSON.stringify(body) : undefined });
    const created = await routes.container.POST(bound('POST', '/annotations/', webAnnotation(`http://desk.example:8443/articles/${article.id}`, article.text, QUOTES[4]!)), {});
    expect(created.status).toBe(201);
    expect(created.headers.get('location')).toMatch(/^http:\/\/desk\.example:8443\/annotations\/[0-9a-f-]{36}$/);
    const view = await routes.container.GET(bound('GET', `/annotations/?article=${article.id}&pageSize=1`), {});
    const text = await view.text();
    as(null);
    expect(text).not.toContain('0.0.0.0');
    const collection = JSON.parse(text) as { id: string; last: string; first: { id: string; items: { id: string }[] } };
    expect(collection.id).toBe(`http://desk.example:8443/annotations/?article=${article.id}&pageSize=1`);
    expect(collection.first.id).toMatch(/^http:\/\/desk\.example:8443\/annotations\/\?/);
    expect(collection.last).toMatch(/^http:\/\/desk\.example:8443\/annotations\/\?/);
    expect(collection.first.items[0]!.id).toMatch(/^http:\/\/desk\.example:8443\/annotations\//);
  });

  it('accepts a quote without positions, and the article\'s public address as the source', async () => {
    await database.query('UPDATE "Article" SET "sourceUrl" = $1 WHERE id = $2', ['https://news.example/jobs-figures', article.id]);
    const sent = { '@context': ANNO, type: 'Annotation', body: { type: 'TextualBody', purpose: 'tagging', value: 'opinion' }, target: { source: 'https://news.example/jobs-figures', selector: { type: 'TextQuoteSelector', exact: QUOTES[1] } } };
    const created = await post('reviewer1', sent);
    expect(created.status, errorMessage(created)).toBe(201);
    const start = article.text.indexOf(QUOTES[1]!);
    expect(created.body.target).toEqual({
      type: 'SpecificResource',
      source: 'https://news.example/jobs-figures',
      selector: [
        { type: 'TextPositionSelector', start, end: start + QUOTES[1]!.length },
        { type: 'TextQuoteSelector', exact: QUOTES[1], prefix: article.text.slice(start - 32, start), suffix: article.text.slice(start + QUOTES[1]!.length, start + QUOTES[1]!.length + 32) },
      ],
    });
    expectConformant(webAnnotationViolations(created.body, { text: article.text }));
  });
});

describe('paging through a container', () => {
  let article: Article;
  const created: string[] = [];
  beforeAll(async () => {
    article = await createArticle('Paging through jobs figures', PARAGRAPHS);
    for (const quote of QUOTES) created.push((await create('reviewer3', article, quote)).id as string);
  });
  const view = () => `${CONTAINER}?article=${article.id}&pageSize=2`;

  it('describes the collection, embeds the first page and links the last', async () => {
    const answer = await get('reviewer3', view());
    expect(answer.status).toBe(200);
    const collection = answer.body;
    expect(collection).toMatchObject({
      '@context': [ANNO, 'http://www.w3.org/ns/ldp.jsonld'],
      id: view(),
      type: ['BasicContainer', 'AnnotationCollection'],
      label: 'Annotations on "Paging through jobs figures"',
      total: 5,
      last: `${view()}&page=2`,
    });
    expect(collection.modified).toMatch(/Z$/);
    const first = collection.first as Json;
    expect(first).toMatchObject({ id: `${view()}&page=0`, type: 'AnnotationPage', startIndex: 0, next: `${view()}&page=1`, partOf: { id: view(), total: 5 } });
    expect(first['@context']).toBeUndefined();
    expect((first.items as Json[]).map((item) => item.id)).toEqual(created.slice(0, 2));
    expect(answer.headers.get('content-location')).toBe(view());
    expectConformant(annotationCollectionViolations(collection, { text: article.text }));
  });

  it('is walked first → next → next, then back from last by prev, each annotation once, in creation order', async () => {
    const collection = (await get('reviewer3', view())).body;
    const seen: string[] = [];
    const pages: Json[] = [];
    let next: string | undefined = (collection.first as Json).id as string;
    while (next) {
      const answer = await get('reviewer3', next);
      expect(answer.status).toBe(200);
      expect(answer.headers.get('content-location')).toBe(next);
      expect(answer.headers.get('content-type')).toBe(WEB_ANNOTATION_MEDIA_TYPE);
      const page = answer.body;
      expectConformant(annotationPageViolations(page, { text: article.text }));
      expect(page.partOf).toEqual({ id: collection.id, label: collection.label, total: 5 });
      expect(page.startIndex).toBe(seen.length);
      seen.push(...(page.items as Json[]).map((item) => item.id as string));
      pages.push(page);
      next = page.next as string | undefined;
    }
    expect(seen).toEqual(created);
    expect(pages.map((page) => page.id)).toEqual([0, 1, 2].map((n) => `${view()}&page=${n}`));
    expect(pages[2]!.id).toBe(collection.last);

    let back: string | undefined = collection.last as string;
    const ids: string[] = [];
    while (back) {
      const page = (await get('reviewer3', back)).body;
      ids.push(page.id as string);
      back = page.prev as string | undefined;
    }
    expect(ids).toEqual(pages.map((page) => page.id).reverse());
    // The embedded first page is page 0 without its own context.
    expect(collection.first).toEqual(Object.fromEntries(Object.entries(pages[0]!).filter(([key]) => key !== '@context')));
    // partOf leads back to the collection.
    expect((await get('reviewer3', (pages[1]!.partOf as Json).id as string)).body).toEqual(collection);
  });

  it('honours Prefer: a minimal container links its pages; contained IRIs list IRIs on pages of their own', async () => {
    const minimal = await get('reviewer3', view(), { prefer: 'return=representation;include="http://www.w3.org/ns/ldp#PreferMinimalContainer"' });
    expect(minimal.body).toMatchObject({ first: `${view()}&page=0`, last: `${view()}&page=2`, total: 5 });
    expect(minimal.headers.get('preference-applied')).toBe('return=representation');

    const iris = await get('reviewer3', view(), { prefer: 'return=representation; include="http://www.w3.org/ns/oa#PreferContainedIRIs"' });
    const irisView = `${view()}&iris=1`;
    expect(iris.body).toMatchObject({ id: irisView, first: { id: `${irisView}&page=0`, items: created.slice(0, 2), next: `${irisView}&page=1` }, last: `${irisView}&page=2` });
    expectConformant(annotationCollectionViolations(iris.body));
    const second = await get('reviewer3', `${irisView}&page=1`);
    expect(second.body).toMatchObject({ items: created.slice(2, 4), partOf: { id: irisView } });

    const descriptions = await get('reviewer3', view(), { prefer: 'return=representation;include="http://www.w3.org/ns/oa#PreferContainedDescriptions"' });
    expect(((descriptions.body.first as Json).items as Json[])[0]).toMatchObject({ id: created[0], type: 'Annotation' });
    expect(minimal.headers.get('vary')).toBe('Accept, Prefer');
  });

  it('answers 404 for a page that does not exist and 400 for a malformed page or page size', async () => {
    const beyond = await get('reviewer3', `${view()}&page=3`);
    expect(beyond.status).toBe(404);
    expect(errorMessage(beyond)).toMatch(/pages are 0 to 2/);
    for (const query of ['page=-1', 'page=one', 'pageSize=0', 'pageSize=501', 'iris=2']) {
      const answer = await get('reviewer3', `${CONTAINER}?article=${article.id}&${query}`);
      expect(answer.status, query).toBe(400);
      expect(errorMessage(answer), query).not.toBe('');
    }
    expect((await get('reviewer3', `${CONTAINER}?article=${article.id}&target=${encodeURIComponent(article.url)}`)).status).toBe(400);
    const empty = await createArticle('Nothing annotated yet', ['One paragraph.']);
    const collection = await get('reviewer3', `${CONTAINER}?article=${empty.id}`);
    expect(collection.body).toMatchObject({ total: 0 });
    expect(collection.body.first).toBeUndefined();
    expectConformant(annotationCollectionViolations(collection.body));
    expect((await get('reviewer3', `${CONTAINER}?article=${empty.id}&page=0`)).status).toBe(404);
  });

  it('pages the whole container (default size 100) and holds this article\'s annotations there too', async () => {
    const whole = (await get('reviewer3', CONTAINER)).body;
    expect(whole).toMatchObject({ id: CONTAINER, label: 'Corroborate annotations', total: 5 });
    expect(((whole.first as Json).items as Json[]).map((item) => item.id)).toEqual(created);
    expectConformant(annotationCollectionViolations(whole, { text: article.text }));
  });
});

describe('the per-article view by target', () => {
  let article: Article;
  let twin: Article;
  let ids: string[];
  beforeAll(async () => {
    article = await createArticle('Targeted view', PARAGRAPHS);
    twin = await createArticle('Targeted view, imported twice', PARAGRAPHS);
    ids = [(await create('editor', article, QUOTES[2]!)).id as string, (await create('editor', twin, QUOTES[3]!)).id as string];
  });

  it('selects an article by its workbench URL', async () => {
    const answer = await get('editor', `${CONTAINER}?target=${encodeURIComponent(article.url)}`);
    expect(answer.body).toMatchObject({ total: 1, label: 'Annotations on "Targeted view"' });
    expect(((answer.body.first as Json).items as Json[]).map((item) => item.id)).toEqual([ids[0]]);
  });

  it('selects every article that has a public address, and refuses to guess when a POST names it', async () => {
    const address = 'https://wire.example/targeted';
    await database.query('UPDATE "Article" SET "sourceUrl" = $1 WHERE id = ANY($2::uuid[])', [address, [article.id, twin.id]]);
    const answer = await get('editor', `${CONTAINER}?target=${encodeURIComponent(address)}`);
    expect(answer.body).toMatchObject({ total: 2, label: `Annotations on ${address}` });
    const items = (answer.body.first as Json).items as Json[];
    expect(items.map((item) => item.id)).toEqual(ids);
    expect(items.map((item) => (item.target as Json).source)).toEqual([address, address]);

    const before = await database.snapshot();
    const ambiguous = await post('editor', webAnnotation(address, article.text, QUOTES[4]!));
    expect(ambiguous.status).toBe(400);
    expect(errorMessage(ambiguous)).toMatch(/Several articles.*workbench URL/);
    expect(await database.snapshot()).toEqual(before);
    // The workbench URL settles it.
    expect((await post('editor', webAnnotation(twin.url, twin.text, QUOTES[4]!))).status).toBe(201);
  });

  it('is empty for an address no article has, and 404 for an unknown article id', async () => {
    expect((await get('editor', `${CONTAINER}?target=${encodeURIComponent('https://nowhere.example/')}`)).body).toMatchObject({ total: 0 });
    expect((await get('editor', `${CONTAINER}?article=6f1c2a57-0000-4000-8000-000000000000`)).status).toBe(404);
    expect((await get('editor', `${CONTAINER}?article=not-an-id`)).status).toBe(404);
  });

  it('refuses a POST to a view whose article the target does not name', async () => {
    const answer = await post('editor', webAnnotation(twin.url, twin.text, QUOTES[0]!), {}, `${CONTAINER}?article=${article.id}`);
    expect(answer.status).toBe(400);
    expect(errorMessage(answer)).toMatch(/outside this view/);
  });
});

describe('blind review', () => {
  /** An article with an annotation of reviewer 1's (mine) and one of reviewer 2's (theirs). */
  async function twoReviewers() {
    const article = await createArticle('Blind review of the jobs figures', PARAGRAPHS);
    const mine = (await create('reviewer1', article, QUOTES[0]!)).id as string;
    const theirs = (await create('reviewer2', article, QUOTES[1]!, 'opinion')).id as string;
    return { article, mine, theirs };
  }
  let article: Article;
  let mine: string;
  let theirs: string;
  beforeAll(async () => {
    ({ article, mine, theirs } = await twoReviewers());
  });
  const itemsOf = async (who: Who, url: string) => (((await get(who, url)).body.first as Json | undefined)?.items as Json[] | undefined)?.map((item) => item.id) ?? [];

  it('shows a reviewer only their own annotations until they submit, and another\'s id is 404', async () => {
    expect(await itemsOf('reviewer1', `${CONTAINER}?article=${article.id}`)).toEqual([mine]);
    expect((await get('reviewer1', `${CONTAINER}?article=${article.id}`)).body).toMatchObject({ total: 1 });
    expect(await itemsOf('reviewer1', CONTAINER)).not.toContain(theirs);
    const hidden = await get('reviewer1', theirs);
    expect(hidden.status).toBe(404);
    expect((await send('reviewer1', 'HEAD', theirs)).status).toBe(404);
    const before = await database.snapshot();
    expect((await send('reviewer1', 'PUT', theirs, { ifMatch: '*', body: webAnnotation(article.url, article.text, QUOTES[1]!, 'claim') })).status).toBe(404);
    expect((await send('reviewer1', 'DELETE', theirs)).status).toBe(404);
    expect(await database.snapshot()).toEqual(before);
  });

  it('shows editors everything', async () => {
    expect(await itemsOf('editor', `${CONTAINER}?article=${article.id}`)).toEqual([mine, theirs]);
    expect((await get('editor', theirs)).status).toBe(200);
  });

  it('shows everyone\'s once the reviewer has submitted', async () => {
    const { article, mine, theirs } = await twoReviewers();
    const submitted = await hit('reviewer1', routes.submit.POST, { method: 'POST', params: { id: article.id } });
    expect(submitted.status).toBe(201);
    expect(await itemsOf('reviewer1', `${CONTAINER}?article=${article.id}`)).toEqual([mine, theirs]);
    const visible = await get('reviewer1', theirs);
    expect(visible.status).toBe(200);
    // Seeing is not editing: it stays reviewer 2's.
    const etag = visible.headers.get('etag')!;
    const refused = await send('reviewer1', 'PUT', theirs, { ifMatch: etag, body: webAnnotation(article.url, article.text, QUOTES[1]!, 'claim') });
    expect(refused.status).toBe(403);
    // Reviewer 2 has not submitted: still blind to reviewer 1's.
    expect(await itemsOf('reviewer2', `${CONTAINER}?article=${article.id}`)).toEqual([theirs]);
  });
});

describe('headers, HEAD and OPTIONS', () => {
  let article: Article;
  let iri: string;
  beforeAll(async () => {
    article = await createArticle('Headers of the jobs figures', PARAGRAPHS);
    iri = (await create('reviewer1', article, QUOTES[2]!)).id as string;
  });

  it('describes the container to OPTIONS without sign-in', async () => {
    const answer = await send(null, 'OPTIONS', CONTAINER);
    expect(answer.status).toBe(200);
    expect(answer.text).toBe('');
    expect(answer.headers.get('allow')).toBe('GET, HEAD, OPTIONS, POST');
    expect(answer.headers.get('accept-post')).toContain(WEB_ANNOTATION_MEDIA_TYPE);
    expect(answer.headers.get('link')).toBe(CONTAINER_LINK_HEADER);
    expect(answer.headers.get('link')).toContain('<http://www.w3.org/ns/ldp#BasicContainer>; rel="type"');
    expect(answer.headers.get('link')).toContain('<http://www.w3.org/TR/annotation-protocol/>; rel="http://www.w3.org/ns/ldp#constrainedBy"');
  });

  it('answers HEAD on the container with GET\'s headers and no body', async () => {
    const full = await get('reviewer1', CONTAINER);
    const head = await send('reviewer1', 'HEAD', CONTAINER);
    expect(head.status).toBe(200);
    expect(head.text).toBe('');
    for (const name of ['etag', 'content-type', 'link', 'allow', 'vary', 'accept-post', 'content-location', 'cache-control']) expect(head.headers.get(name), name).toBe(full.headers.get(name));
    expect(full.headers.get('content-type')).toBe(WEB_ANNOTATION_MEDIA_TYPE);
    expect(full.headers.get('vary')).toBe('Accept, Prefer');
    expect(full.headers.get('cache-control')).toContain('private');
  });

  it('describes an annotation to OPTIONS and HEAD', async () => {
    const options = await send(null, 'OPTIONS', iri);
    expect(options.status).toBe(200);
    expect(options.headers.get('allow')).toBe('GET, HEAD, OPTIONS, PUT, DELETE');
    expect(options.headers.get('link')).toBe('<http://www.w3.org/ns/ldp#Resource>; rel="type"');
    const head = await send('reviewer1', 'HEAD', iri);
    expect(head.status).toBe(200);
    expect(head.text).toBe('');
    expect(head.headers.get('etag')).toBe((await get('reviewer1', iri)).headers.get('etag'));
    expect(head.headers.get('link')).toBe(ANNOTATION_LINK_HEADER);
  });

  it('negotiates the media type: JSON-LD by default and for */*, plain JSON on request, 406 otherwise', async () => {
    const cases: [string | undefined, string | null][] = [
      [undefined, WEB_ANNOTATION_MEDIA_TYPE],
      ['*/*', WEB_ANNOTATION_MEDIA_TYPE],
      ['application/ld+json', WEB_ANNOTATION_MEDIA_TYPE],
      [WEB_ANNOTATION_MEDIA_TYPE, WEB_ANNOTATION_MEDIA_TYPE],
      ['text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8', WEB_ANNOTATION_MEDIA_TYPE],
      ['application/json', 'application/json'],
      ['application/json, application/ld+json;q=0.5', 'application/json'],
      ['text/html', null],
      ['application/ld+json;profile="http://www.w3.org/ns/json-ld#expanded"', null],
      ['application/json;q=0, text/plain', null],
    ];
    const reference = (await get('reviewer1', iri)).body;
    for (const [accept, served] of cases) {
      for (const url of [iri, CONTAINER, `${CONTAINER}?page=0`]) {
        const answer = await get('reviewer1', url, accept === undefined ? {} : { accept });
        if (served === null) {
          expect(answer.status, `${accept} ${url}`).toBe(406);
          expect(errorMessage(answer)).toMatch(/application\/ld\+json.*application\/json/);
        } else {
          expect(answer.status, `${accept} ${url}`).toBe(200);
          expect(answer.headers.get('content-type'), `${accept} ${url}`).toBe(served);
          if (url === iri) expect(answer.body).toEqual(reference);
        }
      }
    }
    const asJson = await get('reviewer1', iri, { accept: 'application/json' });
    expect(asJson.headers.get('etag')).not.toBe((await get('reviewer1', iri)).headers.get('etag'));
  });

  it('refuses a POST whose answer the client could not read (406) before writing anything', async () => {
    const before = await database.snapshot();
    const answer = await post('reviewer1', webAnnotation(article.url, article.text, QUOTES[3]!), { accept: 'text/html' });
    expect(answer.status).toBe(406);
    expect(await database.snapshot()).toEqual(before);
  });

  it('answers If-None-Match with 304 while the representation is unchanged', async () => {
    const first = await get('reviewer1', iri);
    const etag = first.headers.get('etag')!;
    const notModified = await get('reviewer1', iri, { ifNoneMatch: etag });
    expect(notModified.status).toBe(304);
    expect(notModified.text).toBe('');
    expect(notModified.headers.get('etag')).toBe(etag);
    expect((await get('reviewer1', iri, { ifNoneMatch: `"other", W/${etag}` })).status).toBe(304);
    expect((await get('reviewer1', iri, { ifNoneMatch: '"other"' })).status).toBe(200);

    const view = `${CONTAINER}?article=${article.id}`;
    const container = await get('reviewer1', view);
    expect((await get('reviewer1', view, { ifNoneMatch: container.headers.get('etag')! })).status).toBe(304);
    await create('reviewer1', article, QUOTES[4]!);
    const changed = await get('reviewer1', view, { ifNoneMatch: container.headers.get('etag')! });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ total: 2 });
  });
});

describe('PUT and DELETE', () => {
  /** An article of the test's own with reviewer 1's annotation (iri) on the first quote, and that annotation edited. */
  async function editable() {
    const article = await createArticle('Edits of the jobs figures', PARAGRAPHS);
    const iri = (await create('reviewer1', article, QUOTES[0]!)).id as string;
    const edited = (label: string, comment?: string) => webAnnotation(article.url, article.text, QUOTES[0]!, label, { comment });
    return { article, iri, edited };
  }

  it('requires If-Match (428), refuses a stale one (412), and applies the right one (200)', async () => {
    const { article, iri, edited } = await editable();
    const before = await database.snapshot();
    const missing = await send('reviewer1', 'PUT', iri, { body: edited('unsupported') });
    expect(missing.status).toBe(428);
    expect(errorMessage(missing)).toMatch(/If-Match/);
    const stale = await send('reviewer1', 'PUT', iri, { ifMatch: '"not-the-current-etag"', body: edited('unsupported') });
    expect(stale.status).toBe(412);
    expect(await database.snapshot()).toEqual(before);

    const current = await get('reviewer1', iri);
    const etag = current.headers.get('etag')!;
    const weak = await send('reviewer1', 'PUT', iri, { ifMatch: `W/${etag}`, body: edited('unsupported') });
    expect(weak.status).toBe(412);
    const put = await send('reviewer1', 'PUT', iri, { ifMatch: etag, body: edited('unsupported', 'Official data contradict it.') });
    expect(put.status, errorMessage(put)).toBe(200);
    expect(put.body).toMatchObject({ id: iri, body: [{ purpose: 'tagging', value: 'unsupported' }, { purpose: 'commenting', value: 'Official data contradict it.' }] });
    expect(put.headers.get('etag')).not.toBe(etag);
    expectConformant(webAnnotationViolations(put.body, { text: article.text }));
    const after = await get('reviewer1', iri);
    expect(after.body).toEqual(put.body);
    expect(after.headers.get('etag')).toBe(put.headers.get('etag'));
    const [row] = await database.query<{ label: string; rationale: string; version: number }>('SELECT label::text, rationale, version FROM "Annotation" WHERE id = $1', [iri.slice(CONTAINER.length)]);
    expect(row).toEqual({ label: 'unsupported', rationale: 'Official data contradict it.', version: 2 });

    // The ETag it replaced no longer holds.
    expect((await send('reviewer1', 'PUT', iri, { ifMatch: etag, body: edited('claim') })).status).toBe(412);
  });

  it('accepts the ETag of either media type, and a PUT in plain JSON', async () => {
    const { iri, edited } = await editable();
    const asJson = await get('reviewer1', iri, { accept: 'application/json' });
    const put = await send('reviewer1', 'PUT', iri, { ifMatch: asJson.headers.get('etag')!, body: edited('opinion'), contentType: 'application/json', accept: 'application/json' });
    expect(put.status, errorMessage(put)).toBe(200);
    expect(put.headers.get('content-type')).toBe('application/json');
    expect(put.body).toMatchObject({ body: [{ value: 'opinion' }] });
  });

  it('keeps what the W3C model cannot carry (evidence types, confidence) when a client PUTs back what it got', async () => {
    const { article } = await editable();
    const start = article.text.indexOf(QUOTES[3]!);
    const evidence = [{ url: 'https://stats.example/report', title: 'Quarterly report', type: 'official_data' }];
    const made = await hit('reviewer1', routes.articleAnnotations.POST, { method: 'POST', params: { id: article.id }, body: { label: 'claim', start, end: start + QUOTES[3]!.length, exact: QUOTES[3], evidence, confidence: 'high' } });
    const annotation = made.body.annotation as { id: string };
    const fetched = await get('reviewer1', `${CONTAINER}${annotation.id}`);
    expect((fetched.body.body as Json[])[1]).toEqual({ type: 'SpecificResource', purpose: 'linking', source: { id: 'https://stats.example/report', label: 'Quarterly report' } });
    const sent = { ...fetched.body, body: [{ type: 'TextualBody', purpose: 'tagging', value: 'unsupported' }, ...(fetched.body.body as Json[]).slice(1)] };
    const put = await send('reviewer1', 'PUT', `${CONTAINER}${annotation.id}`, { ifMatch: fetched.headers.get('etag')!, body: sent });
    expect(put.status, errorMessage(put)).toBe(200);
    const [row] = await database.query<{ label: string; evidence: unknown; confidence: string }>('SELECT label::text, evidence, confidence::text FROM "Annotation" WHERE id = $1', [annotation.id]);
    expect(row).toEqual({ label: 'unsupported', evidence, confidence: 'high' });
  });

  it('keeps the passage: a different target is 400 and points to the workbench', async () => {
    const { article, iri } = await editable();
    const etag = (await get('reviewer1', iri)).headers.get('etag')!;
    const elsewhere = await createArticle('Another article', PARAGRAPHS);
    const before = await database.snapshot();
    const moved = await send('reviewer1', 'PUT', iri, { ifMatch: etag, body: webAnnotation(article.url, article.text, QUOTES[1]!, 'claim') });
    expect(moved.status).toBe(400);
    expect(errorMessage(moved)).toMatch(/re-attach.*workbench/);
    const otherArticle = await send('reviewer1', 'PUT', iri, { ifMatch: etag, body: webAnnotation(elsewhere.url, article.text, QUOTES[0]!, 'claim') });
    expect(otherArticle.status).toBe(400);
    expect(await database.snapshot()).toEqual(before);
  });

  it('lets only the author change it', async () => {
    const { iri, edited } = await editable();
    const etag = (await get('editor', iri)).headers.get('etag')!;
    const before = await database.snapshot();
    expect((await send('editor', 'PUT', iri, { ifMatch: etag, body: edited('claim') })).status).toBe(403);
    expect((await send('editor', 'DELETE', iri)).status).toBe(403);
    expect(await database.snapshot()).toEqual(before);
  });

  it('deletes (204) with or without If-Match; then the author gets 410 and others 404', async () => {
    const { article, iri, edited } = await editable();
    // Another annotation of theirs, so the listing below has a page to look in.
    await create('reviewer1', article, QUOTES[4]!);
    const before = await database.snapshot();
    expect((await send('reviewer1', 'DELETE', iri, { ifMatch: '"stale"' })).status).toBe(412);
    expect(await database.snapshot()).toEqual(before);
    const etag = (await get('reviewer1', iri)).headers.get('etag')!;
    const deleted = await send('reviewer1', 'DELETE', iri, { ifMatch: etag });
    expect(deleted.status).toBe(204);
    expect(deleted.text).toBe('');
    expect((await get('reviewer1', iri)).status).toBe(410);
    expect((await get('editor', iri)).status).toBe(404);
    expect((await send('reviewer1', 'DELETE', iri)).status).toBe(410);
    expect((await send('reviewer1', 'PUT', iri, { ifMatch: '*', body: edited('claim') })).status).toBe(410);
    const listed = (await get('reviewer1', `${CONTAINER}?article=${article.id}&iris=1`)).body;
    expect((listed.first as Json).items).not.toContain(iri);
    const [row] = await database.query<{ deletedAt: Date | null }>('SELECT "deletedAt" FROM "Annotation" WHERE id = $1', [iri.slice(CONTAINER.length)]);
    expect(row?.deletedAt).not.toBeNull();

    const plain = (await create('reviewer1', article, QUOTES[2]!)).id as string;
    expect((await send('reviewer1', 'DELETE', plain)).status).toBe(204);
  });
});

describe('canonical and via (Protocol §5.1 and §5.3, Data Model §3.3.6)', () => {
  let article: Article;
  beforeAll(async () => {
    article = await createArticle('Identities of the jobs figures', PARAGRAPHS);
  });
  const CANONICAL = 'urn:uuid:dbfb1861-0ecf-41ad-be94-a584e5c4f1df';
  const CLIENT_ID = 'https://client.example/annotations/17';
  const withIdentity = (extra: Json, quote = QUOTES[0]!, label = 'claim') => ({ ...webAnnotation(article.url, article.text, quote, label), ...extra });
  const idOf = (iri: string) => iri.slice(CONTAINER.length);
  const identityRow = async (iri: string) =>
    (await database.query<{ canonical: string | null; via: string[] }>('SELECT canonical, via FROM "Annotation" WHERE id = $1', [idOf(iri)]))[0];
  const exportAs = async (format: string) => {
    const answer = await hit('editor', routes.articleExport.GET, { path: `/api/articles/${article.id}/export?format=${format}`, params: { id: article.id } });
    expect(answer.status).toBe(200);
    return answer.text;
  };

  it("keeps a POSTed canonical as sent, moves the client's id to via and gives the annotation its own IRI; every representation carries them", async () => {
    const created = await post('reviewer1', withIdentity({ id: CLIENT_ID, canonical: CANONICAL, via: 'https://origin.example/a/1' }));
    expect(created.status, errorMessage(created)).toBe(201);
    const iri = created.headers.get('location')!;
    expect(created.body).toMatchObject({ id: iri, canonical: CANONICAL, via: ['https://origin.example/a/1', CLIENT_ID] });
    expect(iri).not.toBe(CLIENT_ID);
    expectConformant(webAnnotationViolations(created.body, { text: article.text }));
    expect(await identityRow(iri)).toEqual({ canonical: CANONICAL, via: ['https://origin.example/a/1', CLIENT_ID] });

    expect((await get('reviewer1', iri)).body).toEqual(created.body);
    const page = await get('reviewer1', `${CONTAINER}?article=${article.id}&page=0`);
    expect((page.body.items as Json[]).find((item) => item.id === iri)).toMatchObject({ canonical: CANONICAL, via: ['https://origin.example/a/1', CLIENT_ID] });
    const jsonld = JSON.parse(await exportAs('jsonld')) as { first: { items: Json[] } };
    expect(jsonld.first.items.find((item) => item.id === iri)).toMatchObject({ canonical: CANONICAL, via: ['https://origin.example/a/1', CLIENT_ID] });
    const json = JSON.parse(await exportAs('json')) as { articles: { annotations: Json[] }[] };
    expect(json.articles[0]!.annotations.find((annotation) => annotation.iri === iri)).toMatchObject({ canonical: CANONICAL, via: ['https://origin.example/a/1', CLIENT_ID] });
    expect(await exportAs('csv')).toContain(`${CANONICAL},https://origin.example/a/1 ; ${CLIENT_ID}`);
  });

  it('leaves canonical and via out of an annotation that was given none', async () => {
    const created = await post('reviewer2', withIdentity({}, QUOTES[1]!));
    expect(created.status, errorMessage(created)).toBe(201);
    expect(created.body).not.toHaveProperty('canonical');
    expect(created.body).not.toHaveProperty('via');
    expect(await identityRow(created.headers.get('location')!)).toEqual({ canonical: null, via: [] });
  });

  it('keeps canonical and via through a PUT that repeats them or leaves them out, and refuses one that changes them (409, nothing written)', async () => {
    const created = await post('reviewer1', withIdentity({ canonical: CANONICAL, via: ['https://origin.example/a/2'] }, QUOTES[2]!));
    const iri = created.headers.get('location')!;
    let etag = created.headers.get('etag')!;

    const repeated = await send('reviewer1', 'PUT', iri, { ifMatch: etag, body: withIdentity({ id: iri, canonical: CANONICAL, via: 'https://origin.example/a/2' }, QUOTES[2]!, 'opinion') });
    expect(repeated.status, errorMessage(repeated)).toBe(200);
    expect(repeated.body).toMatchObject({ canonical: CANONICAL, via: 'https://origin.example/a/2', body: [{ value: 'opinion' }] });
    etag = repeated.headers.get('etag')!;
    const leftOut = await send('reviewer1', 'PUT', iri, { ifMatch: etag, body: withIdentity({}, QUOTES[2]!, 'unsupported') });
    expect(leftOut.status, errorMessage(leftOut)).toBe(200);
    expect(leftOut.body).toMatchObject({ canonical: CANONICAL, via: 'https://origin.example/a/2', body: [{ value: 'unsupported' }] });
    etag = leftOut.headers.get('etag')!;

    const before = await database.snapshot();
    const otherCanonical = await send('reviewer1', 'PUT', iri, { ifMatch: etag, body: withIdentity({ canonical: 'urn:uuid:00000000-0000-4000-8000-000000000001' }, QUOTES[2]!) });
    expect(otherCanonical.status).toBe(409);
    expect(errorMessage(otherCanonical)).toContain(`canonical IRI is ${CANONICAL}`);
    const otherVia = await send('reviewer1', 'PUT', iri, { ifMatch: etag, body: withIdentity({ via: ['https://origin.example/a/2', 'https://elsewhere.example/9'] }, QUOTES[2]!) });
    expect(otherVia.status).toBe(409);
    expect(errorMessage(otherVia)).toMatch(/via IRIs are https:\/\/origin\.example\/a\/2/);
    expect(await database.snapshot()).toEqual(before);
  });

  it('lets a PUT give canonical and via to an annotation that had none; after that they stay', async () => {
    const created = await post('reviewer1', withIdentity({}, QUOTES[3]!));
    const iri = created.headers.get('location')!;
    const put = await send('reviewer1', 'PUT', iri, { ifMatch: created.headers.get('etag')!, body: withIdentity({ canonical: CANONICAL, via: ['https://origin.example/a/3'] }, QUOTES[3]!) });
    expect(put.status, errorMessage(put)).toBe(200);
    expect(await identityRow(iri)).toEqual({ canonical: CANONICAL, via: ['https://origin.example/a/3'] });
    const history = await database.query<{ action: string; after: Json }>('SELECT action::text, after FROM "AnnotationEvent" WHERE "annotationId" = $1 ORDER BY id', [idOf(iri)]);
    expect(history.map((event) => [event.action, event.after.canonical])).toEqual([['create', null], ['update', CANONICAL]]);
    const again = await send('reviewer1', 'PUT', iri, { ifMatch: put.headers.get('etag')!, body: withIdentity({ canonical: 'urn:uuid:00000000-0000-4000-8000-000000000002' }, QUOTES[3]!) });
    expect(again.status).toBe(409);
  });
});

describe('an orphaned annotation', () => {
  it('is served against the text it was made on, with its quote only, and can still be relabelled', async () => {
    const article = await createArticle('Soon revised', ['Alpha sentence one stays.', 'Beta sentence two will be removed entirely.']);
    const iri = (await create('reviewer1', article, 'Beta sentence two will be removed')).id as string;
    const revised = await hit('editor', routes.articleText.PUT, { method: 'PUT', params: { id: article.id }, body: { text: 'Soon revised\nAlpha sentence one stays.\nGamma replaces it.' } });
    expect((revised.body as { report: { orphaned: string[] } }).report.orphaned).toEqual([iri.slice(CONTAINER.length)]);

    const answer = await get('reviewer1', iri);
    expect(answer.status).toBe(200);
    expect((answer.body.target as Json).selector).toEqual([{ type: 'TextQuoteSelector', exact: 'Beta sentence two will be removed', prefix: 'Soon revised\nAlpha sentence one stays.\n'.slice(-32), suffix: ' entirely.' }]);
    expectConformant(webAnnotationViolations(answer.body, { text: article.text }));
    const page = (await get('reviewer1', `${CONTAINER}?article=${article.id}&page=0`)).body;
    expect((page.items as Json[]).map((item) => item.id)).toEqual([iri]);

    // A client sends back what it got, with another label.
    const sent = { ...answer.body, body: [{ type: 'TextualBody', purpose: 'tagging', value: 'opinion' }] };
    const put = await send('reviewer1', 'PUT', iri, { ifMatch: answer.headers.get('etag')!, body: sent });
    expect(put.status, errorMessage(put)).toBe(200);
    expect(put.body).toMatchObject({ body: [{ value: 'opinion' }], target: (answer.body as Json).target });
  });
});

describe('bad annotations are refused with a message and write nothing', () => {
  let article: Article;
  beforeAll(async () => {
    article = await createArticle('Refusals of the jobs figures', PARAGRAPHS);
  });
  const valid = () => webAnnotation(article.url, article.text, QUOTES[0]!);
  const cases: [string, () => unknown, RegExp, (Options & { status?: number })?][] = [
    ['malformed JSON', () => '{"@context": "http://www.w3.org/ns/anno.jsonld", "type": ', /not valid JSON/],
    ['a JSON array', () => [valid()], /JSON object/],
    ['a wrong @context', () => ({ ...valid(), '@context': 'https://schema.org/' }), /@context/],
    ['a type other than Annotation', () => ({ ...valid(), type: 'Note' }), /type/],
    ['no tagging body', () => ({ ...valid(), body: [{ type: 'TextualBody', purpose: 'commenting', value: 'No label here.' }] }), /tagging body/],
    ['an unknown label', () => ({ ...valid(), body: [{ type: 'TextualBody', purpose: 'tagging', value: 'fact' }] }), /not a label/],
    ['two labels', () => ({ ...valid(), body: [{ type: 'TextualBody', purpose: 'tagging', value: 'claim' }, { type: 'TextualBody', purpose: 'tagging', value: 'opinion' }] }), /one label/],
    ['no target', () => ({ ...valid(), target: undefined }), /target/],
    ['a bare IRI as target', () => ({ ...valid(), target: article.url }), /not a bare IRI/],
    ['an unknown article', () => ({ ...valid(), target: { source: 'https://unknown.example/story', selector: { type: 'TextQuoteSelector', exact: QUOTES[0] } } }), /No article.*address/],
    ['offsets outside the text', () => ({ ...valid(), target: { source: article.url, selector: { type: 'TextPositionSelector', start: 100_000, end: 100_010 } } }), /outside the article text/],
    ['an empty selection', () => ({ ...valid(), target: { source: article.url, selector: { type: 'TextPositionSelector', start: 5, end: 5 } } }), /empty/],
    ['a quote that does not match the article', () => ({ ...valid(), target: { source: article.url, selector: [{ type: 'TextPositionSelector', start: 20, end: 40 }, { type: 'TextQuoteSelector', exact: 'employment rose by nine percent' }] } }), /does not occur/],
    ['an ambiguous quote', () => ({ ...valid(), target: { source: article.url, selector: { type: 'TextQuoteSelector', exact: 'percent' } } }), /occurs 2 times/],
    ['a javascript: evidence link', () => ({ ...valid(), body: [...(valid().body as Json[]), { type: 'SpecificResource', purpose: 'linking', source: 'javascript:alert(1)' }] }), /http/],
    ['an oversize rationale', () => ({ ...valid(), body: [...(valid().body as Json[]), { type: 'TextualBody', purpose: 'commenting', value: 'x'.repeat(5_001) }] }), /Rationale is too long/],
    ['two canonical IRIs', () => ({ ...valid(), canonical: ['urn:x:1', 'urn:x:2'] }), /at most one "canonical"/],
    ['a canonical that is not an absolute IRI', () => ({ ...valid(), canonical: 'my annotation' }), /"canonical" must be an absolute IRI/],
    ['a via that is not an absolute IRI', () => ({ ...valid(), via: ['../copy'] }), /"via" must be an absolute IRI/],
    ['a body sent as text/plain', () => JSON.stringify(valid()), /JSON/, { contentType: 'text/plain', status: 415 }],
  ];

  it.each(cases)('refuses %s', async (_name, body, message, options = {}) => {
    const before = await database.snapshot();
    const answer = await post('reviewer1', body(), options);
    expect(answer.status, errorMessage(answer)).toBe(options.status ?? 400);
    expect(errorMessage(answer)).toMatch(message);
    expect(await database.snapshot()).toEqual(before);
  });

  it('refuses the same mistakes in a PUT', async () => {
    const iri = (await create('reviewer1', article, QUOTES[0]!)).id as string;
    const etag = (await get('reviewer1', iri)).headers.get('etag')!;
    const before = await database.snapshot();
    for (const [name, body, message] of cases.slice(0, 7)) {
      const answer = await send('reviewer1', 'PUT', iri, { ifMatch: etag, body: body() });
      expect(answer.status, name).toBe(400);
      expect(errorMessage(answer), name).toMatch(message);
    }
    expect(await database.snapshot()).toEqual(before);
  });
});

describe('credentials and token scopes', () => {
  let article: Article;
  beforeAll(async () => {
    article = await createArticle('Tokens and the jobs figures', PARAGRAPHS);
  });

  it('answers 401 without credentials', async () => {
    const before = await database.snapshot();
    expect((await get(null, CONTAINER)).status).toBe(401);
    expect((await send(null, 'HEAD', CONTAINER)).status).toBe(401);
    expect((await post(null, webAnnotation(article.url, article.text, QUOTES[0]!))).status).toBe(401);
    expect((await get(null, `${CONTAINER}6f1c2a57-0000-4000-8000-000000000000`)).status).toBe(401);
    expect(await database.snapshot()).toEqual(before);
  });

  it('lets a read:exports token page the container but not POST to it (403)', async () => {
    const token = await createToken('reviewer3', ['read:exports']);
    const read = await get(null, `${CONTAINER}?article=${article.id}`, { token });
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({ total: 0 });
    const before = await database.snapshot();
    const write = await post(null, webAnnotation(article.url, article.text, QUOTES[0]!), { token });
    expect(write.status).toBe(403);
    expect(errorMessage(write)).toMatch(/write:annotations/);
    // Only the call log and the token's last use changed.
    expect({ ...(await database.snapshot()), ApiCall: '', ApiToken: '' }).toEqual({ ...before, ApiCall: '', ApiToken: '' });
  });

  it('lets a write:annotations token create as its user, and read it back', async () => {
    const token = await createToken('reviewer2', ['read:exports', 'write:annotations']);
    const created = await post(null, webAnnotation(article.url, article.text, QUOTES[1]!, 'opinion'), { token });
    expect(created.status, errorMessage(created)).toBe(201);
    expect(created.body).toMatchObject({ creator: { id: `urn:uuid:${database.actors.reviewer2.id}`, name: 'Ravi Reviewer' } });
    const fetched = await get(null, created.headers.get('location')!, { token });
    expect(fetched.body).toEqual(created.body);
    const writeOnly = await createToken('reviewer2', ['write:annotations']);
    expect((await get(null, created.headers.get('location')!, { token: writeOnly })).status).toBe(403);
  });

  it('lets a write:annotations-only token create through the container, as through the JSON API', async () => {
    const writeOnly = await createToken('reviewer2', ['write:annotations']);
    const created = await post(null, webAnnotation(article.url, article.text, QUOTES[0]!, 'claim'), { token: writeOnly });
    expect(created.status, errorMessage(created)).toBe(201);
  });
});
