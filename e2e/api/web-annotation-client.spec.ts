// A standard W3C Web Annotation Protocol client against the production
// build: it discovers the container at /annotations/ (the trailing slash is
// the container's IRI and must not be redirected away), pages through one
// article's view by following first/next, POSTs an annotation as JSON-LD and
// reads it back at its Location. It only follows the IRIs the server hands
// out, as a client that knows nothing of the app would.
import { type APIRequestContext, type APIResponse } from '@playwright/test';
import { annotateViaApi, createTroopsArticle, HEADLINE_START, spanOf } from '../fixtures/annotations';
import { expect, test } from '../fixtures/test';

const MEDIA_TYPE = 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"';
const ANNO = 'http://www.w3.org/ns/anno.jsonld';

type Json = Record<string, unknown>;

async function json(response: APIResponse, what: string): Promise<Json> {
  expect(response.status(), `${what}: ${await response.text().catch(() => '')}`.slice(0, 500)).toBe(200);
  expect(response.headers()['content-type'], what).toBe(MEDIA_TYPE);
  return (await response.json()) as Json;
}

/** Every annotation IRI of the collection, following `first` and then `next` to the end. */
async function walk(client: APIRequestContext, collection: Json): Promise<{ items: string[]; pages: Json[] }> {
  const items: string[] = [];
  const pages: Json[] = [];
  let next = typeof collection.first === 'string' ? collection.first : ((collection.first as Json | undefined)?.id as string | undefined);
  while (next) {
    const page = await json(await client.get(next, { headers: { Accept: MEDIA_TYPE }, maxRedirects: 0 }), `GET ${next}`);
    expect(page).toMatchObject({ type: 'AnnotationPage', partOf: { id: collection.id, total: collection.total } });
    items.push(...(page.items as (Json | string)[]).map((item) => (typeof item === 'string' ? item : (item.id as string))));
    pages.push(page);
    next = page.next as string | undefined;
    expect(pages.length, 'the pages end').toBeLessThan(20);
  }
  return { items, pages };
}

test('a standard client discovers the container, pages through it, and creates an annotation in it', async ({ apiAs, baseURL }) => {
  const article = await createTroopsArticle(await apiAs('editor'));
  const client = await apiAs('reviewer1');
  const made = [];
  for (const quote of [HEADLINE_START, 'The geopolitical landscape of the Middle East', 'a bond forged through shared strategic interests']) {
    made.push(await annotateViaApi(client, article, quote, { label: 'claim' }));
  }

  // Discovery: OPTIONS and GET on the container IRI itself, with its trailing slash.
  const options = await client.fetch('/annotations/', { method: 'OPTIONS', maxRedirects: 0 });
  expect(options.status()).toBe(200);
  expect(options.headers()['allow']).toContain('POST');
  expect(options.headers()['accept-post']).toContain('application/ld+json');
  expect(options.headers()['link']).toContain('<http://www.w3.org/ns/ldp#BasicContainer>; rel="type"');
  expect(options.headers()['link']).toContain('rel="http://www.w3.org/ns/ldp#constrainedBy"');

  const container = await client.get('/annotations/', { headers: { Accept: MEDIA_TYPE }, maxRedirects: 0 });
  const whole = await json(container, 'GET /annotations/');
  expect(whole).toMatchObject({ type: ['BasicContainer', 'AnnotationCollection'], id: `${baseURL}/annotations/` });
  expect(container.headers()['etag']).toMatch(/^"[^"]+"$/);
  expect(container.headers()['vary']).toContain('Accept');
  expect((await client.head('/annotations/', { maxRedirects: 0 })).status()).toBe(200);

  // One article's view, two to a page, walked by first → next.
  const viewResponse = await client.get(`/annotations/?article=${article.id}&pageSize=2`, { headers: { Accept: MEDIA_TYPE }, maxRedirects: 0 });
  const view = await json(viewResponse, 'GET the article view');
  expect(view).toMatchObject({ total: 3, last: expect.stringContaining('page=1') });
  expect(new URL(view.id as string).origin, 'IRIs are reachable where the client is').toBe(new URL(baseURL!).origin);
  const walked = await walk(client, view);
  expect(walked.pages).toHaveLength(2);
  expect(walked.items).toEqual(made.map((annotation) => `${baseURL}/annotations/${annotation.id}`));

  // Create one the way a Web Annotation client does.
  const quote = spanOf(article.text, 'a common desire to counter Western influence');
  const sent = {
    '@context': ANNO,
    type: 'Annotation',
    motivation: 'classifying',
    body: [
      { type: 'TextualBody', purpose: 'tagging', value: 'opinion' },
      { type: 'TextualBody', purpose: 'commenting', value: 'A characterisation, not a checkable fact.', format: 'text/plain' },
    ],
    target: {
      type: 'SpecificResource',
      source: `${baseURL}/articles/${article.id}`,
      selector: [
        { type: 'TextPositionSelector', start: [...article.text.slice(0, quote.start)].length, end: [...article.text.slice(0, quote.end)].length },
        { type: 'TextQuoteSelector', exact: quote.exact },
      ],
    },
  };
  const created = await client.post('/annotations/', { headers: { 'Content-Type': MEDIA_TYPE, Accept: MEDIA_TYPE }, data: JSON.stringify(sent), maxRedirects: 0 });
  expect(created.status(), `POST /annotations/: ${await created.text().catch(() => '')}`.slice(0, 500)).toBe(201);
  const location = created.headers()['location']!;
  expect(location).toMatch(/\/annotations\/[0-9a-f-]{36}$/);
  const stored = (await created.json()) as Json;
  expect(stored).toMatchObject({ id: location, type: 'Annotation', body: sent.body, target: { source: sent.target.source } });

  const fetched = await client.get(location, { headers: { Accept: MEDIA_TYPE }, maxRedirects: 0 });
  expect(await json(fetched, `GET ${location}`)).toEqual(stored);
  expect(fetched.headers()['link']).toContain('<http://www.w3.org/ns/ldp#Resource>; rel="type"');
  expect(fetched.headers()['etag']).toBe(created.headers()['etag']);
  expect((await client.get(location, { headers: { 'If-None-Match': fetched.headers()['etag']! } })).status()).toBe(304);

  // The client's next walk ends with it.
  const again = await json(await client.get(`/annotations/?article=${article.id}&pageSize=2`, { headers: { Accept: MEDIA_TYPE } }), 'GET the article view again');
  expect((await walk(client, again)).items.at(-1)).toBe(location);
});

