// Issue 17, part 3: "every string of the interface in message catalogues". With
// the interface in Persian, every page of the workbench is visited as the people
// who see it (the admin, a reviewer, and nobody signed in), and every word a
// person reads or hears is collected: visible text, and the attributes a screen
// reader speaks or a pointer shows (aria-label, title, placeholder, alt). What
// remains in Latin letters or Western digits (numbers and dates are written in
// Persian digits by the formatter) must be data, not interface: the article's own text
// (inside an element with its own lang), user input and quotes (isolated with
// dir=auto, <bdi>, <q>), code, and the names, titles and addresses the API
// returns as data. Anything else is a string the catalogue or the formatter
// missed, and the test names it with the page it was on. Every page is also
// checked with axe (e2e/fixtures/axe.ts's rules), in Persian and in English.
import type { APIRequestContext, Page } from '@playwright/test';
import { LOCALE_COOKIE } from '../../lib/i18n/locales';
import { type Who, uniqueTag } from '../fixtures/accounts';
import { annotateViaApi, articleEditor, createTroopsArticle, submitReviewViaApi } from '../fixtures/annotations';
import { signInAs } from '../fixtures/auth';
import { seriousViolations } from '../fixtures/axe';
import { expect, test } from '../fixtures/test';

// Elements whose text is data in its own language or a person's own words,
// not the interface's: the article (lang=en), isolated user text, code.
const DATA_ELEMENTS = ['[lang]:not([lang="fa"])', '[dir="auto"]', 'bdi', 'q', 'blockquote', 'code', 'kbd', 'pre', 'samp', 'textarea', 'script', 'style', 'noscript', 'template'].join(', ');
const SPOKEN_ATTRIBUTES = ['aria-label', 'aria-description', 'aria-roledescription', 'title', 'placeholder', 'alt'];
/** What a Persian interface writes only in data: Latin letters and Western digits (its own numbers are Persian digits). */
const NOT_PERSIAN = /[A-Za-z0-9]/;

// Names that stay in Latin letters in a Persian interface, as they are written
// in Persian text too: the product, formats, protocols and programs a newsroom
// knows by these names, and the authors and bodies a figure cites.
const NAMES_KEPT_IN_LATIN = [
  'Corroborate', 'ClaimReview', 'schema.org', 'W3C', 'JSON', 'CSV', 'HTML', '.html', '.txt', 'URL', 'API', 'HMAC', 'POST', '2xx', 'UTC', 'BOM', 'Excel', 'CMS',
  'Krippendorff', 'Cohen', 'Fleiss', 'Credibility Coalition',
  // The figures' citations (authors, as their papers spell them; the years are Persian digits)
  // and the programs and symbols a reader would look them up by.
  'Hayes', 'Mathet', 'Bouvry', 'Widlöcher', 'Everitt', 'Dawid', 'Skene', 'et al.', 'DKPro Agreement', 'INCEpTION', 'EM', 'alpha_u', 'cu-α', 'u-α', 'αu',
];

// Fields of the API's answers whose values are data people wrote or imported.
// Codes (label, status, role) are left out on purpose: a raw code on a Persian page is a missed translation.
const DATA_FIELDS = new Set(['name', 'email', 'title', 'publisher', 'text', 'description', 'domains', 'byline', 'rationale', 'body', 'guidelines', 'exact', 'quote', 'url', 'canonicalUrl', 'country', 'notes', 'question', 'hint', 'prompt']);

function collectData(value: unknown, into: Set<string>, field?: string): void {
  if (typeof value === 'string') {
    if (field && DATA_FIELDS.has(field) && NOT_PERSIAN.test(value)) for (const part of [value, ...value.split('\n')]) if (part.trim().length > 1) into.add(part.trim());
  } else if (Array.isArray(value)) {
    for (const item of value) collectData(item, into, field);
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) collectData(item, into, key);
  }
}

/** Every data string the pages can show, from the API's lists as they are now (each list read as the client given with it). */
async function dataStrings(lists: readonly (readonly [APIRequestContext, readonly string[]])[]): Promise<string[]> {
  const found = new Set<string>();
  for (const [api, paths] of lists) {
    for (const path of paths) {
      const response = await api.get(path);
      expect(response.status(), `GET ${path}`).toBe(200);
      collectData(await response.json(), found);
    }
  }
  // Longest first, so a title is removed before a name inside it.
  return [...found].sort((a, b) => b.length - a.length);
}

