// Search within an article ("/", Enter and Shift+Enter between matches, "k of
// n", every match marked) and the annotation panel's filters: by label for
// everyone, by reviewer only for those who may see others' annotations — a
// reviewer still reviewing blind gets no reviewer filter that could name or
// count anyone else.
import { ACCOUNTS } from '../fixtures/accounts';
import { annotateViaApi, annotationItems, articleEditor, createTroopsArticle, openArticle, submitReviewViaApi } from '../fixtures/annotations';
import { signInAs } from '../fixtures/auth';
import { expect, test } from '../fixtures/test';

const HEADLINE = 'Russian Troops In Iran';
const CLAIM = 'Moscow and Tehran are increasingly presenting a united front';
const TIED = 'The geopolitical landscape of the Middle East is a complex tapestry';

test('search within the article marks every match, case-insensitively, and steps through them with "k of n"', async ({ page, apiAs }) => {
  const article = await createTroopsArticle(await apiAs('editor'));
  const expected = article.text.match(/tehran/gi)!.length;
  expect(expected).toBeGreaterThan(2);
  await signInAs(page, 'reviewer1');
  await openArticle(page, article.id);

  const search = page.getByRole('search', { name: 'Search in the article' });
  const box = search.getByRole('searchbox', { name: /Search in the article/ });
  const count = search.getByRole('status');
  await page.keyboard.press('/');
  await expect(box).toBeFocused();
  await page.keyboard.type('TEHRAN');
  await expect(count).toHaveText(`1 of ${expected}`);
  const marks = articleEditor(page).locator('.search-match');
  await expect(marks).toHaveCount(expected);
  for (const text of await marks.allTextContents()) expect(text.toLowerCase()).toBe('tehran');
  await expect(articleEditor(page).locator('.search-current')).toHaveCount(1);

  await page.keyboard.press('Enter');
  await expect(count).toHaveText(`2 of ${expected}`);
  await page.keyboard.press('Shift+Enter');
  await page.keyboard.press('Shift+Enter');
  await expect(count).toHaveText(`${expected} of ${expected}`);
  await expect(articleEditor(page).locator('.search-current')).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(count).toHaveText(`1 of ${expected}`);

  await box.fill('no such words anywhere');
  await expect(count).toHaveText('No matches');
  await expect(marks).toHaveCount(0);
  await box.fill('tehran');
  await page.keyboard.press('Escape');
  await expect(box).toHaveValue('');
  await expect(marks).toHaveCount(0);
  // Letters typed in the box never tag text: the article's label keys are off there.
  await expect(annotationItems(page)).toHaveCount(0);
});

