// After signing in, the browser lands on a page of this site, whatever
// callbackUrl the sign-in link carried: the real form in Chromium against the
// production build, with values that browsers, routers or next-auth would
// otherwise resolve to another origin. Any request the browser makes to
// another host is aborted and recorded, so a redirect off the site fails the
// test even where DNS would not resolve.
import type { BrowserContext } from '@playwright/test';
import { submitSignIn } from '../fixtures/auth';
import { createPerson } from '../fixtures/people';
import { expect, test } from '../fixtures/test';

const HOSTILE = [
  '//evil.test',
  '/\\evil.test',
  '/%5Cevil.test/phish',
  '/%2F%2Fevil.test',
  '/\t/evil.test',
  '/%09/evil.test',
  '/\n/evil.test',
  '/.//evil.test',
  '\\\\evil.test',
  'https:evil.test',
  'https://evil.test/',
  'javascript:alert(document.domain)',
  'data:text/html,<script>alert(1)</script>',
  '/\uFF0F\uFF0Fevil.test',
  `/${'a'.repeat(5000)}`,
];

/** Records (and aborts) every request the context makes to a host other than the app's. */
async function recordOffsite(context: BrowserContext, appOrigin: string): Promise<string[]> {
  const offsite: string[] = [];
  await context.route(
    (url) => url.origin !== appOrigin,
    (route) => {
      offsite.push(route.request().url());
      return route.abort();
    },
  );
  return offsite;
}

test('signing in through the form with a hostile callbackUrl lands on the dashboard', async ({ browser, apiAs, baseURL }) => {
  test.setTimeout(180_000);
  const appOrigin = new URL(baseURL!).origin;
  const person = await createPerson(await apiAs('admin'), { label: 'callback' });
  for (const callbackUrl of HOSTILE) {
    const context = await browser.newContext();
    try {
      const offsite = await recordOffsite(context, appOrigin);
      const page = await context.newPage();
      await page.goto(`/signin?callbackUrl=${encodeURIComponent(callbackUrl)}`);
      await submitSignIn(page, person.email, person.password);
      await expect(page.getByTestId('current-user'), JSON.stringify(callbackUrl)).toHaveText(person.name);
      expect(new URL(page.url()).origin, JSON.stringify(callbackUrl)).toBe(appOrigin);
      expect(new URL(page.url()).pathname, JSON.stringify(callbackUrl)).toBe('/');
      // Signed in now: the sign-in page sends a visitor on at once (a server redirect), also to the dashboard.
      await page.goto(`/signin?callbackUrl=${encodeURIComponent(callbackUrl)}`);
      await expect(page.getByTestId('current-user')).toBeVisible();
      expect(new URL(page.url()).origin).toBe(appOrigin);
      expect(new URL(page.url()).pathname, JSON.stringify(callbackUrl)).toBe('/');
      expect(offsite, JSON.stringify(callbackUrl)).toEqual([]);
    } finally {
      await context.close();
    }
  }
});

test('a callbackUrl on this site is kept', async ({ page, apiAs }) => {
  const person = await createPerson(await apiAs('admin'), { label: 'callback-ok' });
  await page.goto(`/signin?callbackUrl=${encodeURIComponent('/review?needs=disputes')}`);
  await submitSignIn(page, person.email, person.password);
  // A reviewer may not open the review queue: the app's own 403 page, on this site, at that path.
  await expect(page).toHaveURL((url) => url.pathname === '/review' && url.search === '?needs=disputes');
});

test('a page visit without a session remembers only a path of this site', async ({ anonApi, baseURL }) => {
  const appOrigin = new URL(baseURL!).origin;
  for (const path of ['/articles/import?x=1', '//evil.test/', '/%5Cevil.test', '/%2F%2Fevil.test']) {
    // Follow the redirects by hand (Next.js may first tidy the path): every hop stays on the site, the last is sign-in.
    let location = new URL(`${appOrigin}${path}`);
    for (let hop = 0; hop < 5 && location.pathname !== '/signin'; hop += 1) {
      const response = await anonApi.get(`${appOrigin}${location.pathname}${location.search}`, { maxRedirects: 0 });
      expect(response.status(), `${path}: hop ${hop} from ${location.href}`).toBeGreaterThanOrEqual(300);
      expect(response.status(), `${path}: hop ${hop} from ${location.href}`).toBeLessThan(400);
      const next = response.headers().location!;
      expect(next.startsWith('//'), `${path}: hop ${hop} to ${next}`).toBe(false);
      location = new URL(next, location);
      expect(location.origin, `${path}: hop ${hop} to ${next}`).toBe(appOrigin);
    }
    expect(location.pathname, path).toBe('/signin');
    const callbackUrl = location.searchParams.get('callbackUrl') ?? '/';
    expect(new URL(callbackUrl, `${appOrigin}/signin`).origin, `${path} → ${callbackUrl}`).toBe(appOrigin);
    expect(/^\/(?![/\\])/.test(callbackUrl), `${path} → ${callbackUrl}`).toBe(true);
  }
});

test("next-auth's own redirects stay on the site (sign-in answer, sign-out)", async ({ anonApi, apiAs, baseURL }) => {
  const appOrigin = new URL(baseURL!).origin;
  const person = await createPerson(await apiAs('admin'), { label: 'callback-api' });
  for (const callbackUrl of ['https://evil.test/', '//evil.test', '/\\evil.test', '/%5Cevil.test']) {
    const { csrfToken } = (await (await anonApi.get('/api/auth/csrf')).json()) as { csrfToken: string };
    const signIn = await anonApi.post('/api/auth/callback/credentials', { form: { csrfToken, email: person.email, password: person.password, callbackUrl, json: 'true' }, maxRedirects: 0 });
    const { url } = (await signIn.json()) as { url: string };
    expect(new URL(url).origin, `sign-in with ${callbackUrl} → ${url}`).toBe(appOrigin);
    expect(new URL(url).pathname, `sign-in with ${callbackUrl} → ${url}`).toBe('/');
    const signOut = await anonApi.post('/api/auth/signout', { form: { csrfToken, callbackUrl, json: 'true' }, maxRedirects: 0 });
    const answer = (await signOut.json()) as { url: string };
    expect(new URL(answer.url).origin, `sign-out with ${callbackUrl} → ${answer.url}`).toBe(appOrigin);
  }
});
