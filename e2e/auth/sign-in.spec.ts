import { PAIR_FAILURES } from '../../lib/security/sign-in-limits';
import { ACCOUNTS, SAMPLE_ARTICLES } from '../fixtures/accounts';
import { ARTICLE_PATH, articleBody, currentArticle, expectArticlePage } from '../fixtures/article-page';
import { pageAlert, signInAs, signOut, submitSignIn } from '../fixtures/auth';
import { loopbackClient, waitOutThrottle } from '../fixtures/loopback';
import { createPerson } from '../fixtures/people';
import { expect, test } from '../fixtures/test';

for (const who of ['reviewer1', 'editor', 'admin'] as const) {
  const account = ACCOUNTS[who];

  test(`${account.role} signs in, reads a sample article and signs out`, async ({ page }) => {
    await signInAs(page, who);

    // The header names the role; the dashboard lists both sample articles.
    await expect(page.getByRole('navigation', { name: 'Main' })).toContainText(account.role, { ignoreCase: true });
    await expect(page.getByRole('heading', { name: 'Articles', level: 1 })).toBeVisible();
    const articles = page.getByRole('table', { name: 'Articles to check' });
    await expect(articles.getByRole('link', { name: SAMPLE_ARTICLES.troops.title, exact: true })).toBeVisible();
    await expect(articles.getByRole('link', { name: SAMPLE_ARTICLES.complexities.title, exact: true })).toBeVisible();

    // The article page: headline as a heading, body text rendered by tiptap, and its metadata.
    await articles.getByRole('link', { name: SAMPLE_ARTICLES.complexities.title, exact: true }).click();
    await expect(page).toHaveURL(ARTICLE_PATH);
    const article = await currentArticle(page);
    expect(article.title).toBe(SAMPLE_ARTICLES.complexities.title);
    await expectArticlePage(page, article);
    await expect(articleBody(page)).toContainText('Russia and Iran have formalized a comprehensive strategic partnership');

    await signOut(page);
    await page.goto('/');
    await expect(page).toHaveURL((url) => url.pathname === '/signin');
    await expect(page.getByRole('button', { name: 'Sign in', exact: true })).toBeVisible();
  });
}

test('a wrong password is refused with a plain message', async ({ page, apiAs }) => {
  // An account of its own: a failure makes the account wait, and must not hold up other tests' demo accounts.
  const person = await createPerson(await apiAs('admin'), { label: 'wrong-password' });
  await page.goto('/signin');
  await submitSignIn(page, person.email, `${person.password}-wrong`);
  await expect(pageAlert(page)).toHaveText('Wrong email or password.');
  await expect(page).toHaveURL((url) => url.pathname === '/signin');
});

test('after failures elsewhere, the form says how long to wait, and the right password works after that', async ({ page, apiAs, baseURL }) => {
  test.setTimeout(90_000);
  const person = await createPerson(await apiAs('admin'), { label: 'throttled' });
  // Four failures in a row from another address: the account then waits 8 s after the last, time enough for
  // the browser to be turned away even on a busy machine.
  const guesser = loopbackClient(baseURL!, '127.0.0.40');
  for (let failure = 1; failure <= 4; failure += 1) {
    await waitOutThrottle(guesser, person.email);
    expect(await guesser.signIn({ email: person.email, password: `guess-${failure}` })).toBe('wrong_credentials');
  }
  await page.goto('/signin');
  await submitSignIn(page, person.email, person.password);
  await expect(pageAlert(page)).toHaveText(/^Too many failed sign-in attempts for this account\. Try again in [1-8] seconds?\. Forgot your password\? Ask an admin to reset it\./);
  await expect(pageAlert(page)).toContainText('change it on your Account page');
  await waitOutThrottle(loopbackClient(baseURL!, '127.0.0.1'), person.email);
  await submitSignIn(page, person.email, person.password);
  await expect(page).toHaveURL((url) => url.pathname === '/');
  await expect(page.getByTestId('current-user')).toHaveText(person.name);
});

test(`after ${PAIR_FAILURES} failures from this address the form says it is locked here, for how long, and what to do`, async ({ page, apiAs, baseURL }) => {
  test.setTimeout(90_000);
  const person = await createPerson(await apiAs('admin'), { label: 'locked' });
  // The failures come from the browser's own address (127.0.0.1), each after the account's delay.
  const here = loopbackClient(baseURL!, '127.0.0.1');
  for (let failure = 1; failure <= PAIR_FAILURES; failure += 1) {
    await waitOutThrottle(here, person.email);
    expect(await here.signIn({ email: person.email, password: `guess-${failure}` })).toBe('wrong_credentials');
  }
  await page.goto('/signin');
  await submitSignIn(page, person.email, person.password);
  const alert = pageAlert(page);
  await expect(alert).toHaveText(/^Too many failed sign-in attempts from your network\. Try again in 1[45] minutes, or from another network\./);
  await expect(alert).toContainText('Ask an admin to reset it');
  await expect(alert).toContainText('change it on your Account page');
});

test('the page shows only its own messages: an error text in the URL is never shown', async ({ page }) => {
  for (const error of ['<script>alert(1)</script>', 'Call us at +1 555 0100 to unlock your account', 'Wrong email or password. Call +1 555 0100', 'constructor', '__proto__']) {
    await page.goto(`/signin?error=${encodeURIComponent(error)}`);
    await expect(pageAlert(page)).toHaveText('Sign-in did not work. Check your email and password and try again.');
    await expect(page.getByRole('main')).not.toContainText('555');
    expect(await page.content()).not.toContain('<script>alert(1)</script>');
  }
  // A code the app sends is shown as the app's own sentence; a wait it cannot know is not made up from the URL.
  await page.goto('/signin?error=disabled');
  await expect(pageAlert(page)).toHaveText('This account is disabled. Ask an admin.');
  await page.goto('/signin?error=locked&retryAfter=999');
  await expect(pageAlert(page)).toContainText('Try again in a few minutes');
  await expect(page.getByRole('main')).not.toContainText('999');
});
