// A half-written annotation survives a reload, Back and Forward: the open form
// is kept in localStorage (per user and article) and offered back with a
// notice; saving, cancelling or discarding clears it; a draft made on an older
// revision is announced, not placed on the new text; drafts never reach
// another person on the same browser.
import type { Page } from '@playwright/test';
import { ACCOUNTS } from '../fixtures/accounts';
import { annotationForm, articleEditor, createTroopsArticle, fetchAnnotations, fetchArticle, openArticle, selectPassage, selectionToolbar, workspaceNotice } from '../fixtures/annotations';
import { signInAs, signOut } from '../fixtures/auth';
import { expect, test } from '../fixtures/test';

const PASSAGE = 'a bond forged through shared strategic interests';
const RATIONALE = 'Which interests? The article names none.\nCompare the 2001 treaty.';
const DRAFT_PREFIX = 'corroborate:annotation-draft:v1:';

function draftNotice(page: Page) {
  return page.getByTestId('draft-notice');
}

/** The drafts in this browser's localStorage: key → stored JSON. */
function storedDrafts(page: Page): Promise<Record<string, string>> {
  return page.evaluate((prefix) => Object.fromEntries(Object.entries(localStorage).filter(([key]) => key.startsWith(prefix))), DRAFT_PREFIX);
}

/** Select the passage, press 3 (unsupported), and fill in everything but save. */
async function startDraft(page: Page): Promise<void> {
  await selectPassage(page, PASSAGE);
  await page.keyboard.press('3');
  const form = annotationForm(page, 'New annotation');
  await expect(form).toBeVisible();
  await form.getByLabel('Rationale').fill(RATIONALE);
  await form.getByRole('button', { name: 'Add evidence link' }).click();
  await form.getByLabel('Link 1', { exact: true }).fill('https://www.example.org/treaty');
  await form.getByRole('radio', { name: 'High' }).check();
  await expect.poll(async () => Object.keys(await storedDrafts(page))).toHaveLength(1);
}

/** The form is back with everything typed, on the same words, with the notice. */
async function expectRestored(page: Page): Promise<void> {
  await expect(draftNotice(page)).toContainText('Restored your unsaved annotation draft from');
  await expect(draftNotice(page).getByRole('button', { name: 'Discard draft' })).toBeVisible();
  const form = annotationForm(page, 'New annotation');
  await expect(form).toBeVisible();
  await expect(form.locator('blockquote')).toHaveText(PASSAGE);
  await expect(form.getByRole('radio', { name: 'Unsupported', exact: true })).toBeChecked();
  await expect(form.getByLabel('Rationale')).toHaveValue(RATIONALE);
  await expect(form.getByLabel('Link 1', { exact: true })).toHaveValue('https://www.example.org/treaty');
  await expect(form.getByRole('radio', { name: 'High' })).toBeChecked();
  // The passage it belongs to is marked in the text.
  await expect(articleEditor(page).locator('.hl-pending')).toHaveText(PASSAGE);
}

/**
 * Back to history entries of a document a full load replaced: Next.js' router may answer such a Back
 * with a load of its own, which Chromium reports as the first navigation aborted (or the page it
 * was waiting on replaced). What counts is where the browser ends up, which the caller checks.
 */
async function backAcrossDocuments(page: Page): Promise<void> {
  await page.goBack().catch((error: unknown) => {
    if (!/net::ERR_ABORTED|Not attached to an active page/.test(String(error))) throw error;
  });
}

test('a draft survives reload, Back and Forward, and is cleared by saving', async ({ page, apiAs }) => {
  test.setTimeout(120_000);
  const article = await createTroopsArticle(await apiAs('editor'));
  await signInAs(page, 'reviewer1');
  await openArticle(page, article.id);
  await startDraft(page);

  await test.step('reload', async () => {
    await page.reload();
    await expectRestored(page);
    // The notice says when the draft was written (the browser runs in UTC, en-GB).
    const savedAt = JSON.parse(Object.values(await storedDrafts(page))[0]!) as { savedAt: string };
    await expect(draftNotice(page).locator('time')).toHaveAttribute('datetime', /^\d{4}-\d\d-\d\dT/);
    expect(Math.abs(Date.parse(savedAt.savedAt) - Date.now())).toBeLessThan(120_000);
  });

  await test.step('away to the dashboard and Back', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Articles', exact: true }).click();
    await expect(page).toHaveURL((url) => url.pathname === '/');
    await page.goBack();
    await expect(page).toHaveURL((url) => url.pathname === `/articles/${article.id}`);
    await expectRestored(page);
  });

  await test.step('Forward, then Back again (a full page load in between)', async () => {
    await page.goForward();
    await expect(page).toHaveURL((url) => url.pathname === '/');
    await page.goto(`/articles/${article.id}/consensus`); // another page, loaded in full (a 403 page for a reviewer)
    await backAcrossDocuments(page);
    await backAcrossDocuments(page);
    await expect(page).toHaveURL((url) => url.pathname === `/articles/${article.id}`);
    await expectRestored(page);
  });

  await test.step('saving clears it', async () => {
    const form = annotationForm(page, 'New annotation');
    await form.getByRole('button', { name: 'Save annotation' }).click();
    await expect(form).toBeHidden();
    await expect(workspaceNotice(page)).toHaveText('Saved as unsupported.');
    await expect(draftNotice(page)).toHaveCount(0);
    expect(await storedDrafts(page)).toEqual({});
    await page.reload();
    await expect(articleEditor(page)).toBeVisible();
    await expect(page.getByRole('list', { name: 'Annotations in text order' }).locator(':scope > li')).toHaveCount(1);
    await expect(draftNotice(page)).toHaveCount(0);
    await expect(annotationForm(page, 'New annotation')).toHaveCount(0);
    const [stored] = await fetchAnnotations(await apiAs('reviewer1'), article.id);
    expect(stored).toMatchObject({ label: 'unsupported', exact: PASSAGE, rationale: RATIONALE, confidence: 'high', evidence: [{ url: 'https://www.example.org/treaty' }] });
  });
});

