// Articles in any script: a Persian article is detected as Persian on import and
// rendered right to left; selections snap to its words (and to whole emoji), the
// highlight and its badge sit on the selected word, and the side panel's quote
// reads right to left (the browser itself keeps an emoji and its skin tone
// together, so half an emoji is left to the unit tests). A Japanese article
// snaps to its segmenter's words. An
// editor corrects the language in the metadata dialog.
import type { Page } from '@playwright/test';
import { annotationForm, annotationList, articleEditor, fetchAnnotations, fetchArticle, highlightTexts, openArticle, selectPassage, workspaceNotice } from '../fixtures/annotations';
import { uniqueTag } from '../fixtures/accounts';
import { signInAs } from '../fixtures/auth';
import { expect, test } from '../fixtures/test';

const PERSIAN = (tag: string) => [
  `دیدار وزیر خارجه ایران با Sergei Lavrov (${tag})`,
  'وزیر خارجه ایران در سال 2024 با Sergei Lavrov در مسکو دیدار کرد و گفت که همکاری دو کشور ادامه پیدا می‌کند.',
  'به گفته‌ی او، ۱۲ توافق‌نامه‌ی تازه امضا شد 👍🏽 و گروهی از بازرگانان هم حضور داشتند.',
].join('\n');
const JAPANESE = (tag: string) => [`東京都の新計画 (${tag})`, '東京都は新しい計画を発表した。ロシアのラブロフ外相が来日した。'].join('\n');

async function tagAndSave(page: Page, expectedQuote: string): Promise<void> {
  await page.keyboard.press('1');
  const form = annotationForm(page, 'New annotation');
  await expect(form.locator('blockquote')).toHaveText(expectedQuote);
  await expect(form.locator('blockquote')).toHaveAttribute('dir', 'auto');
  await form.getByRole('button', { name: 'Save annotation' }).click();
  await expect(form).toBeHidden();
  await expect(workspaceNotice(page)).toHaveText(/^Saved as /);
}

test('a Persian article reads right to left, and selections snap to its words and whole emoji', async ({ page, apiAs }) => {
  test.setTimeout(120_000);
  const editorApi = await apiAs('editor');
  const created = await editorApi.post('/api/articles', { data: { text: PERSIAN(uniqueTag()) } });
  expect(created.status()).toBe(201);
  const article = await fetchArticle(editorApi, ((await created.json()) as { article: { id: string } }).article.id);
  expect(article).toMatchObject({ language: 'fa', direction: 'rtl' });
  const reviewerApi = await apiAs('reviewer1');

  await signInAs(page, 'reviewer1');
  await openArticle(page, article.id);
  await expect(page.locator('div[lang="fa"][dir="rtl"]').getByTestId('article-body')).toBeVisible();
  expect(await articleEditor(page).evaluate((root) => getComputedStyle(root).direction)).toBe('rtl');
  await expect(page.getByText('In Persian, right to left')).toBeVisible();

  await test.step('half a Persian word snaps to the word, and its highlight and badge sit on it', async () => {
    await selectPassage(page, 'ارج');
    await tagAndSave(page, 'خارجه');
    const saved = (await fetchAnnotations(reviewerApi, article.id)).find((annotation) => annotation.exact === 'خارجه')!;
    expect(article.text.slice(saved.start, saved.end)).toBe('خارجه');
    expect(Object.values(await highlightTexts(page))).toContain('خارجه');
    // Right to left, a highlight starts on its right: the badge is drawn there, beside the word.
    const boxes = await articleEditor(page).evaluate((root, id) => {
      const badge = root.querySelector(`.hl-badge[data-annotation-id="${id}"]`)!.getBoundingClientRect();
      const word = root.querySelector(`.hl[data-annotation-ids~="${id}"]`)!.getBoundingClientRect();
      return { badgeLeft: badge.left, wordRight: word.right, top: Math.abs(badge.top - word.top) };
    }, saved.id);
    expect(boxes.badgeLeft).toBeGreaterThanOrEqual(boxes.wordRight - 1);
    const quote = annotationList(page).locator('q').first();
    await expect(quote).toHaveText('خارجه');
    expect(await quote.evaluate((element) => getComputedStyle(element).direction)).toBe('rtl');
  });

  await test.step('a Latin name inside the Persian text snaps to its own words', async () => {
    await selectPassage(page, 'ergei Lav', { occurrence: 1 });
    await tagAndSave(page, 'Sergei Lavrov');
  });

  await test.step('a selection ending on an emoji with a skin tone snaps its Persian words and keeps the emoji whole', async () => {
    await selectPassage(page, 'ضا شد 👍🏽');
    await tagAndSave(page, 'امضا شد 👍🏽');
    const exacts = (await fetchAnnotations(reviewerApi, article.id)).map((annotation) => annotation.exact);
    expect(exacts).toEqual(expect.arrayContaining(['خارجه', 'Sergei Lavrov', 'امضا شد 👍🏽']));
  });
});

test('a Japanese article snaps to its words though it has no spaces', async ({ page, apiAs }) => {
  const editorApi = await apiAs('editor');
  const created = await editorApi.post('/api/articles', { data: { text: JAPANESE(uniqueTag()) } });
  expect(created.status()).toBe(201);
  const article = await fetchArticle(editorApi, ((await created.json()) as { article: { id: string } }).article.id);
  expect(article).toMatchObject({ language: 'ja', direction: 'ltr' });
  await signInAs(page, 'reviewer1');
  await openArticle(page, article.id);
  await expect(page.locator('div[lang="ja"][dir="ltr"]').getByTestId('article-body')).toBeVisible();
  await selectPassage(page, 'しい計');
  await tagAndSave(page, '新しい計画');
  await selectPassage(page, 'ブロ');
  await tagAndSave(page, 'ラブロフ');
});

test('an editor corrects an article’s language, and its direction follows', async ({ page, apiAs }) => {
  const editorApi = await apiAs('editor');
  const created = await editorApi.post('/api/articles', { data: { text: `Talks continue (${uniqueTag()})\nThe minister said talks would continue on Monday.` } });
  const id = ((await created.json()) as { article: { id: string } }).article.id;
  await signInAs(page, 'editor');
  await page.goto(`/articles/${id}`);
  await page.getByRole('button', { name: 'Edit source and byline…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Source and byline' });
  await expect(dialog.getByLabel('Language')).toHaveValue('en');
  await dialog.getByLabel('Language').fill('ar');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.locator('div[lang="ar"][dir="rtl"]').getByTestId('article-body')).toBeVisible();
  expect(await fetchArticle(editorApi, id)).toMatchObject({ language: 'ar', direction: 'rtl' });

  await page.getByRole('button', { name: 'Edit source and byline…' }).click();
  await dialog.getByLabel('Language').fill('not a language!');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByRole('alert')).toContainText('BCP 47');
  expect(await fetchArticle(editorApi, id)).toMatchObject({ language: 'ar', direction: 'rtl' });
});
