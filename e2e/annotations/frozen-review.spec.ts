// A submitted review is final and a published article is frozen: the workspace
// says so and offers no way to change the annotations (the server refuses
// every write with 409 anyway); an editor's reopening brings the tools back.
import type { Page } from '@playwright/test';
import { ACCOUNTS } from '../fixtures/accounts';
import { annotateViaApi, articleEditor, createTroopsArticle, openArticle, panelItem, selectPassage, selectionToolbar, submitReviewViaApi } from '../fixtures/annotations';
import { signInAs } from '../fixtures/auth';
import { expect, test } from '../fixtures/test';

const PASSAGE = 'Moscow and Tehran are increasingly presenting a united front';

function yourReview(page: Page) {
  return page.getByRole('region', { name: 'Your review' });
}

async function expectNoWayToAnnotate(page: Page, annotationId: string): Promise<void> {
  await expect(panelItem(page, annotationId).getByRole('button', { name: 'Edit' })).toHaveCount(0);
  await expect(panelItem(page, annotationId).getByRole('button', { name: 'Delete' })).toHaveCount(0);
  await selectPassage(page, PASSAGE, { expectToolbar: false });
  await expect(selectionToolbar(page)).toHaveCount(0);
  await articleEditor(page).press('1');
  await expect(page.getByRole('form', { name: 'New annotation' })).toHaveCount(0);
}

test('after submitting, a reviewer sees their review is final and cannot change it until an editor reopens it', async ({ page, apiAs }) => {
  const editor = await apiAs('editor');
  const reviewer = await apiAs('reviewer2');
  const article = await createTroopsArticle(editor);
  const mine = await annotateViaApi(reviewer, article, 'The geopolitical landscape', { label: 'opinion' });
  await submitReviewViaApi(reviewer, article.id);

  await signInAs(page, 'reviewer2');
  await openArticle(page, article.id);
  await expect(yourReview(page)).toContainText('Your review is final');
  await expect(yourReview(page).getByRole('button', { name: 'Submit review' })).toHaveCount(0);
  await expectNoWayToAnnotate(page, mine.id);

  const reviews = (await (await editor.get(`/api/articles/${article.id}/reviews`)).json()) as { reviews: { reviewer: { id: string; name: string } }[] };
  const reviewerId = reviews.reviews.find((review) => review.reviewer.name === ACCOUNTS.reviewer2.name)!.reviewer.id;
  const reopened = await editor.post(`/api/articles/${article.id}/reviews/${reviewerId}/reopen`, { data: { reason: 'Please recheck the opinion label.' } });
  expect(reopened.status()).toBe(200);

  await page.reload();
  await expect(yourReview(page)).toContainText('Blind review');
  await expect(panelItem(page, mine.id).getByRole('button', { name: 'Edit' })).toBeVisible();
  await selectPassage(page, PASSAGE);
  await expect(selectionToolbar(page)).toBeVisible();
});

test('on a published article nobody is offered annotation tools', async ({ page, apiAs }) => {
  const editor = await apiAs('editor');
  const first = await apiAs('reviewer1');
  const article = await createTroopsArticle(editor);
  await annotateViaApi(first, article, 'The geopolitical landscape', { label: 'opinion' });
  await submitReviewViaApi(first, article.id);
  const second = await apiAs('reviewer3');
  const draft = await annotateViaApi(second, article, 'Russian Troops In Iran', { label: 'unsupported' });
  const published = await editor.post(`/api/articles/${article.id}/publish`);
  expect(published.status(), await published.text()).toBe(200);

  await signInAs(page, 'reviewer3');
  await openArticle(page, article.id);
  await expect(yourReview(page)).toContainText('published its verdicts');
  await expect(yourReview(page).getByRole('button', { name: 'Submit review' })).toHaveCount(0);
  await expectNoWayToAnnotate(page, draft.id);
});
