// The reviewer's annotation workflow in the browser: tagging with the keyboard
// only and with a mouse selection, blind review between two reviewers until
// each submits, and editing, deleting and undoing.
import type { APIRequestContext, Browser, BrowserContext, Page } from '@playwright/test';
import { ACCOUNTS } from '../fixtures/accounts';
import {
  HEADLINE_START,
  type Label,
  annotateViaApi,
  annotationForm,
  annotationItems,
  annotationList,
  articleEditor,
  createTroopsArticle,
  domSelectionText,
  fetchAnnotations,
  highlightTexts,
  openArticle,
  panelItem,
  selectPassage,
  selectionToolbar,
  workspaceNotice,
} from '../fixtures/annotations';
import { signInAs } from '../fixtures/auth';
import { expect, test } from '../fixtures/test';

// Passages of the sample article (paragraphs 1 and 2), in text order after the headline.
const OPINION_PASSAGE = 'The geopolitical landscape of the Middle East is a complex tapestry';
const RAVI_PASSAGE = 'a bond forged through shared strategic interests';
const CLAIM_PASSAGE = 'Moscow and Tehran are increasingly presenting a united front';

const LABEL_NAME: Record<Label, string> = { claim: 'Claim', opinion: 'Opinion', unsupported: 'Unsupported' };

async function signedInContext(browser: Browser, baseURL: string | undefined, who: 'reviewer1' | 'reviewer2'): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await signInAs(page, who);
  return { context, page };
}

/** Mouse-like selection of `passage`, the toolbar's label button, a rationale, Save. */
async function tagWithToolbar(page: Page, passage: string, label: Label, rationale: string): Promise<void> {
  await selectPassage(page, passage);
  await selectionToolbar(page)
    .getByRole('button', { name: new RegExp(`^${LABEL_NAME[label]}\\b`) })
    .click();
  const form = annotationForm(page, 'New annotation');
  await expect(form).toBeVisible();
  await expect(form.locator('blockquote')).toHaveText(passage);
  await expect(form.getByRole('radio', { name: LABEL_NAME[label], exact: true })).toBeChecked();
  await expect(form.getByLabel('Rationale')).toBeFocused();
  await form.getByLabel('Rationale').fill(rationale);
  await form.getByRole('button', { name: 'Save annotation' }).click();
  await expect(form).toBeHidden();
  await expect(workspaceNotice(page)).toHaveText(`Saved as ${LABEL_NAME[label].toLowerCase()}.`);
}

