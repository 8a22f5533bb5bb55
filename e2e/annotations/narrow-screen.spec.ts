// On a phone-sized screen (390 × 844, an iPhone 12) the annotation form and its
// buttons fit: the page never scrolls sideways, and Save is on screen and works.
import type { Page } from '@playwright/test';
import { annotationForm, createTroopsArticle, fetchAnnotations, openArticle, selectPassage, selectionToolbar, workspaceNotice } from '../fixtures/annotations';
import { signInAs } from '../fixtures/auth';
import { expect, test } from '../fixtures/test';

test.use({ viewport: { width: 390, height: 844 } });

const PASSAGE = 'Moscow and Tehran are increasingly presenting a united front';

/** How wide the page's content is: more than the viewport means sideways scrolling. */
function pageScrollWidth(page: Page): Promise<number> {
  return page.evaluate(() => document.scrollingElement!.scrollWidth);
}

test('the annotation form fits a 390 px wide screen and saves', async ({ page, apiAs }) => {
  const article = await createTroopsArticle(await apiAs('editor'));
  await signInAs(page, 'reviewer1');
  await openArticle(page, article.id);
  expect(await pageScrollWidth(page)).toBeLessThanOrEqual(390);

  await selectPassage(page, PASSAGE);
  const toolbar = selectionToolbar(page);
  await toolbar.scrollIntoViewIfNeeded();
  await expect(toolbar).toBeInViewport({ ratio: 1 });
  expect(await pageScrollWidth(page)).toBeLessThanOrEqual(390);
  await toolbar.getByRole('button', { name: /^Claim\b/ }).click();

  const form = annotationForm(page, 'New annotation');
  await expect(form).toBeVisible();
  await form.getByLabel('Rationale').fill('Coordinated arms transfers are on record; the "united front" is the author\'s reading.');
  // An evidence row is the widest part of the form.
  await form.getByRole('button', { name: 'Add evidence link' }).click();
  await form.getByLabel('Link 1', { exact: true }).fill('https://www.example.org/arms-transfers-register');
  await form.getByLabel('Title (optional)', { exact: true }).fill('Arms transfers register');
  await form.getByRole('radio', { name: 'Medium' }).check();
  expect(await pageScrollWidth(page)).toBeLessThanOrEqual(390);

  const box = await form.boundingBox();
  expect(box!.x).toBeGreaterThanOrEqual(0);
  expect(box!.x + box!.width).toBeLessThanOrEqual(390);
  for (const field of [form.getByLabel('Link 1', { exact: true }), form.getByRole('combobox', { name: /^Type\b/ }), form.getByRole('button', { name: 'Remove link 1' })]) {
    const fieldBox = (await field.boundingBox())!;
    expect(fieldBox.x + fieldBox.width).toBeLessThanOrEqual(390);
  }

  const save = form.getByRole('button', { name: 'Save annotation' });
  await save.scrollIntoViewIfNeeded();
  await expect(save).toBeInViewport({ ratio: 1 });
  await expect(form.getByRole('button', { name: 'Cancel' })).toBeInViewport({ ratio: 1 });
  // trial: Playwright checks that the click would land on the button (not covered, stable, enabled).
  await save.click({ trial: true });
  await save.click();
  await expect(form).toBeHidden();
  await expect(workspaceNotice(page)).toHaveText('Saved as claim.');
  expect(await pageScrollWidth(page)).toBeLessThanOrEqual(390);

  const [stored] = await fetchAnnotations(await apiAs('reviewer1'), article.id);
  expect(stored).toMatchObject({ label: 'claim', exact: PASSAGE, confidence: 'medium', evidence: [{ url: 'https://www.example.org/arms-transfers-register', title: 'Arms transfers register' }] });
});

test('the article page does not scroll sideways at 390 px for an admin, whose header has the most links', async ({ page, apiAs }) => {
  const article = await createTroopsArticle(await apiAs('editor'));
  await signInAs(page, 'admin');
  await openArticle(page, article.id);
  expect(await pageScrollWidth(page)).toBeLessThanOrEqual(390);
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeInViewport({ ratio: 1 });
});
