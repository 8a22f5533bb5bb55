// The hostile-input corpus (tests/support/hostile-corpus.ts) in real Chromium against
// the production build: articles imported with XSS in their HTML, title, byline and
// publisher, annotations with XSS in rationale and evidence, a verdict with XSS in
// its explanation and claimant, users and tokens with XSS in their names — then every
// page that shows them. Each page load defines window.__xss (what every payload
// calls) and alert/confirm/prompt, fails on any dialog, and checks that no payload
// ran, that no payload markup made it into the DOM or the HTML as markup, that no
// javascript:/data: link is live, and that the hostile text is shown as text.
import type { APIRequestContext, Page } from '@playwright/test';
import { HOSTILE_URLS, MARKUP_IN_HTTP_URLS, SQL_LIKE, TEMPLATE_INJECTION, XSS, hostileArticleHtml } from '../../tests/support/hostile-corpus';
import { uniqueTag } from '../fixtures/accounts';
import { annotateViaApi, articleEditor, fetchArticle, openArticle, spanOf, submitReviewViaApi } from '../fixtures/annotations';
import { signInAs } from '../fixtures/auth';
import { strongPassword } from '../fixtures/people';
import { expect, test } from '../fixtures/test';

type XssWindow = Window & { __xss?: (id?: unknown) => void; __xssHits?: string[] };

const payload = (name: string) => {
  const found = [...XSS, ...TEMPLATE_INJECTION, ...SQL_LIKE].find((entry) => entry.name === name);
  if (!found) throw new Error(`no payload named ${name}`);
  return found.value;
};

/** Markup that would be live if it reached the HTML unescaped. */
const RAW_MARKUP = ['<script>__xss', '<img src=x onerror', '<svg onload', '<svg/onload', '<iframe srcdoc', '<body onload', '<input onfocus', '<details open ontoggle', '</script><script>'];

/** Watches a page for payloads: the signal function, dialogs, live markup and links. */
async function guard(page: Page): Promise<{ check(where: string): Promise<void> }> {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  await page.addInitScript(() => {
    const target = window as XssWindow;
    target.__xssHits = [];
    target.__xss = (id?: unknown) => void target.__xssHits!.push(`__xss(${String(id)})`);
    window.alert = (message?: unknown) => void target.__xssHits!.push(`alert(${String(message)})`);
    window.confirm = (message?: string) => {
      target.__xssHits!.push(`confirm(${String(message)})`);
      return false;
    };
    window.prompt = (message?: string) => {
      target.__xssHits!.push(`prompt(${String(message)})`);
      return null;
    };
  });
  return {
    async check(where) {
      await page.waitForLoadState('load');
      // Give handlers (onerror, onload, autofocus, ontoggle) their chance, and poke the ones that need a person.
      await page.mouse.move(200, 300);
      await page.mouse.move(600, 500);
      for (let i = 0; i < 4; i += 1) await page.keyboard.press('Tab');
      await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 300)));
      expect(dialogs, `${where}: dialogs opened`).toEqual([]);
      expect(await page.evaluate(() => (window as XssWindow).__xssHits ?? ['the signal was not installed']), `${where}: payloads that ran`).toEqual([]);
      expect(await liveMarkup(page), `${where}: live markup in the DOM`).toEqual([]);
    },
  };
}

