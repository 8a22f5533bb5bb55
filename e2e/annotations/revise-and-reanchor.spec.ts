// An editor revises an annotated article's text: annotations follow their
// words, one whose sentence was deleted needs re-attaching, and nothing is lost.
import type { Locator, Page } from '@playwright/test';
import {
  type AnnotationView,
  annotateViaApi,
  annotationItems,
  createTroopsArticle,
  fetchAnnotations,
  fetchArticle,
  highlightTexts,
  openArticle,
  panelItem,
  selectPassage,
  selectionToolbar,
  spanOf,
  workspaceNotice,
} from '../fixtures/annotations';
import { signInAs, signOut } from '../fixtures/auth';
import { expect, test } from '../fixtures/test';

// Three passages below the headline, in text order: one gets a word inserted,
// one is untouched (but moves down), one is deleted with its whole sentence.
const EDITED = 'historical precedents offer a crucial lens through which to view current dynamics';
const EDITED_AFTER = 'historical precedents offer a crucial historical lens through which to view current dynamics';
const UNTOUCHED = 'Throughout history, Russia has exerted significant influence over its southern neighbor.';
const DELETED = 'This shared anti-Western sentiment forms the ideological bedrock of their cooperation.';
const NEW_PARAGRAPH = "Editor's note: this article was updated on 22 November to reflect new reporting from Tehran and Moscow.";
/** Where the orphaned annotation is re-attached: the sentence before the deleted one. */
const REATTACH_TO = 'primarily centered on countering the perceived dominance of the United States and its Western allies';

/** Puts the caret (or a selection) into the textarea, then deletes the selection and/or types, as a person would. */
async function editTextarea(page: Page, textarea: Locator, start: number, end: number, insert: string): Promise<void> {
  await textarea.evaluate((element, [from, to]) => {
    const area = element as HTMLTextAreaElement;
    area.focus();
    area.setSelectionRange(from!, to!);
  }, [start, end]);
  if (end > start) await page.keyboard.press('Backspace');
  if (insert) await page.keyboard.insertText(insert);
}