test('the panel filters by label for all, and by reviewer only for those who may see other reviewers', async ({ browser, baseURL, apiAs }) => {
  const editorApi = await apiAs('editor');
  const article = await createTroopsArticle(editorApi);
  const [api1, api2, api3] = await Promise.all([apiAs('reviewer1'), apiAs('reviewer2'), apiAs('reviewer3')]);
  await annotateViaApi(api1, article, HEADLINE, { label: 'unsupported' });
  await annotateViaApi(api1, article, CLAIM, { label: 'claim' });
  await annotateViaApi(api2, article, HEADLINE, { label: 'unsupported' });
  await annotateViaApi(api2, article, TIED, { label: 'opinion' });
  await submitReviewViaApi(api1, article.id);
  await submitReviewViaApi(api2, article.id);
  await annotateViaApi(api3, article, CLAIM, { label: 'claim' }); // reviewer3 has not submitted

  const asPerson = async (who: 'editor' | 'reviewer1' | 'reviewer3') => {
    const context = await browser.newContext({ baseURL });
    const page = await context.newPage();
    await signInAs(page, who);
    await openArticle(page, article.id);
    return { context, page, panel: page.getByRole('complementary', { name: 'Annotations', exact: true }) };
  };

  await test.step('the editor filters by label, by reviewer, and by both', async () => {
    const { context, page, panel } = await asPerson('editor');
    await expect(annotationItems(page)).toHaveCount(5);
    const filters = panel.getByRole('group', { name: 'Filter the annotations' });
    await filters.getByLabel('Label').selectOption({ label: 'Unsupported' });
    await expect(annotationItems(page)).toHaveCount(2);
    await expect(panel.getByRole('heading', { name: 'Annotations (2 of 5)' })).toBeVisible();
    const reviewer = filters.getByLabel('Reviewer');
    await expect(reviewer.getByRole('option')).toHaveText(['Everyone', ACCOUNTS.reviewer2.name, ACCOUNTS.reviewer1.name, ACCOUNTS.reviewer3.name]);
    await reviewer.selectOption({ label: ACCOUNTS.reviewer2.name });
    await expect(annotationItems(page)).toHaveCount(1);
    await expect(annotationItems(page).first()).toContainText(HEADLINE);
    await filters.getByLabel('Label').selectOption({ label: 'Claim' });
    await expect(annotationItems(page)).toHaveCount(0);
    await expect(panel).toContainText('No annotations match the filters.');
    await filters.getByLabel('Label').selectOption({ label: 'All labels' });
    await expect(annotationItems(page)).toHaveCount(2);
    await expect(panel.getByRole('heading', { name: 'Annotations (2 of 5)' })).toBeVisible();
    await reviewer.selectOption({ label: 'Everyone' });
    await expect(panel.getByRole('heading', { name: 'Annotations (5)' })).toBeVisible();
    await context.close();
  });

  await test.step('a reviewer who submitted may filter by reviewer, themselves first', async () => {
    const { context, panel } = await asPerson('reviewer1');
    const reviewer = panel.getByRole('group', { name: 'Filter the annotations' }).getByLabel('Reviewer');
    await expect(reviewer.getByRole('option').nth(1)).toHaveText('You');
    await expect(reviewer.getByRole('option')).toContainText([ACCOUNTS.reviewer2.name]);
    await context.close();
  });

  await test.step('a reviewer still reviewing blind gets the label filter only, naming nobody else', async () => {
    const { context, page, panel } = await asPerson('reviewer3');
    const filters = panel.getByRole('group', { name: 'Filter the annotations' });
    await expect(filters.getByLabel('Label')).toBeVisible();
    await expect(filters.getByLabel('Reviewer')).toHaveCount(0);
    await expect(page.getByRole('combobox', { name: 'Reviewer' })).toHaveCount(0);
    await expect(annotationItems(page)).toHaveCount(1);
    await expect(panel.getByRole('heading', { name: 'Annotations (1)' })).toBeVisible();
    const html = await page.content();
    expect(html).not.toContain(ACCOUNTS.reviewer1.name);
    expect(html).not.toContain(ACCOUNTS.reviewer2.name);
    await filters.getByLabel('Label').selectOption({ label: 'Opinion' });
    await expect(annotationItems(page)).toHaveCount(0);
    await expect(panel.getByRole('heading', { name: 'Annotations (0 of 1)' })).toBeVisible();
    await context.close();
  });
});

test('the consensus page searches the article text in its heat map', async ({ page, apiAs }) => {
  const article = await createTroopsArticle(await apiAs('editor'));
  const expected = article.text.match(/moscow/gi)!.length;
  await signInAs(page, 'editor');
  await page.goto(`/articles/${article.id}/consensus`);
  await page.getByRole('tab', { name: 'Figures and heat map' }).click();
  const search = page.getByRole('search', { name: 'Search in the article' });
  await page.keyboard.press('/');
  await expect(search.getByRole('searchbox')).toBeFocused();
  await page.keyboard.type('Moscow');
  await expect(search.getByRole('status')).toHaveText(`1 of ${expected}`);
  const text = page.getByRole('region', { name: "Article text with the reviewers' marks" });
  await expect(text.locator('mark.search-match')).toHaveCount(expected);
  await page.keyboard.press('Shift+Enter');
  await expect(search.getByRole('status')).toHaveText(`${expected} of ${expected}`);
  await expect(text.locator('mark.search-current')).toHaveText(/^moscow$/i);
  // On the Passages tab, "/" is not the (hidden) search's: focus stays on the tab.
  const passagesTab = page.getByRole('tab', { name: 'Passages' });
  await passagesTab.click();
  await expect(search).toBeHidden();
  await page.keyboard.press('/');
  await expect(passagesTab).toBeFocused();
});