test('without a session the container answers 401 itself (no sign-in redirect), and other paths keep their trailing-slash redirect', async ({ anonApi, apiAs }) => {
  // Without a session the container says 401 in JSON rather than sending the client to the sign-in page.
  const anonymous = await anonApi.get('/annotations/', { maxRedirects: 0 });
  expect(anonymous.status()).toBe(401);
  expect(anonymous.headers()['content-type']).toContain('application/json');
  expect((await anonApi.fetch('/annotations/', { method: 'OPTIONS', maxRedirects: 0 })).status()).toBe(200);

  const client = await apiAs('reviewer2');
  expect((await client.get('/annotations/?pageSize=0', { maxRedirects: 0 })).status()).toBe(400);
  expect((await client.get('/annotations/', { headers: { Accept: 'text/html' }, maxRedirects: 0 })).status()).toBe(406);
  const redirected = await client.get('/api/articles/', { maxRedirects: 0 });
  expect(redirected.status()).toBe(308);
  expect(redirected.headers()['location']).toMatch(/\/api\/articles$/);
});

test("a client's canonical IRI and its own id survive POST and PUT, and the export carries them; a PUT that would change canonical is 409", async ({ apiAs, baseURL }) => {
  const editor = await apiAs('editor');
  const article = await createTroopsArticle(editor);
  const client = await apiAs('reviewer3');
  const canonical = `urn:uuid:${crypto.randomUUID()}`;
  const clientId = `https://client.example/annotations/${crypto.randomUUID()}`;
  const quote = spanOf(article.text, 'challenging established norms');
  const annotation = (label: string, identity: Json) => ({
    '@context': ANNO,
    ...identity,
    type: 'Annotation',
    body: [{ type: 'TextualBody', purpose: 'tagging', value: label }],
    target: { type: 'SpecificResource', source: `${baseURL}/articles/${article.id}`, selector: { type: 'TextQuoteSelector', exact: quote.exact } },
  });
  const headers = { 'Content-Type': MEDIA_TYPE, Accept: MEDIA_TYPE };

  const created = await client.post('/annotations/', { headers, data: JSON.stringify(annotation('claim', { id: clientId, canonical })), maxRedirects: 0 });
  expect(created.status(), await created.text()).toBe(201);
  const location = created.headers()['location']!;
  expect(location).not.toBe(clientId);
  expect(await created.json()).toMatchObject({ id: location, canonical, via: clientId });

  // The client PUTs back what it has without the identities: they stay.
  const relabelled = await client.put(location, { headers: { ...headers, 'If-Match': created.headers()['etag']! }, data: JSON.stringify(annotation('opinion', {})) });
  expect(relabelled.status(), await relabelled.text()).toBe(200);
  expect(await relabelled.json()).toMatchObject({ canonical, via: clientId, body: [{ value: 'opinion' }] });

  const changed = await client.put(location, { headers: { ...headers, 'If-Match': relabelled.headers()['etag']! }, data: JSON.stringify(annotation('opinion', { canonical: `urn:uuid:${crypto.randomUUID()}` })) });
  expect(changed.status()).toBe(409);
  expect(((await changed.json()) as { error: { message: string } }).error.message).toContain(`canonical IRI is ${canonical}`);
  expect(await (await client.get(location, { headers: { Accept: MEDIA_TYPE } })).json()).toMatchObject({ canonical, via: clientId, body: [{ value: 'opinion' }] });

  const exported = (await (await editor.get(`/api/articles/${article.id}/export?format=jsonld`)).json()) as { first: { items: Json[] } };
  expect(exported.first.items.find((item) => item.id === location)).toMatchObject({ canonical, via: clientId });
});