test('revising the text re-anchors every annotation; the orphan is re-attached by its author', async ({ page, apiAs }) => {
  test.setTimeout(120_000);
  const editorApi = await apiAs('editor');
  const reviewerApi = await apiAs('reviewer1');
  const article = await createTroopsArticle(editorApi);
  const edited = await annotateViaApi(reviewerApi, article, EDITED, { label: 'opinion', rationale: 'Framing.' });
  const untouched = await annotateViaApi(reviewerApi, article, UNTOUCHED, { label: 'claim', rationale: 'Which occupations?', confidence: 'medium' });
  const deleted = await annotateViaApi(reviewerApi, article, DELETED, { label: 'unsupported', rationale: 'Asserted, not shown.' });
  const before = await fetchAnnotations(editorApi, article.id);
  expect(before.map((annotation) => annotation.id)).toEqual([edited.id, untouched.id, deleted.id]);

  // The new version, as the three edits below produce it.
  // The form shows the article as editable text (list items marked "- "), so
  // the edits are placed in that text; the canonical text follows from it.
  const planEdits = (base: string) => {
    const deletedSpan = spanOf(base, ` ${DELETED}`);
    const insertWordAt = spanOf(base, EDITED).start + 'historical precedents offer a crucial '.length;
    const paragraphAt = article.title.length;
    const result =
      base.slice(0, paragraphAt) + `\n${NEW_PARAGRAPH}` + base.slice(paragraphAt, insertWordAt) + 'historical ' + base.slice(insertWordAt, deletedSpan.start) + base.slice(deletedSpan.end);
    return { deletedSpan, insertWordAt, paragraphAt, result };
  };
  const newText = planEdits(article.text).result;
  expect(newText).toContain(EDITED_AFTER);
  expect(newText).not.toContain(DELETED);

  await test.step('the editor pastes the edits into the revise form and gets the report', async () => {
    await signInAs(page, 'editor');
    await page.goto(`/articles/${article.id}`);
    await page.getByRole('link', { name: 'Revise text' }).click();
    await expect(page).toHaveURL((url) => url.pathname === `/articles/${article.id}/revise`);
    await expect(page.getByRole('heading', { name: 'Revise the text', level: 1 })).toBeVisible();
    const textarea = page.getByLabel('New version');
    await expect(textarea).toHaveValue(new RegExp(`^${article.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\n`));
    const edits = planEdits(await textarea.inputValue());

    // Back to front, so each edit's offsets in the old text still hold.
    await editTextarea(page, textarea, edits.deletedSpan.start, edits.deletedSpan.end, '');
    await editTextarea(page, textarea, edits.insertWordAt, edits.insertWordAt, 'historical ');
    await editTextarea(page, textarea, edits.paragraphAt, edits.paragraphAt, `\n${NEW_PARAGRAPH}`);
    await expect(textarea).toHaveValue(edits.result);

    await page.getByRole('button', { name: 'Save new revision' }).click();
    const report = page.getByRole('main').getByRole('status');
    await expect(report.getByRole('heading', { name: 'Saved as revision 2' })).toBeVisible();
    await expect(report.getByRole('listitem')).toHaveText(['0 annotations kept in place', '2 moved with their words', '1 need re-attaching']);
  });

  let after: AnnotationView[] = [];
  await test.step('every annotation is on the same words of the new text, or orphaned; none is lost', async () => {
    const revised = await fetchArticle(editorApi, article.id);
    expect(revised.revision).toBe(2);
    expect(revised.text).toBe(newText);

    after = await fetchAnnotations(editorApi, article.id);
    expect(after).toHaveLength(before.length);
    expect(new Set(after.map((annotation) => annotation.id))).toEqual(new Set(before.map((annotation) => annotation.id)));
    for (const annotation of after.filter((candidate) => candidate.anchorState !== 'orphaned')) {
      expect(revised.text.slice(annotation.start, annotation.end), `annotation on "${annotation.exact}"`).toBe(annotation.exact);
      expect(annotation.revision).toBe(2);
    }
    const byId = new Map(after.map((annotation) => [annotation.id, annotation]));
    expect(byId.get(untouched.id)).toMatchObject({ anchorState: 'reanchored', ...spanOf(newText, UNTOUCHED), label: 'claim', rationale: 'Which occupations?' });
    expect(byId.get(edited.id)).toMatchObject({ anchorState: 'reanchored', ...spanOf(newText, EDITED_AFTER), label: 'opinion', rationale: 'Framing.' });
    expect(byId.get(deleted.id)).toMatchObject({ anchorState: 'orphaned', exact: DELETED, label: 'unsupported', rationale: 'Asserted, not shown.' });
    // The reviewer, before submitting, sees the same three of their own.
    expect((await fetchAnnotations(reviewerApi, article.id)).map((annotation) => annotation.id).sort()).toEqual(after.map((annotation) => annotation.id).sort());
  });

  await test.step('the author sees the orphan under "Needs re-attaching" and re-attaches it', async () => {
    await signOut(page);
    await signInAs(page, 'reviewer1');
    await openArticle(page, article.id);
    await expect(page.getByRole('main')).toContainText('Revision 2');

    const orphans = page.getByRole('region', { name: /^Needs re-attaching/ });
    await expect(orphans.getByRole('heading', { name: 'Needs re-attaching (1)' })).toBeVisible();
    await expect(orphans.getByRole('listitem')).toHaveCount(1);
    await expect(orphans.getByRole('listitem')).toContainText(DELETED);
    await expect(page.getByRole('heading', { name: 'Annotations (2)' })).toBeVisible();
    await expect(annotationItems(page).locator('q')).toHaveText([EDITED_AFTER, UNTOUCHED]);
    await expect(panelItem(page, edited.id)).toContainText('moved');
    await expect.poll(() => highlightTexts(page)).toEqual({ [edited.id]: EDITED_AFTER, [untouched.id]: UNTOUCHED });

    await orphans.getByRole('button', { name: 'Re-attach' }).click();
    await expect(workspaceNotice(page)).toContainText('Select the passage this annotation belongs to');
    await selectPassage(page, REATTACH_TO);
    const toolbar = selectionToolbar(page);
    await expect(toolbar.getByRole('button', { name: 'Claim' })).toHaveCount(0);
    await toolbar.getByRole('button', { name: 'Re-attach here' }).click();
    await expect(workspaceNotice(page)).toHaveText('Annotation re-attached.');

    await expect(orphans).toHaveCount(0);
    await expect(page.getByRole('heading', { name: 'Annotations (3)' })).toBeVisible();
    await expect(annotationItems(page).locator('q')).toHaveText([EDITED_AFTER, UNTOUCHED, REATTACH_TO]);
    await expect(panelItem(page, deleted.id)).toContainText('Asserted, not shown.');
    await expect.poll(() => highlightTexts(page, 'unsupported')).toEqual({ [deleted.id]: REATTACH_TO });

    const final = await fetchAnnotations(editorApi, article.id);
    expect(final).toHaveLength(before.length);
    const reattached = final.find((annotation) => annotation.id === deleted.id)!;
    expect(reattached).toMatchObject({ anchorState: 'anchored', ...spanOf(newText, REATTACH_TO), revision: 2, label: 'unsupported', rationale: 'Asserted, not shown.' });
  });
});
