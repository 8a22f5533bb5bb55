// "?" opens the sheet of keyboard shortcuts on every page, listing the global
// keys and the current page's; Escape closes it and focus comes back. Typed
// into a field, "?" stays a character.
import { SAMPLE_ARTICLES } from '../fixtures/accounts';
import { createTroopsArticle, openArticle } from '../fixtures/annotations';
import { signInAs } from '../fixtures/auth';
import { expect, test } from '../fixtures/test';

test('"?" opens the shortcut sheet on the sign-in page, the dashboard, an article and the consensus page', async ({ page, apiAs }) => {
  const article = await createTroopsArticle(await apiAs('editor'));
  const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });

  await test.step('on the sign-in page: the global keys only, and "?" typed into a field stays text', async () => {
    await page.goto('/signin');
    const email = page.getByLabel('Email', { exact: true });
    await email.fill('x');
    await email.press('?');
    await expect(email).toHaveValue('x?');
    await expect(sheet).toHaveCount(0);
    await email.evaluate((element) => (element as HTMLElement).blur());
    await page.keyboard.press('?');
    await expect(sheet).toBeVisible();
    await expect(sheet.getByRole('region', { name: 'Everywhere' })).toContainText('Show this list of shortcuts');
    await expect(sheet.getByRole('region', { name: 'Passages worklist' })).toHaveCount(0);
    await page.keyboard.press('Escape');
    await expect(sheet).toBeHidden();
  });

  await signInAs(page, 'editor');
  await expect(page.getByRole('link', { name: SAMPLE_ARTICLES.troops.title, exact: true })).toBeVisible();

  await test.step('on the article page: the article keys', async () => {
    await openArticle(page, article.id);
    await page.keyboard.press('?');
    await expect(sheet).toBeVisible();
    const keys = sheet.getByRole('region', { name: 'Article' });
    await expect(keys).toContainText('Search in the article');
    await expect(keys).toContainText('Tag the selection as claim');
    await expect(sheet.getByRole('region', { name: 'Everywhere' })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(sheet).toBeHidden();
  });

  await test.step('on the consensus page: the worklist keys, and not the article page’s', async () => {
    await page.goto(`/articles/${article.id}/consensus`);
    await expect(page.getByRole('tab', { name: 'Passages' })).toBeVisible();
    await page.keyboard.press('?');
    await expect(sheet).toBeVisible();
    const keys = sheet.getByRole('region', { name: 'Passages worklist' });
    await expect(keys).toContainText('Select the next passage');
    await expect(keys).toContainText('Accept the reviewers\' majority label');
    await expect(sheet.getByRole('region', { name: 'Article' })).toHaveCount(0);
    await sheet.getByRole('button', { name: 'Close' }).press('Enter');
    await expect(sheet).toBeHidden();
  });
});
