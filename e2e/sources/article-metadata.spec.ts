// An editor corrects an article's source and byline on the article page; the source's page then
// lists the article, and a reviewer sees the corrected metadata but is offered no form.
import { uniqueTag } from '../fixtures/accounts';
import { createTroopsArticle, fetchArticle } from '../fixtures/annotations';
import { signInAs } from '../fixtures/auth';
import { expect, test } from '../fixtures/test';

test('an editor corrects the source and byline on the article page', async ({ page, apiAs, browser, baseURL }) => {
  const editorApi = await apiAs('editor');
  const article = await createTroopsArticle(editorApi);
  const outlet = `Tehran Observer ${uniqueTag()}`;

  await signInAs(page, 'editor');
  await page.goto(`/articles/${article.id}`);
  await page.getByRole('button', { name: 'Edit source and byline…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Source and byline' });
  await dialog.getByLabel('Source (outlet)').fill(outlet);
  await dialog.getByLabel('Byline').fill('Sara Ahmadi');
  await dialog.getByLabel('Published on').fill('2025-01-17');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();

  await expect(page.getByRole('link', { name: outlet })).toBeVisible();
  await expect(page.getByText('By Sara Ahmadi')).toBeVisible();
  const stored = (await fetchArticle(editorApi, article.id)) as unknown as { source: { name: string } | null; byline: string | null; publishedAt: string | null };
  expect(stored).toMatchObject({ source: { name: outlet }, byline: 'Sara Ahmadi', publishedAt: '2025-01-17T00:00:00.000Z' });

  await page.getByRole('link', { name: outlet }).click();
  await expect(page.getByRole('heading', { level: 1, name: outlet })).toBeVisible();
  await expect(page.getByRole('link', { name: article.title })).toBeVisible();

  const reviewerContext = await browser.newContext({ baseURL });
  const reviewer = await reviewerContext.newPage();
  await signInAs(reviewer, 'reviewer1');
  await reviewer.goto(`/articles/${article.id}`);
  await expect(reviewer.getByText('By Sara Ahmadi')).toBeVisible();
  await expect(reviewer.getByRole('button', { name: 'Edit source and byline…' })).toHaveCount(0);
  await reviewerContext.close();
});
