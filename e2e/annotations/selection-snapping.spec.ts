// A selection is saved without the whitespace around it and on whole words;
// W (or the toolbar's "Whole words" switch) keeps selections exactly as made.
import type { Page } from '@playwright/test';
import { annotationForm, articleEditor, createTroopsArticle, domSelectionText, fetchAnnotations, openArticle, selectPassage, selectionToolbar, workspaceNotice } from '../fixtures/annotations';
import { signInAs } from '../fixtures/auth';
import { expect, test } from '../fixtures/test';

/** Presses the label key on the current selection, checks the quote the form shows, and saves. */
async function tagAndSave(page: Page, key: '1' | '2' | '3', expectedQuote: string): Promise<void> {
  await page.keyboard.press(key);
  const form = annotationForm(page, 'New annotation');
  await expect(form).toBeVisible();
  await expect(form.locator('blockquote')).toHaveText(expectedQuote);
  await form.getByRole('button', { name: 'Save annotation' }).click();
  await expect(form).toBeHidden();
  await expect(workspaceNotice(page)).toHaveText(/^Saved as /);
}

test('selections drop surrounding whitespace and snap to whole words, unless snapping is switched off', async ({ page, apiAs }) => {
  test.setTimeout(120_000);
  const article = await createTroopsArticle(await apiAs('editor'));
  const api = await apiAs('reviewer1');
  await signInAs(page, 'reviewer1');
  await openArticle(page, article.id);
  const saved = async (exact: string) => {
    const annotation = (await fetchAnnotations(api, article.id)).find((candidate) => candidate.exact === exact);
    expect(annotation, `an annotation on "${exact}"`).toBeDefined();
    expect(article.text.slice(annotation!.start, annotation!.end)).toBe(exact);
  };

  await test.step('with the keyboard: five characters of the headline tag the whole first word', async () => {
    await articleEditor(page).focus();
    await page.keyboard.press('Control+Home');
    for (let i = 0; i < 5; i += 1) await page.keyboard.press('Shift+ArrowRight');
    await expect(selectionToolbar(page)).toBeVisible();
    expect(await domSelectionText(page)).toBe('Russi');
    await tagAndSave(page, '3', 'Russian');
    await saved('Russian');
  });

  await test.step('a mouse selection of " bond forged " saves "bond forged"', async () => {
    await selectPassage(page, ' bond forged ');
    await tagAndSave(page, '1', 'bond forged');
    await saved('bond forged');
  });

  await test.step('a selection starting and ending mid-word saves the whole words', async () => {
    await selectPassage(page, 'eopolitical landsc');
    await tagAndSave(page, '2', 'geopolitical landscape');
    await saved('geopolitical landscape');
  });

  await test.step('W switches snapping off (shown in the toolbar and the keyboard help): the exact selection is kept', async () => {
    await selectPassage(page, 'trategic interes');
    const toggle = selectionToolbar(page).getByRole('button', { name: /^Whole words\b/ });
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await page.keyboard.press('w');
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await expect(workspaceNotice(page)).toHaveText('Whole-word snapping off: selections are kept exactly as made.');
    // The selection is still there; the label key takes it as it is.
    await expect(selectionToolbar(page)).toBeVisible();
    await tagAndSave(page, '1', 'trategic interes');
    await saved('trategic interes');
    const help = page.getByRole('group').filter({ hasText: 'Keyboard shortcuts' });
    await help.getByText('Keyboard shortcuts').click();
    await expect(help).toContainText('Whole-word snapping of selections on or off (now off');
    // Whitespace at the ends is still dropped.
    await selectPassage(page, ' common desire ');
    await tagAndSave(page, '2', 'common desire');
    await saved('common desire');
  });

  await test.step('the toolbar switch turns it back on', async () => {
    await selectPassage(page, 'ounter Weste');
    const toggle = selectionToolbar(page).getByRole('button', { name: /^Whole words\b/ });
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await expect(selectionToolbar(page)).toBeVisible();
    await tagAndSave(page, '3', 'counter Western');
    await saved('counter Western');
  });
});

test('a selection of nothing but whitespace offers no toolbar', async ({ page, apiAs }) => {
  const article = await createTroopsArticle(await apiAs('editor'));
  await signInAs(page, 'reviewer1');
  await openArticle(page, article.id);
  await articleEditor(page).evaluate((root) => {
    // The single space between "geopolitical" and "landscape".
    const paragraph = root.querySelectorAll('p')[0]!;
    const text = paragraph.firstChild as Text;
    const at = text.data.indexOf('geopolitical ') + 'geopolitical'.length;
    (root as HTMLElement).focus();
    const range = document.createRange();
    range.setStart(text, at);
    range.setEnd(text, at + 1);
    window.getSelection()!.removeAllRanges();
    window.getSelection()!.addRange(range);
  });
  await expect.poll(() => page.evaluate(() => window.getSelection()?.toString())).toBe(' ');
  await page.keyboard.press('1');
  await expect(selectionToolbar(page)).toHaveCount(0);
  await expect(annotationForm(page, 'New annotation')).toHaveCount(0);
});
