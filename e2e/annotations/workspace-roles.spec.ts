// Editors and admins are not asked to submit a review of an article they are
// not reviewing, and an admin is addressed as an admin, never as an editor.
import type { Page } from '@playwright/test';
import { annotateViaApi, annotationForm, createTroopsArticle, openArticle, selectPassage, selectionToolbar, workspaceNotice } from '../fixtures/annotations';
import { signInAs } from '../fixtures/auth';
import { expect, test } from '../fixtures/test';

const PASSAGE = 'Moscow and Tehran are increasingly presenting a united front';

function yourReview(page: Page) {
  return page.getByRole('region', { name: 'Your review' });
}

for (const who of ['editor', 'admin'] as const) {
  test(`${who}: no "Submit review" without annotations of their own; offered once they annotate`, async ({ page, apiAs }) => {
    const article = await createTroopsArticle(await apiAs('editor'));
    await annotateViaApi(await apiAs('reviewer1'), article, 'The geopolitical landscape', { label: 'opinion' });
    await signInAs(page, who);
    await openArticle(page, article.id);

    const review = yourReview(page);
    await expect(review).toContainText(`As an ${who} you see every reviewer's annotations.`);
    await expect(review.getByRole('button', { name: 'Submit review' })).toHaveCount(0);

    await selectPassage(page, PASSAGE);
    await selectionToolbar(page).getByRole('button', { name: /^Claim\b/ }).click();
    const form = annotationForm(page, 'New annotation');
    await form.getByRole('button', { name: 'Save annotation' }).click();
    await expect(workspaceNotice(page)).toHaveText('Saved as claim.');
    await expect(review.getByRole('button', { name: 'Submit review' })).toBeVisible();

    // Still offered after a reload, now that the annotation is theirs on the server too.
    await page.reload();
    await expect(yourReview(page).getByRole('button', { name: 'Submit review' })).toBeVisible();
  });
}

test('a reviewer is offered "Submit review" before annotating anything', async ({ page, apiAs }) => {
  const article = await createTroopsArticle(await apiAs('editor'));
  await signInAs(page, 'reviewer1');
  await openArticle(page, article.id);
  await expect(yourReview(page)).toContainText('Blind review: you see only your own annotations until you submit.');
  await expect(yourReview(page).getByRole('button', { name: 'Submit review' })).toBeVisible();
});

test('an admin is never called an editor: workspace, header, dashboard', async ({ page, apiAs }) => {
  const article = await createTroopsArticle(await apiAs('editor'));
  await signInAs(page, 'admin');
  await expect(page.getByRole('navigation', { name: 'Main' })).toContainText(/·\s*Admin/);
  await expect(page.getByRole('navigation', { name: 'Main' })).not.toContainText(/editor/i);
  await openArticle(page, article.id);
  await expect(yourReview(page)).toContainText('As an admin');
  await expect(yourReview(page)).not.toContainText(/editor/i);
  await expect(page.getByRole('complementary', { name: 'Annotations', exact: true })).not.toContainText(/editor/i);
  await expect(page.getByRole('banner')).not.toContainText(/editor/i);
});