type Leftover = { page: string; where: string; text: string };

/** The words in Latin letters or Western digits a person reads or hears on the page that are not data. */
async function notPersianInterfaceText(page: Page, data: string[]): Promise<{ where: string; text: string }[]> {
  const found = await page.evaluate(
    ({ dataElements, attributes, pattern }) => {
      const notPersian = new RegExp(pattern);
      const out: { where: string; text: string }[] = [];
      const describe = (element: Element) => `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}${element.getAttribute('data-testid') ? `[data-testid=${element.getAttribute('data-testid')}]` : ''}`;
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement;
        const text = node.textContent?.trim() ?? '';
        if (!parent || !notPersian.test(text) || parent.closest(dataElements)) continue;
        if (!parent.checkVisibility()) continue;
        out.push({ where: describe(parent), text });
      }
      for (const element of document.body.querySelectorAll('*')) {
        if (element.closest(dataElements) && !['INPUT', 'TEXTAREA'].includes(element.tagName)) continue;
        for (const attribute of attributes) {
          const value = element.getAttribute(attribute)?.trim();
          if (value && notPersian.test(value)) out.push({ where: `${describe(element)}@${attribute}`, text: value });
        }
      }
      return out;
    },
    { dataElements: DATA_ELEMENTS, attributes: SPOKEN_ATTRIBUTES, pattern: NOT_PERSIAN.source },
  );
  return found.filter(({ text }) => {
    let rest = text;
    for (const item of data) rest = rest.split(item).join(' ');
    rest = rest
      .replace(/https?:\/\/\S+/g, ' ')
      .replace(/\S+@\S+\.\S+/g, ' ')
      .replace(/\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi, ' ');
    for (const name of NAMES_KEPT_IN_LATIN) rest = rest.split(name).join(' ');
    return NOT_PERSIAN.test(rest);
  });
}

type Visit = { path: string; as: Who | null; ready?: (page: Page) => Promise<void> };

const RUNS = [
  { locale: 'fa', browserLocale: 'fa-IR', timezoneId: 'Asia/Tehran', title: 'in Persian, no page of the workbench shows or speaks an interface string in English, and each passes the axe checks' },
  { locale: 'en', browserLocale: 'en-GB', timezoneId: 'UTC', title: 'in English, every page of the workbench passes the axe checks' },
] as const;

