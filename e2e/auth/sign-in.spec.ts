import { randomInt } from 'node:crypto';
import { ACCOUNTS, SAMPLE_ARTICLES, demoPassword, uniqueTag } from '../fixtures/accounts';
import { ARTICLE_PATH, articleBody, currentArticle, expectArticlePage } from '../fixtures/article-page';
import { pageAlert, signInAs, signOut, submitSignIn } from '../fixtures/auth';
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

test('a wrong password is refused with a plain message', async ({ page }) => {
  // A client address of its own keeps this test's failure out of other tests' per-address count.
  await page.setExtraHTTPHeaders({ 'x-forwarded-for': `198.51.100.${randomInt(1, 255)}` });
  await page.goto('/signin');
  await submitSignIn(page, ACCOUNTS.reviewer2.email, `${demoPassword()}-wrong`);
  await expect(pageAlert(page)).toHaveText('Wrong email or password.');
  await expect(page).toHaveURL((url) => url.pathname === '/signin');
});

test('after five failed attempts for one email, sign-in is refused for a while', async ({ page }) => {
  await page.setExtraHTTPHeaders({ 'x-forwarded-for': `203.0.113.${randomInt(1, 255)}` });
  const email = `ratelimit-${uniqueTag()}@example.org`;
  await page.goto('/signin');
  const alert = pageAlert(page);
  for (let attempt = 1; attempt <= 5; attempt += 1) {
    await submitSignIn(page, email, `not-the-password-${attempt}`);
    await expect(alert).toHaveText('Wrong email or password.');
    // Wait for the form to be usable again before the next attempt.
    await expect(page.getByRole('button', { name: 'Sign in', exact: true })).toBeEnabled();
  }
  await submitSignIn(page, email, 'not-the-password-6');
  await expect(alert).toContainText('Too many failed sign-in attempts');
});