test('cancelling or discarding a draft forgets it', async ({ page, apiAs }) => {
  const article = await createTroopsArticle(await apiAs('editor'));
  await signInAs(page, 'reviewer1');
  await openArticle(page, article.id);

  await test.step('Escape', async () => {
    await startDraft(page);
    await page.keyboard.press('Escape');
    await expect(annotationForm(page, 'New annotation')).toBeHidden();
    expect(await storedDrafts(page)).toEqual({});
    await page.reload();
    await expect(articleEditor(page)).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Your review' })).toBeVisible();
    await expect(draftNotice(page)).toHaveCount(0);
    await expect(annotationForm(page, 'New annotation')).toHaveCount(0);
  });

  await test.step('Discard draft', async () => {
    await startDraft(page);
    await page.reload();
    await expectRestored(page);
    await draftNotice(page).getByRole('button', { name: 'Discard draft' }).click();
    await expect(annotationForm(page, 'New annotation')).toBeHidden();
    await expect(draftNotice(page)).toHaveCount(0);
    expect(await storedDrafts(page)).toEqual({});
    await page.reload();
    await expect(articleEditor(page)).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Your review' })).toBeVisible();
    await expect(draftNotice(page)).toHaveCount(0);
  });
  expect(await fetchAnnotations(await apiAs('reviewer1'), article.id)).toEqual([]);
});

test('a draft from before a revision is announced, not placed on the new text, and can be carried to a new selection', async ({ page, apiAs }) => {
  const editor = await apiAs('editor');
  const article = await createTroopsArticle(editor);
  await signInAs(page, 'reviewer1');
  await openArticle(page, article.id);
  await startDraft(page);

  // The editor inserts a sentence before the passage: the draft's offsets now point at other words.
  const revisedText = article.text.replace('At the heart of many', 'Analysts disagree about this. At the heart of many');
  const revised = await editor.put(`/api/articles/${article.id}/text`, { data: { text: revisedText } });
  expect(revised.status(), await revised.text()).toBe(200);
  expect((await fetchArticle(editor, article.id)).revision).toBe(2);

  await page.reload();
  await expect(articleEditor(page)).toBeVisible();
  const notice = draftNotice(page);
  await expect(notice).toContainText('Restored your unsaved annotation draft from');
  await expect(notice).toContainText('The article has been revised since (the draft was made on revision 1, the text is now revision 2), so it is not placed on the text.');
  await expect(notice.locator('q')).toHaveText(PASSAGE);
  await expect(annotationForm(page, 'New annotation')).toHaveCount(0);
  await expect(articleEditor(page).locator('.hl-pending')).toHaveCount(0);

  // Choosing the passage again opens the form with the draft's content, on the new text and revision.
  await selectPassage(page, PASSAGE);
  await selectionToolbar(page).getByRole('button', { name: /^Claim\b/ }).click();
  const form = annotationForm(page, 'New annotation');
  await expect(form.getByLabel('Rationale')).toHaveValue(RATIONALE);
  await expect(form.getByRole('radio', { name: 'Claim', exact: true })).toBeChecked();
  await expect(form.getByRole('radio', { name: 'High' })).toBeChecked();
  await expect(notice).toHaveCount(0);
  await form.getByRole('button', { name: 'Save annotation' }).click();
  await expect(workspaceNotice(page)).toHaveText('Saved as claim.');
  const [stored] = await fetchAnnotations(await apiAs('reviewer1'), article.id);
  expect(stored).toMatchObject({ label: 'claim', exact: PASSAGE, revision: 2, rationale: RATIONALE, start: revisedText.indexOf(PASSAGE) });
  expect(await storedDrafts(page)).toEqual({});
});

test("drafts are kept under the user's id, cleared on sign-out, and never offered to someone else", async ({ page, apiAs }) => {
  const article = await createTroopsArticle(await apiAs('editor'));
  await signInAs(page, 'reviewer1');
  await openArticle(page, article.id);
  await startDraft(page);
  const drafts = await storedDrafts(page);
  const [key] = Object.keys(drafts);
  const users = (await (await (await apiAs('admin')).get('/api/users')).json()) as { users: { id: string; email: string }[] };
  const reviewer1 = users.users.find((user) => user.email === ACCOUNTS.reviewer1.email)!;
  expect(key).toBe(`${DRAFT_PREFIX}${reviewer1.id}:${article.id}`);

  await signOut(page);
  expect(await storedDrafts(page)).toEqual({});

  // A browser where the draft survived (say the session simply expired): the next person must not get it.
  await page.evaluate(([draftKey, value]) => localStorage.setItem(draftKey!, value!), [key, drafts[key!]]);
  await signInAs(page, 'reviewer2');
  await openArticle(page, article.id);
  await expect(page.getByTestId('current-user')).toHaveText(ACCOUNTS.reviewer2.name);
  await expect(page.getByText('No annotations yet.')).toBeVisible();
  await expect(draftNotice(page)).toHaveCount(0);
  await expect(annotationForm(page, 'New annotation')).toHaveCount(0);
  await expect(page.getByRole('main')).not.toContainText('Which interests?');
  // reviewer1's draft is still there, untouched, under reviewer1's key only.
  expect(Object.keys(await storedDrafts(page))).toEqual([key]);
});