/** Scripts, handlers and URLs in the DOM that came from a payload. */
function liveMarkup(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    for (const script of Array.from(document.querySelectorAll('script'))) {
      const text = script.textContent ?? '';
      if (/^\s*(window\.|parent\.)?(__xss|alert|confirm|prompt)\s*\(/.test(text) || /^\s*(data|javascript):/i.test(script.getAttribute('src') ?? '')) problems.push(`<script>${text.slice(0, 60)}`);
    }
    for (const element of Array.from(document.querySelectorAll('*'))) {
      for (const attribute of Array.from(element.attributes)) {
        const name = attribute.name.toLowerCase();
        if (name.startsWith('on')) problems.push(`<${element.localName} ${name}="${attribute.value.slice(0, 60)}">`);
        if (['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'poster', 'background'].includes(name) && /^\s*(javascript|vbscript|data):/i.test(attribute.value)) problems.push(`<${element.localName} ${name}="${attribute.value.slice(0, 60)}">`);
        if (name === 'srcdoc') problems.push(`<${element.localName} srcdoc>`);
      }
    }
    for (const element of Array.from(document.querySelectorAll('iframe, object, embed, base, meta[http-equiv="refresh" i], form[action^="javascript" i]'))) problems.push(`<${element.localName}>`);
    return problems;
  });
}

/** The page's HTML as the server sent it: payload markup only ever appears escaped. */
async function expectEscapedHtml(page: Page, path: string): Promise<void> {
  const response = await page.request.get(path);
  expect(response.status(), path).toBe(200);
  const html = await response.text();
  for (const markup of RAW_MARKUP) expect(html.includes(markup), `${path} contains ${markup} unescaped`).toBe(false);
}

/** A page load that must not fail on the server, whatever the query. */
async function expectNoServerError(page: Page, path: string): Promise<void> {
  const response = await page.goto(path);
  expect(response?.status() ?? 0, path).toBeLessThan(500);
}

type HostileWorld = {
  id: string;
  tag: string;
  title: string;
  byline: string;
  publisher: string;
  rationale: string;
  evidenceTitle: string;
  evidenceUrl: string;
  explanation: string;
  claimant: string;
  appearanceUrl: string;
};

/** An article imported with hostile HTML and metadata, annotated by two reviewers, with a hostile verdict. */
async function buildHostileWorld(apiAs: (who: 'editor' | 'reviewer1' | 'reviewer2') => Promise<APIRequestContext>): Promise<HostileWorld> {
  const [editor, reviewer1, reviewer2] = await Promise.all([apiAs('editor'), apiAs('reviewer1'), apiAs('reviewer2')]);
  const tag = uniqueTag();
  const title = `Hostile ${tag} ${payload('img onerror')} ${payload('closing a JSON-LD script element')} ${payload('Angular constructor chain')}`;
  const byline = `${payload('attribute break-out')} ${payload('drop table')}`;
  const publisher = `${payload('script tag')} Daily ${tag}`;
  const imported = await editor.post('/api/articles', { data: { title, byline, publisher, html: hostileArticleHtml(title) } });
  expect(imported.status(), await imported.text()).toBe(201);
  const article = await fetchArticle(editor, ((await imported.json()) as { article: { id: string } }).article.id);
  expect(article.title).toBe(title);

  const rationale = [payload('script tag'), payload('svg onload'), payload('template literal'), payload('or 1=1'), payload('javascript: link')].join('\n');
  const evidenceTitle = payload('img onerror');
  const evidenceUrl = MARKUP_IN_HTTP_URLS[0]!.value;
  const PASSAGE = 'This article carries hostile markup; none of it may run.';
  for (const reviewer of [reviewer1, reviewer2]) {
    // A javascript:, data: or vbscript: evidence link is refused before anything is stored.
    for (const url of HOSTILE_URLS) {
      const refused = await reviewer.post(`/api/articles/${article.id}/annotations`, { data: { label: 'claim', ...spanOf(article.text, PASSAGE), evidence: [{ url: url.value }] } });
      expect(refused.status(), `evidence ${url.name}`).toBe(400);
    }
    await annotateViaApi(reviewer, article, PASSAGE, { label: 'claim', rationale, evidence: [{ url: evidenceUrl, title: evidenceTitle }, { url: MARKUP_IN_HTTP_URLS[1]!.value }], confidence: 'high' });
  }
  // A passage whose own text is markup-looking, highlighted by one reviewer.
  await annotateViaApi(reviewer1, article, payload('script tag'), { label: 'unsupported', rationale: payload('noscript mXSS') });
  await submitReviewViaApi(reviewer1, article.id);
  await submitReviewViaApi(reviewer2, article.id);

  const consensus = (await (await editor.get(`/api/articles/${article.id}/consensus`)).json()) as { passages: { id: string; exact: string }[] };
  const passage = consensus.passages.find((candidate) => candidate.exact === PASSAGE);
  expect(passage, 'the agreed passage').toBeTruthy();
  const scale = (await (await editor.get('/api/rating-scale')).json()) as { options: { key: string }[] };
  const explanation = [payload('closing a JSON-LD script element'), payload('iframe srcdoc'), payload('Angular constructor chain')].join('\n');
  const claimant = `${payload('closing a JSON-LD script element')} ${payload('details ontoggle')}`;
  const appearanceUrl = MARKUP_IN_HTTP_URLS[1]!.value;
  for (const url of HOSTILE_URLS) {
    const refused = await editor.post(`/api/articles/${article.id}/passages/${passage!.id}/verdict`, { data: { label: 'claim', rating: scale.options[0]!.key, explanation, appearanceUrl: url.value } });
    expect(refused.status(), `appearanceUrl ${url.name}`).toBe(400);
  }
  const verdict = await editor.post(`/api/articles/${article.id}/passages/${passage!.id}/verdict`, { data: { label: 'claim', rating: scale.options[0]!.key, explanation, claimant, appearanceUrl } });
  expect(verdict.status(), await verdict.text()).toBe(201);
  return { id: article.id, tag, title, byline, publisher, rationale, evidenceTitle, evidenceUrl, explanation, claimant, appearanceUrl };
}

/** No link on the page goes anywhere but http(s), mailto, or the app itself. */
async function expectOnlySafeLinks(page: Page, where: string): Promise<void> {
  const hrefs = await page.locator('a[href]').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  expect(hrefs.length, where).toBeGreaterThan(0);
  expect(hrefs.filter((href) => !/^(https?:\/\/|mailto:|\/|#|\?)/i.test(href.trim())), `${where}: unsafe links`).toEqual([]);
}

// The app's nonce-based CSP would block inline handlers on its own pages, so the guard is
// proven on a page served without one: it must see the payloads run and the markup left.
test('the guard itself sees payloads that run and live markup', async ({ page, baseURL }) => {
  await page.route(`${baseURL}/guard-self-test`, (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><p>x</p><img src="data:," onerror="__xss(1)"><script>alert(2)</script><a href="javascript:__xss(3)">j</a>' }),
  );
  const watch = await guard(page);
  await page.goto('/guard-self-test');
  await expect.poll(() => page.evaluate(() => [...((window as XssWindow).__xssHits ?? [])].sort())).toEqual(['__xss(1)', 'alert(2)']);
  await expect(watch.check('a page with payloads')).rejects.toThrow(/payloads that ran/);
  expect(await liveMarkup(page)).toEqual(expect.arrayContaining(['<img src="data:,">', '<img onerror="__xss(1)">', '<script>alert(2)', '<a href="javascript:__xss(3)">']));
});

test.describe('hostile input in the workbench', () => {
  test.setTimeout(180_000);

  test('imported, annotated and adjudicated hostile content is shown as text on every page, and nothing runs', async ({ page, apiAs }) => {
    const world = await buildHostileWorld(apiAs);
    const watch = await guard(page);
    const main = page.getByRole('main');

    await test.step('the article page, as the editor', async () => {
      await signInAs(page, 'editor');
      await openArticle(page, world.id);
      await watch.check('article page (editor)');
      await expect(articleEditor(page).getByRole('heading', { level: 1 })).toHaveText(world.title);
      await expect(page).toHaveTitle(`${world.title} · Corroborate`);
      await expect(main).toContainText(world.byline);
      await expect(main).toContainText(world.publisher);
      // The corpus as text in the body: every payload shown literally.
      for (const entry of [...XSS, ...TEMPLATE_INJECTION]) await expect(articleEditor(page).getByText(entry.value, { exact: true }).first(), entry.name).toBeVisible();
      await expect(articleEditor(page)).toContainText('The hostile markup follows.');
      const panel = page.getByRole('list', { name: 'Annotations in text order' });
      await expect(panel.getByText(world.rationale.replace(/\n/g, ' ')).first()).toBeVisible();
      const evidence = panel.getByRole('link', { name: world.evidenceTitle }).first();
      await expect(evidence).toHaveAttribute('href', world.evidenceUrl);
      await expectOnlySafeLinks(page, 'article page');
      await expectEscapedHtml(page, `/articles/${world.id}`);
    });

    await test.step('the consensus page, as the editor', async () => {
      await page.goto(`/articles/${world.id}/consensus`);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await watch.check('consensus page');
      await expect(main).toContainText(world.title);
      // It has a verdict, so it shows as adjudicated (its votes agreed).
      const card = page.getByRole('article', { name: 'Adjudicated: This article carries hostile markup; none of it may run.' });
      await expect(card.getByText(world.explanation.replace(/\n/g, ' '))).toBeVisible();
      await expect(card).toContainText(`Claimant: ${world.claimant}`);
      await expect(card.getByRole('link', { name: world.appearanceUrl })).toHaveAttribute('href', world.appearanceUrl);
      // "Adjudicate" opens the reviewers' annotations side by side: rationale and evidence as text.
      await card.getByRole('button', { name: 'Adjudicate' }).click();
      const evidence = card.getByRole('list', { name: 'Evidence from Rita Reviewer' });
      await expect(evidence.getByRole('link', { name: world.evidenceTitle })).toHaveAttribute('href', world.evidenceUrl);
      await expect(card.getByText(world.rationale.replace(/\n/g, ' ')).first()).toBeVisible();
      await watch.check('consensus page, adjudicating');
      await expectOnlySafeLinks(page, 'consensus page');
      await expectEscapedHtml(page, `/articles/${world.id}/consensus`);
    });

    await test.step('the review queue, as the editor, searched by the hostile title', async () => {
      await page.goto(`/review?q=${encodeURIComponent(world.title)}`);
      await watch.check('review queue');
      await expect(main.getByRole('link', { name: world.title })).toBeVisible();
      await expectEscapedHtml(page, `/review?q=${encodeURIComponent(world.tag)}`);
      await expectNoServerError(page, '/review?q=%00%3Cscript%3E&status=%3Cscript%3E&sort=%27%3B--');
    });

    await test.step('the article page and the dashboard, as a reviewer', async () => {
      await page.context().clearCookies();
      await signInAs(page, 'reviewer1');
      await openArticle(page, world.id);
      await watch.check('article page (reviewer)');
      await expect(page.getByRole('list', { name: 'Annotations in text order' }).getByText(payload('noscript mXSS'))).toBeVisible();
      await page.goto(`/?q=${encodeURIComponent(world.tag)}`);
      await watch.check('dashboard');
      await expect(main.getByRole('link', { name: world.title })).toBeVisible();
      await expect(main).toContainText(world.publisher);
      await expectOnlySafeLinks(page, 'dashboard');
      await expectEscapedHtml(page, `/?q=${encodeURIComponent(world.tag)}`);
      // A search made of the corpus: answered, never a server error.
      for (const query of [world.title, SQL_LIKE[0]!.value, '\u0000', '%', "{{constructor.constructor('__xss(1)')()}}"]) await expectNoServerError(page, `/?q=${encodeURIComponent(query)}`);
      await watch.check('dashboard searches');
    });

    await test.step('the ClaimReview export escapes </script> once published', async () => {
      const editor = await apiAs('editor');
      const published = await editor.post(`/api/articles/${world.id}/publish`);
      expect(published.status(), await published.text()).toBe(200);
      const response = await editor.get(`/api/articles/${world.id}/export?format=claimreview`);
      expect(response.status()).toBe(200);
      expect(response.headers()['x-content-type-options']).toBe('nosniff');
      const body = await response.text();
      expect(body).not.toMatch(/<\/script/i);
      expect(body).not.toContain('<');
      expect(body).toContain('\\u003c/script\\u003e');
      const reviews = JSON.parse(body) as unknown;
      expect(JSON.stringify(reviews)).toContain(JSON.stringify(world.claimant).slice(1, -1));
    });
  });

  test('admin pages show a hostile user name and token name as text', async ({ page, apiAs }) => {
    const admin = await apiAs('admin');
    const tag = uniqueTag();
    const name = `${payload('img onerror')} ${tag} ${payload('drop table')}`;
    const email = `hostile.${tag}@example.org`;
    // Not "Hostile-…": the policy refuses a password containing the email's name.
    const password = strongPassword();
    const created = await admin.post('/api/users', { data: { email, name, role: 'editor', password } });
    expect(created.status(), await created.text()).toBe(201);
    const { user } = (await created.json()) as { user: { id: string } };
    const tokenName = `${payload('svg onload')} ${tag}`;
    const token = await admin.post('/api/tokens', { data: { name: tokenName, scopes: ['read:exports'], userId: user.id } });
    expect(token.status(), await token.text()).toBe(201);
    const watch = await guard(page);

    await signInAs(page, 'admin');
    await page.goto('/admin/users');
    await watch.check('users page');
    await expect(page.getByRole('main').getByRole('cell', { name })).toBeVisible();
    await expectEscapedHtml(page, '/admin/users');

    await page.goto('/admin/tokens');
    await watch.check('tokens page');
    const row = page.getByRole('row').filter({ hasText: tag });
    await expect(row.getByRole('rowheader')).toHaveText(tokenName);
    await expect(row).toContainText(name);
    await expectEscapedHtml(page, '/admin/tokens');

    // Signed in as that user, the header shows the name as text too.
    await page.context().clearCookies();
    await signInAs(page, { email, password });
    await expect(page.getByTestId('current-user')).toHaveText(name);
    await watch.check('dashboard as the hostile user');
  });

  test('a fetched page with hostile markup and metadata is imported inert', async ({ page, apiAs, servePages }) => {
    const tag = uniqueTag();
    const server = await servePages({
      '/hostile': {
        body:
          `<!doctype html><html><head><title>Fetched ${tag} &lt;script&gt;__xss(1)&lt;/script&gt;</title>` +
          `<meta name="author" content="&quot;&gt;&lt;img src=x onerror=__xss(3)&gt;"><meta property="og:site_name" content="&lt;svg onload=__xss(6)&gt;">` +
          `<script>__xss(900)</script></head><body onload="__xss(901)"><article><h1>Fetched ${tag}</h1>` +
          `${'<p>A paragraph of ordinary reporting that is long enough to count as the article, with commas, and full stops.</p>'.repeat(4)}` +
          `${XSS.map((entry) => `<p>x ${entry.value}</p>`).join('')}</article></body></html>`,
      },
    });
    const editor = await apiAs('editor');
    const imported = await editor.post('/api/articles', { data: { url: `${server.origin}/hostile` } });
    expect(imported.status(), await imported.text()).toBe(201);
    const article = await fetchArticle(editor, ((await imported.json()) as { article: { id: string } }).article.id);
    expect(article.title).toBe(`Fetched ${tag} <script>__xss(1)</script>`);
    expect(article.byline).toBe('"><img src=x onerror=__xss(3)>');
    expect(article.publisher).toBe('<svg onload=__xss(6)>');
    // Loopback is allowed for this suite's page server only; private and metadata addresses never are.
    for (const url of ['http://169.254.169.254/latest/meta-data/', 'http://10.0.0.1/', 'http://[::ffff:169.254.169.254]/', 'http://2852039166/']) {
      const refused = await editor.post('/api/articles', { data: { url } });
      expect(refused.status(), url).toBe(400);
    }

    const watch = await guard(page);
    await signInAs(page, 'editor');
    await openArticle(page, article.id);
    await watch.check('fetched article page');
    await expect(articleEditor(page).getByRole('heading', { level: 1 })).toHaveText(article.title);
    await expect(page.getByRole('main')).toContainText(article.byline!);
    await expect(page.getByRole('main')).toContainText(article.publisher!);
    await expectOnlySafeLinks(page, 'fetched article page');
    await expectEscapedHtml(page, `/articles/${article.id}`);
  });
});
