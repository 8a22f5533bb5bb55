// axe on the annotation surface in its different states: highlights (own,
// other reviewers', one needing re-attachment), the selection toolbar, the new
// and edit annotation forms, and the submit confirmation.
import {
  annotateViaApi,
  annotationForm,
  annotationItems,
  articleEditor,
  createTroopsArticle,
  fetchArticle,
  openArticle,
  panelItem,
  selectPassage,
  selectionToolbar,
  submitReviewViaApi,
} from '../fixtures/annotations';
import { signInAs, signOut } from '../fixtures/auth';
import { expectNoSeriousViolations } from '../fixtures/axe';
import { expect, test } from '../fixtures/test';


const HEADLINE = 'Russian Troops In Iran';
const CLAIM = 'Moscow and Tehran are increasingly presenting a united front';
const OPINION = 'The geopolitical landscape of the Middle East is a complex tapestry';
const OTHERS = 'a bond forged through shared strategic interests';
const ORPHANED = 'This shared anti-Western sentiment forms the ideological bedrock of their cooperation.';
const FREE_PASSAGE = 'Throughout history, Russia has exerted significant influence over its southern neighbor.';

test('the annotation workspace has no serious accessibility problems', async ({ page, apiAs }) => {
  test.setTimeout(120_000);
  const [editor, reviewer1, reviewer2] = await Promise.all([apiAs('editor'), apiAs('reviewer1'), apiAs('reviewer2')]);
  let article = await createTroopsArticle(editor);
  await annotateViaApi(reviewer1, article, HEADLINE, {
    label: 'unsupported',
    rationale: 'No troops are reported.\nThe headline says otherwise.',
    evidence: [{ url: 'https://example.org/statement', title: 'Statement', type: 'primary_source' }, { url: 'https://example.org/raw' }],
    confidence: 'high',
  });
  const claim = await annotateViaApi(reviewer1, article, CLAIM, { label: 'claim', confidence: 'medium' });
  await annotateViaApi(reviewer1, article, OPINION, { label: 'opinion', rationale: 'A metaphor.' });
  await annotateViaApi(reviewer1, article, ORPHANED, { label: 'unsupported', rationale: 'Asserted.' });
  await annotateViaApi(reviewer2, article, OTHERS, { label: 'claim', rationale: 'Which interests?' });
  await submitReviewViaApi(reviewer2, article.id);
  await submitReviewViaApi(reviewer1, article.id);
  // A revision that deletes one annotated sentence, so "Needs re-attaching" shows too.
  const revised = await editor.put(`/api/articles/${article.id}/text`, { data: { text: article.text.replace(` ${ORPHANED}`, '') } });
  expect(revised.status(), await revised.text()).toBe(200);
  article = await fetchArticle(editor, article.id);

  await signInAs(page, 'reviewer1');
  await openArticle(page, article.id);

  await test.step('with highlights, other reviewers’ annotations and an orphan', async () => {
    await expect(annotationItems(page)).toHaveCount(4);
    await expect(page.getByRole('heading', { name: 'Needs re-attaching (1)' })).toBeVisible();
    await expect(articleEditor(page).locator('.hl.hl-other')).toHaveCount(1);
    await expect(articleEditor(page).locator('.hl-badge')).toHaveCount(4);
    await expectNoSeriousViolations(page);
  });

  // reviewer1's review is now final (no tools); the editor, who sees everyone's work and may annotate, opens the tools.
  const editorsClaim = await annotateViaApi(editor, article, CLAIM, { label: 'claim', confidence: 'low' });
  await signOut(page);
  await signInAs(page, 'editor');
  await openArticle(page, article.id);

  await test.step('with the selection toolbar open', async () => {
    await selectPassage(page, FREE_PASSAGE);
    await expect(selectionToolbar(page).getByRole('button')).toHaveCount(4); // three labels and the whole-word switch
    await expectNoSeriousViolations(page);
  });

  await test.step('with the new annotation form open (and an evidence row)', async () => {
    await page.keyboard.press('2');
    const form = annotationForm(page, 'New annotation');
    await expect(form).toBeVisible();
    await form.getByRole('button', { name: 'Add evidence link' }).click();
    await expect(form.getByLabel('Link 1', { exact: true })).toBeVisible();
    await expectNoSeriousViolations(page);
    await page.keyboard.press('Escape');
    await expect(form).toBeHidden();
  });

  await test.step('with the edit form open', async () => {
    await expect(panelItem(page, claim.id).getByRole('button', { name: 'Edit', exact: true })).toHaveCount(0); // another's, and final
    await panelItem(page, editorsClaim.id).getByRole('button', { name: 'Edit', exact: true }).click();
    await expect(annotationForm(page, 'Edit annotation')).toBeVisible();
    await expectNoSeriousViolations(page);
  });
});

test('the submit confirmation has no serious accessibility problems', async ({ page, apiAs }) => {
  const article = await createTroopsArticle(await apiAs('editor'));
  await annotateViaApi(await apiAs('reviewer3'), article, CLAIM, { label: 'claim' });
  await signInAs(page, 'reviewer3');
  await openArticle(page, article.id);
  await page.getByRole('region', { name: 'Your review' }).getByRole('button', { name: 'Submit review' }).click();
  await expect(page.getByRole('dialog', { name: 'Submit your review?' })).toBeVisible();
  await expectNoSeriousViolations(page);
});
