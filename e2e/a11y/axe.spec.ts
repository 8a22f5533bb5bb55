import { SAMPLE_ARTICLES } from '../fixtures/accounts';
import { pageAlert, signInAs } from '../fixtures/auth';
import { expectNoSeriousViolations } from '../fixtures/axe';
import { expect, test } from '../fixtures/test';


test('the sign-in page has no serious accessibility problems', async ({ page }) => {
  await page.goto('/signin');
  await expect(page.getByRole('button', { name: 'Sign in', exact: true })).toBeVisible();
  await expectNoSeriousViolations(page);
});

test('the sign-in page with an error message has no serious accessibility problems', async ({ page }) => {
  await page.goto('/signin?error=unavailable');
  await expect(pageAlert(page)).toBeVisible();
  await expectNoSeriousViolations(page);
});

test('the dashboard has no serious accessibility problems', async ({ page }) => {
  await signInAs(page, 'editor');
  await expect(page.getByRole('link', { name: SAMPLE_ARTICLES.troops.title, exact: true })).toBeVisible();
  await expectNoSeriousViolations(page);
});

test('an article page has no serious accessibility problems', async ({ page }) => {
  await signInAs(page, 'reviewer1');
  await page.getByRole('link', { name: SAMPLE_ARTICLES.troops.title, exact: true }).click();
  await expect(page.getByTestId('article-body').locator('.ProseMirror')).toBeVisible();
  await expectNoSeriousViolations(page);
});

test('the import page has no serious accessibility problems', async ({ page }) => {
  await signInAs(page, 'editor');
  await page.goto('/articles/import');
  await expect(page.getByRole('heading', { name: 'Import an article' })).toBeVisible();
  await expectNoSeriousViolations(page);
});

test('the user admin page has no serious accessibility problems', async ({ page }) => {
  await signInAs(page, 'admin');
  await page.goto('/admin/users');
  await expect(page.getByRole('heading', { name: 'Users', level: 1 })).toBeVisible();
  await expectNoSeriousViolations(page);
});