/** "Submit review" → the confirmation dialog → "Submit review"; the workspace then shows everyone's annotations. */
async function submitReview(page: Page, expectedCount: number): Promise<void> {
  const review = page.getByRole('region', { name: 'Your review' });
  await review.getByRole('button', { name: 'Submit review' }).click();
  const dialog = page.getByRole('dialog', { name: 'Submit your review?' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText(`You are submitting ${expectedCount} annotation${expectedCount === 1 ? '' : 's'}.`);
  await dialog.getByRole('button', { name: 'Submit review' }).click();
  await expect(dialog).toBeHidden();
  await expect(workspaceNotice(page)).toHaveText("Review submitted. You now see the other reviewers' annotations.");
  await expect(review).toContainText('Submitted');
  await expect(review.getByRole('button', { name: 'Submit review' })).toHaveCount(0);
}

async function expectApiSees(api: APIRequestContext, articleId: string, expected: { exact: string; author: string }[]): Promise<void> {
  const annotations = await fetchAnnotations(api, articleId);
  expect(annotations.map((annotation) => ({ exact: annotation.exact, author: annotation.author.name }))).toEqual(expected);
}

test('two reviewers annotate blind (keyboard and mouse) and see each other only after submitting', async ({ browser, baseURL, apiAs }) => {
  test.setTimeout(180_000);
  const article = await createTroopsArticle(await apiAs('editor'));
  const rita = ACCOUNTS.reviewer1.name;
  const ravi = ACCOUNTS.reviewer2.name;
  const api1 = await apiAs('reviewer1');
  const api2 = await apiAs('reviewer2');
  const reviewer1 = await signedInContext(browser, baseURL, 'reviewer1');
  const reviewer2 = await signedInContext(browser, baseURL, 'reviewer2');
  try {
    const page = reviewer1.page;

    await test.step('reviewer1 tags the headline as unsupported with the keyboard only', async () => {
      await openArticle(page, article.id);
      await expect(page.getByText('No annotations yet.')).toBeVisible();
      await articleEditor(page).focus();
      await page.keyboard.press('Control+Home');
      for (let i = 0; i < HEADLINE_START.length; i += 1) await page.keyboard.press('Shift+ArrowRight');
      await expect(selectionToolbar(page)).toBeVisible();
      expect(await domSelectionText(page)).toBe(HEADLINE_START);

      await page.keyboard.press('3');
      const form = annotationForm(page, 'New annotation');
      await expect(form).toBeVisible();
      await expect(form.locator('blockquote')).toHaveText(HEADLINE_START);
      await expect(form.getByRole('radio', { name: 'Unsupported', exact: true })).toBeChecked();
      const rationale = form.getByLabel('Rationale');
      await expect(rationale).toBeFocused();
      await page.keyboard.type('The body reports no deployment of Russian troops in Iran.');
      await page.keyboard.press('Shift+Enter'); // a new line, not a save
      await page.keyboard.type('The headline asserts one anyway.');
      await expect(rationale).toHaveValue('The body reports no deployment of Russian troops in Iran.\nThe headline asserts one anyway.');

      await page.keyboard.press('Tab');
      const addLink = form.getByRole('button', { name: 'Add evidence link' });
      await expect(addLink).toBeFocused();
      await page.keyboard.press('Enter');
      const link = form.getByLabel('Link 1', { exact: true });
      await expect(link).toBeVisible();
      await expect(addLink).toBeFocused();
      // Back through ✕, Type and Title to the link's address.
      for (let i = 0; i < 4; i += 1) await page.keyboard.press('Shift+Tab');
      await expect(link).toBeFocused();
      await page.keyboard.type('https://www.example.org/defence-ministry-statement');
      await page.keyboard.press('Tab');
      await expect(form.getByLabel('Title (optional)', { exact: true })).toBeFocused();
      await page.keyboard.type('Defence ministry statement');
      await page.keyboard.press('Tab');
      const type = form.getByRole('combobox', { name: /^Type\b/ });
      await expect(type).toBeFocused();
      await page.keyboard.type('Primary');
      await expect(type).toHaveValue('primary_source');
      await page.keyboard.press('Tab');
      await expect(form.getByRole('button', { name: 'Remove link 1' })).toBeFocused();
      await page.keyboard.press('Tab');
      await expect(addLink).toBeFocused();
      await page.keyboard.press('Tab');
      await expect(form.getByRole('radio', { name: 'Not set' })).toBeFocused();
      await page.keyboard.press('ArrowLeft');
      await expect(form.getByRole('radio', { name: 'High' })).toBeChecked();
      await expect(form.getByRole('radio', { name: 'High' })).toBeFocused();

      await page.keyboard.press('Enter');
      await expect(form).toBeHidden();
      await expect(workspaceNotice(page)).toHaveText('Saved as unsupported.');
      // Focus is back in the text, so the next passage can be tagged without the mouse.
      await expect(articleEditor(page)).toBeFocused();

      const item = annotationItems(page);
      await expect(item).toHaveCount(1);
      await expect(item.locator('q')).toHaveText(HEADLINE_START);
      await expect(item).toContainText('Unsupported');
      await expect(item).toContainText('high confidence');
      await expect(item.locator('p')).toHaveText('The body reports no deployment of Russian troops in Iran.\nThe headline asserts one anyway.');
      await expect(item.getByRole('link', { name: 'Defence ministry statement' })).toHaveAttribute('href', 'https://www.example.org/defence-ministry-statement');
      await expect(item).toContainText('(Primary source)');
      await expect.poll(async () => Object.values(await highlightTexts(page, 'unsupported'))).toEqual([HEADLINE_START]);

      const [stored] = await fetchAnnotations(api1, article.id);
      expect(stored).toMatchObject({
        label: 'unsupported',
        start: 0,
        end: HEADLINE_START.length,
        exact: HEADLINE_START,
        rationale: 'The body reports no deployment of Russian troops in Iran.\nThe headline asserts one anyway.',
        evidence: [{ url: 'https://www.example.org/defence-ministry-statement', title: 'Defence ministry statement', type: 'primary_source' }],
        confidence: 'high',
        mine: true,
      });
    });

    await test.step('reviewer1 tags a claim and an opinion in the body with mouse selections', async () => {
      await tagWithToolbar(page, CLAIM_PASSAGE, 'claim', 'Check the arms-transfer record.');
      await tagWithToolbar(page, OPINION_PASSAGE, 'opinion', 'A metaphor, not a finding.');

      // Text order, not the order they were made in.
      await expect(annotationItems(page).locator('q')).toHaveText([HEADLINE_START, OPINION_PASSAGE, CLAIM_PASSAGE]);
      await expect(page.getByRole('heading', { name: 'Annotations (3)' })).toBeVisible();
      await expect.poll(async () => Object.values(await highlightTexts(page, 'unsupported'))).toEqual([HEADLINE_START]);
      await expect.poll(async () => Object.values(await highlightTexts(page, 'claim'))).toEqual([CLAIM_PASSAGE]);
      await expect.poll(async () => Object.values(await highlightTexts(page, 'opinion'))).toEqual([OPINION_PASSAGE]);
      await expect(articleEditor(page).locator('.hl-badge')).toHaveCount(3);

      const stored = await fetchAnnotations(api1, article.id);
      expect(stored.map((annotation) => [annotation.label, annotation.exact])).toEqual([
        ['unsupported', HEADLINE_START],
        ['opinion', OPINION_PASSAGE],
        ['claim', CLAIM_PASSAGE],
      ]);
      for (const annotation of stored) expect(article.text.slice(annotation.start, annotation.end)).toBe(annotation.exact);
    });

    await test.step("reviewer2 sees none of reviewer1's annotations, in the page or the API", async () => {
      await openArticle(reviewer2.page, article.id);
      await expect(reviewer2.page.getByText('No annotations yet.')).toBeVisible();
      await expect(annotationList(reviewer2.page)).toHaveCount(0);
      await expect(articleEditor(reviewer2.page).locator('.hl, .hl-badge')).toHaveCount(0);
      await expect(reviewer2.page.getByRole('main')).not.toContainText(rita);
      expect(await fetchAnnotations(api2, article.id)).toEqual([]);
      // The editor, who adjudicates, sees all three.
      expect(await fetchAnnotations(await apiAs('editor'), article.id)).toHaveLength(3);
    });

    await test.step('reviewer2 adds one annotation and submits, then sees all four', async () => {
      await tagWithToolbar(reviewer2.page, RAVI_PASSAGE, 'unsupported', 'Which interests? None are named.');
      await expectApiSees(api2, article.id, [{ exact: RAVI_PASSAGE, author: ravi }]);
      await expect(annotationItems(reviewer2.page)).toHaveCount(1);

      await submitReview(reviewer2.page, 1);
      const items = annotationItems(reviewer2.page);
      await expect(items.locator('q')).toHaveText([HEADLINE_START, OPINION_PASSAGE, RAVI_PASSAGE, CLAIM_PASSAGE]);
      await expect(items.filter({ hasText: `by ${rita}` })).toHaveCount(3);
      // Other reviewers' annotations are read-only for reviewer2, and now that they have seen them, so are their own: the submission is final.
      await expect(items.filter({ hasText: `by ${rita}` }).getByRole('button', { name: 'Edit' })).toHaveCount(0);
      await expect(items.filter({ hasNotText: `by ${rita}` })).toHaveCount(1);
      await expect(items.filter({ hasNotText: `by ${rita}` }).getByRole('button', { name: 'Edit' })).toHaveCount(0);
      await expect(reviewer2.page.getByRole('region', { name: 'Your review' })).toContainText('Your review is final');
      await expect(articleEditor(reviewer2.page).locator('.hl.hl-other')).not.toHaveCount(0);
      await expect.poll(async () => Object.keys(await highlightTexts(reviewer2.page))).toHaveLength(4);
      await expectApiSees(api2, article.id, [
        { exact: HEADLINE_START, author: rita },
        { exact: OPINION_PASSAGE, author: rita },
        { exact: RAVI_PASSAGE, author: ravi },
        { exact: CLAIM_PASSAGE, author: rita },
      ]);
    });

    await test.step("reviewer1 still sees only their own until they submit, then reviewer2's too", async () => {
      await page.reload();
      await expect(articleEditor(page)).toBeVisible();
      await expect(annotationItems(page).locator('q')).toHaveText([HEADLINE_START, OPINION_PASSAGE, CLAIM_PASSAGE]);
      await expect(page.getByRole('main')).not.toContainText(ravi);
      await expect.poll(async () => Object.keys(await highlightTexts(page))).toHaveLength(3);
      await expectApiSees(api1, article.id, [
        { exact: HEADLINE_START, author: rita },
        { exact: OPINION_PASSAGE, author: rita },
        { exact: CLAIM_PASSAGE, author: rita },
      ]);

      await submitReview(page, 3);
      const items = annotationItems(page);
      await expect(items.locator('q')).toHaveText([HEADLINE_START, OPINION_PASSAGE, RAVI_PASSAGE, CLAIM_PASSAGE]);
      await expect(items.filter({ hasText: `by ${ravi}` })).toHaveCount(1);
      await expect(items.filter({ hasText: `by ${ravi}` }).locator('q')).toHaveText(RAVI_PASSAGE);
      await expect.poll(async () => Object.values(await highlightTexts(page, 'unsupported')).sort()).toEqual([HEADLINE_START, RAVI_PASSAGE].sort());
      expect(await fetchAnnotations(api1, article.id)).toHaveLength(4);
    });
  } finally {
    await reviewer1.context.close();
    await reviewer2.context.close();
  }
});

test('a reviewer edits an annotation, cancels a new one with Escape, and undoes a delete', async ({ page, apiAs }) => {
  const article = await createTroopsArticle(await apiAs('editor'));
  const api = await apiAs('reviewer1');
  const opinion = await annotateViaApi(api, article, OPINION_PASSAGE, { label: 'opinion', rationale: 'A metaphor.' });
  const claim = await annotateViaApi(api, article, CLAIM_PASSAGE, { label: 'claim', rationale: 'Check it.', confidence: 'low' });

  await signInAs(page, 'reviewer1');
  await openArticle(page, article.id);
  await expect(annotationItems(page).locator('q')).toHaveText([OPINION_PASSAGE, CLAIM_PASSAGE]);

  await test.step('edit: label and rationale', async () => {
    await panelItem(page, claim.id).getByRole('button', { name: 'Edit', exact: true }).click();
    const form = annotationForm(page, 'Edit annotation');
    await expect(form).toBeVisible();
    await expect(form.locator('blockquote')).toHaveText(CLAIM_PASSAGE);
    await expect(form.getByRole('radio', { name: 'Claim', exact: true })).toBeChecked();
    await expect(form.getByLabel('Rationale')).toHaveValue('Check it.');
    await form.getByRole('radio', { name: 'Unsupported', exact: true }).check();
    await form.getByLabel('Rationale').fill('No source is given for a united front.');
    await form.getByRole('button', { name: 'Save annotation' }).click();
    await expect(form).toBeHidden();
    await expect(workspaceNotice(page)).toHaveText('Annotation updated.');

    const item = panelItem(page, claim.id);
    await expect(item).toContainText('Unsupported');
    await expect(item).not.toContainText('Claim');
    await expect(item.locator('p')).toHaveText('No source is given for a united front.');
    await expect(item).toContainText('low confidence');
    await expect(articleEditor(page).locator(`.hl[data-annotation-id="${claim.id}"]`).first()).toHaveClass(/\bhl-unsupported\b/);
    await expect.poll(() => highlightTexts(page, 'unsupported')).toEqual({ [claim.id]: CLAIM_PASSAGE });
    await expect.poll(() => highlightTexts(page, 'claim')).toEqual({});

    const stored = (await fetchAnnotations(api, article.id)).find((annotation) => annotation.id === claim.id);
    expect(stored).toMatchObject({ label: 'unsupported', rationale: 'No source is given for a united front.', confidence: 'low', exact: CLAIM_PASSAGE, version: claim.version + 1 });
  });

  await test.step('Escape closes a new annotation form without saving', async () => {
    await selectPassage(page, RAVI_PASSAGE);
    await page.keyboard.press('1');
    const form = annotationForm(page, 'New annotation');
    await expect(form).toBeVisible();
    await expect(form.getByRole('radio', { name: 'Claim', exact: true })).toBeChecked();
    await page.keyboard.type('Never mind');
    await page.keyboard.press('Escape');
    await expect(form).toBeHidden();
    await expect(articleEditor(page)).toBeFocused();
    await expect(annotationItems(page)).toHaveCount(2);
    expect(await fetchAnnotations(api, article.id)).toHaveLength(2);
  });

  await test.step('delete, then Undo restores it', async () => {
    await panelItem(page, opinion.id).getByRole('button', { name: 'Delete', exact: true }).click();
    const notice = workspaceNotice(page);
    await expect(notice).toContainText('Annotation deleted.');
    await expect(panelItem(page, opinion.id)).toHaveCount(0);
    await expect(annotationItems(page).locator('q')).toHaveText([CLAIM_PASSAGE]);
    await expect.poll(() => highlightTexts(page, 'opinion')).toEqual({});
    expect((await fetchAnnotations(api, article.id)).map((annotation) => annotation.id)).toEqual([claim.id]);

    await notice.getByRole('button', { name: 'Undo' }).click();
    await expect(notice).toHaveText('Annotation restored.');
    await expect(annotationItems(page).locator('q')).toHaveText([OPINION_PASSAGE, CLAIM_PASSAGE]);
    await expect(panelItem(page, opinion.id).locator('p')).toHaveText('A metaphor.');
    await expect.poll(() => highlightTexts(page, 'opinion')).toEqual({ [opinion.id]: OPINION_PASSAGE });
    const restored = (await fetchAnnotations(api, article.id)).find((annotation) => annotation.id === opinion.id);
    expect(restored).toMatchObject({ label: 'opinion', exact: OPINION_PASSAGE, rationale: 'A metaphor.', deletedAt: null });
  });
});