for (const run of RUNS) test(run.title, async ({ browser, baseURL, apiAs }) => {
  test.setTimeout(240_000);
  const admin = await apiAs('admin');
  const editor = await apiAs('editor');

  // An article with two submitted reviews (one passage disputed) and a claim, so the
  // consensus page shows its figures, passages and disputes, and the claims pages have one.
  const article = await createTroopsArticle(editor);
  for (const [who, label] of [['reviewer1', 'claim'], ['reviewer2', 'unsupported']] as const) {
    const api = await apiAs(who);
    await annotateViaApi(api, article, 'Russian Troops In Iran', { label, rationale: `Rationale by ${who}`, evidence: [{ url: 'https://example.org/evidence', title: 'Evidence page' }], confidence: 'high' });
    await annotateViaApi(api, article, 'Moscow and Tehran are increasingly presenting a united front', { label: 'opinion' });
    await submitReviewViaApi(api, article.id);
  }
  const claim = await editor.post('/api/claims', { data: { text: `Russian troops are in Iran (${uniqueTag()})` } });
  expect(claim.status()).toBe(201);
  const { claim: created } = (await claim.json()) as { claim: { id: string } };
  const sources = (await (await admin.get('/api/sources')).json()) as { sources: { id: string }[] };
  const source = sources.sources[0];
  expect(source, 'a seeded source').toBeDefined();
  const { article: full } = (await (await admin.get(`/api/articles/${article.id}`)).json()) as { article: { projectId: string } };
  const projectId = full.projectId;

  const visits: Visit[] = [
    { path: '/signin', as: null },
    { path: '/', as: 'admin' },
    { path: '/articles/import', as: 'admin' },
    { path: `/articles/${article.id}`, as: 'admin', ready: async (page) => void (await expect(articleEditor(page)).toBeVisible()) },
    { path: `/articles/${article.id}/consensus`, as: 'admin' },
    // The figures are rendered only on their tab (this check skips hidden text).
    { path: `/articles/${article.id}/consensus?view=figures`, as: 'admin' },
    { path: `/articles/${article.id}/revise`, as: 'admin' },
    { path: '/projects', as: 'admin' },
    { path: `/projects/${projectId}`, as: 'admin' },
    { path: '/review', as: 'admin' },
    { path: '/work', as: 'admin' },
    { path: '/notifications', as: 'admin' },
    { path: '/claims', as: 'admin' },
    { path: `/claims/${created.id}`, as: 'admin' },
    { path: '/sources', as: 'admin' },
    { path: `/sources/${source!.id}`, as: 'admin' },
    { path: '/exports', as: 'admin' },
    { path: '/admin/users', as: 'admin' },
    { path: '/admin/tokens', as: 'admin' },
    { path: '/admin/webhooks', as: 'admin' },
    { path: '/admin/signals', as: 'admin' },
    { path: '/admin/rating-scale', as: 'admin' },
    { path: '/account', as: 'admin' },
    { path: '/articles/00000000-0000-4000-8000-000000000000', as: 'admin' },
    { path: '/', as: 'reviewer3' },
    { path: `/articles/${article.id}`, as: 'reviewer3', ready: async (page) => void (await expect(articleEditor(page)).toBeVisible()) },
    { path: `/articles/${article.id}/consensus`, as: 'reviewer3' },
    { path: '/work', as: 'reviewer3' },
    { path: '/notifications', as: 'reviewer3' },
    { path: '/account', as: 'reviewer3' },
  ];

  // The data lists, read after each page is shown, so whatever another spec
  // added meanwhile (the suite runs two at once) is known as data too.
  // Articles by status as well: each list holds at most 200, and the whole suite makes more.
  const ADMIN_LISTS = ['/api/users', '/api/articles', '/api/articles?status=open', '/api/articles?status=in_review', '/api/articles?status=published', '/api/review-queue', '/api/projects', '/api/sources', '/api/claims', `/api/articles/${article.id}/consensus`, `/api/projects/${projectId}`, '/api/signals', '/api/tokens', '/api/webhooks'];
  const OWN_LISTS = ['/api/notifications', '/api/me/work'];
  const leftovers: Leftover[] = [];
  const inaccessible: string[] = [];
  const contexts = new Map<string, Page>();
  const clients = new Map<string, APIRequestContext>();
  try {
    for (const visit of visits) {
      const key = visit.as === null ? 'anonymous' : typeof visit.as === 'string' ? visit.as : visit.as.email;
      let page = contexts.get(key);
      if (!page) {
        const context = await browser.newContext({ baseURL, locale: run.browserLocale, timezoneId: run.timezoneId });
        await context.addCookies([{ name: LOCALE_COOKIE, value: run.locale, url: baseURL! }]);
        page = await context.newPage();
        if (visit.as !== null) {
          await signInAs(page, visit.as, { locale: run.locale });
          clients.set(key, await apiAs(visit.as));
        }
        contexts.set(key, page);
      }
      await page.goto(visit.path);
      await expect(page.locator('html')).toHaveAttribute('lang', run.locale);
      await expect(page.locator('main').first()).toBeVisible();
      await visit.ready?.(page);
      await page.waitForLoadState('networkidle').catch(() => undefined);
      if (run.locale === 'fa') {
        const data = await dataStrings([[admin, ADMIN_LISTS], ...(clients.has(key) ? [[clients.get(key)!, OWN_LISTS] as const] : [])]);
        for (const leftover of await notPersianInterfaceText(page, data)) leftovers.push({ page: `${visit.path} as ${key}`, ...leftover });
      }
      // The same accessibility rules as the English pages (e2e/fixtures/axe.ts), on every page.
      for (const violation of await seriousViolations(page)) inaccessible.push(`${visit.path} as ${key}: ${violation.rule} (${violation.impact}): ${violation.nodes.join('; ')}`);
    }
  } finally {
    await Promise.all([...contexts.values()].map((page) => page.context().close()));
  }
  expect(inaccessible, `serious accessibility problems:\n${inaccessible.join('\n')}`).toEqual([]);
  expect(leftovers, `Interface text in Latin letters or Western digits on Persian pages:\n${leftovers.map((item) => `${item.page}: ${item.where}: ${item.text}`).join('\n')}`).toEqual([]);
});
