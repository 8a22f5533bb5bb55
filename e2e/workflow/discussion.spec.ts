// The discussion on an article keeps review blind: reviewer A, who has
// submitted, opens a thread on a passage mentioning the editor; reviewer B,
// who has not, sees only a notice (page and API alike); the editor reads the
// thread, replies and resolves it; once B submits, B reads all of it.
// Fresh people in a fresh project, so parallel specs do not interfere.
import type { Page } from '@playwright/test';
import { uniqueTag } from '../fixtures/accounts';
import { annotateViaApi, fetchArticle, openArticle, submitReviewViaApi, troopsArticleText } from '../fixtures/annotations';
import type { ArticleRecord } from '../fixtures/article-page';
import { apiSignIn } from '../fixtures/api';
import { addMember, createPerson, pageAs } from '../fixtures/people';
import { expect, test } from '../fixtures/test';

const CLAIM = 'Moscow and Tehran are increasingly presenting a united front';
const OPINION = 'The geopolitical landscape of the Middle East is a complex tapestry';



function discussion(page: Page) {
  return page.getByRole('region', { name: 'Discussion' });
}

function thread(page: Page) {
  return discussion(page).getByRole('article', { name: `Thread on “${CLAIM}”` });
}

test('a discussion opens to each reviewer only after they submit; the editor replies and resolves', async ({ browser, baseURL, apiAs }) => {
  const admin = await apiAs('admin');
  const [reviewerA, reviewerB, editor] = await Promise.all([
    createPerson(admin, { label: 'talk-rev-a' }),
    createPerson(admin, { label: 'talk-rev-b' }),
    createPerson(admin, { role: 'editor', label: 'talk-ed' }),
  ]);
  const created = await admin.post('/api/projects', { data: { name: `Discussion ${uniqueTag()}`, description: 'Discussion spec' } });
  expect(created.status()).toBe(201);
  const projectId = ((await created.json()) as { project: { id: string } }).project.id;
  await Promise.all([addMember(admin, projectId, reviewerA, 'reviewer'), addMember(admin, projectId, reviewerB, 'reviewer'), addMember(admin, projectId, editor, 'editor')]);
  const imported = await admin.post('/api/articles', { data: { text: troopsArticleText().text, projectId } });
  expect(imported.status()).toBe(201);
  const article: ArticleRecord = await fetchArticle(admin, ((await imported.json()) as { article: { id: string } }).article.id);

  const apiA = await apiSignIn(baseURL!, reviewerA);
  const apiB = await apiSignIn(baseURL!, reviewerB);
  await annotateViaApi(apiA, article, CLAIM, { label: 'claim' });
  await submitReviewViaApi(apiA, article.id);
  await annotateViaApi(apiB, article, OPINION, { label: 'opinion' });

  await test.step('reviewer A, who has submitted, comments on a passage mentioning the editor', async () => {
    const page = await pageAs(browser, baseURL, reviewerA);
    await openArticle(page, article.id);
    const panel = discussion(page);
    await expect(panel.getByText('No comments yet.')).toBeVisible();
    await panel.getByLabel('Passage (optional)').fill(CLAIM);
    await panel.getByRole('textbox', { name: /^Comment/ }).fill(`Is this sourced? @${editor.email}`);
    await panel.getByRole('button', { name: 'Post comment' }).click();
    await expect(thread(page)).toContainText(`Is this sourced? @${editor.email}`);
    await expect(thread(page).getByRole('blockquote')).toHaveText(CLAIM);
    await page.context().close();
  });

  await test.step('reviewer B, who has not submitted, sees the notice and no comment, on the page and through the API', async () => {
    const page = await pageAs(browser, baseURL, reviewerB);
    await openArticle(page, article.id);
    await expect(discussion(page).getByRole('note')).toHaveText('Discussion opens after you submit your review.');
    await expect(page.getByText('Is this sourced?')).toHaveCount(0);
    const listed = await apiB.get(`/api/articles/${article.id}/comments`);
    expect(await listed.text()).toBe('{"comments":[]}');
    await page.context().close();
  });

  await test.step('the editor sees the thread (mentioned), replies and resolves it', async () => {
    const apiEditor = await apiSignIn(baseURL!, editor);
    const { comments } = (await (await apiEditor.get(`/api/articles/${article.id}/comments`)).json()) as { comments: { mentions: string[] }[] };
    expect(comments[0]?.mentions).toEqual([editor.id]);
    await apiEditor.dispose();
    const page = await pageAs(browser, baseURL, editor);
    await openArticle(page, article.id);
    await thread(page).getByLabel('Reply').fill('The agency report confirms the joint statement.');
    await thread(page).getByRole('button', { name: 'Reply' }).click();
    await expect(thread(page)).toContainText('The agency report confirms the joint statement.');
    await thread(page).getByRole('button', { name: 'Resolve thread' }).click();
    await expect(thread(page)).toContainText(`Resolved by ${editor.name}`);
    await expect(thread(page).getByRole('button', { name: 'Reopen thread' })).toBeVisible();
    await page.context().close();
  });

  await test.step('once B submits, B reads the whole thread and cannot resolve it', async () => {
    const page = await pageAs(browser, baseURL, reviewerB);
    await openArticle(page, article.id);
    const review = page.getByRole('region', { name: 'Your review' });
    await review.getByRole('button', { name: 'Submit review' }).click();
    const dialog = page.getByRole('dialog', { name: 'Submit your review?' });
    await dialog.getByRole('button', { name: 'Submit review' }).click();
    await expect(dialog).toBeHidden();
    await expect(thread(page)).toContainText(`Is this sourced? @${editor.email}`);
    await expect(thread(page)).toContainText('The agency report confirms the joint statement.');
    await expect(thread(page)).toContainText(`Resolved by ${editor.name}`);
    await expect(thread(page).getByRole('button', { name: /Resolve thread|Reopen thread/ })).toHaveCount(0);
    await expect(discussion(page).getByRole('note')).toHaveCount(0);
    await page.context().close();
  });
  await Promise.all([apiA.dispose(), apiB.dispose()]);
});
