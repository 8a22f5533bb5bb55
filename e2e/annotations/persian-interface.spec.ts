// Issue 17: the workspace in a right-to-left interface. With the interface in
// Persian, the page runs right to left (the side panel on the left of the
// text), while an English article keeps its own language and direction; a
// passage is tagged through the Persian toolbar and form, which stay inside
// the article box and the window, and the notice and panel speak Persian.
import { articleEditor, createTroopsArticle, selectPassage } from '../fixtures/annotations';
import { signInAs } from '../fixtures/auth';
import { expect, test } from '../fixtures/test';

const PASSAGE = 'Moscow and Tehran are increasingly presenting a united front';

test('a Persian interface around an English article: mirrored page, the article in its own direction, tagging in Persian', async ({ page, baseURL, apiAs }) => {
  const article = await createTroopsArticle(await apiAs('editor'));
  await signInAs(page, 'reviewer1');
  // The language a browser chose before signing in (the user has saved none).
  await page.context().addCookies([{ name: 'corroborate-locale', value: 'fa', url: baseURL! }]);
  await page.goto(`/articles/${article.id}`);
  await expect(articleEditor(page)).toBeVisible();

  await test.step('the page is Persian and right to left; the article stays English, left to right', async () => {
    await expect(page.locator('html')).toHaveAttribute('lang', 'fa');
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    const body = page.getByTestId('article-body').locator('xpath=..');
    await expect(body).toHaveAttribute('lang', 'en');
    await expect(body).toHaveAttribute('dir', 'ltr');
    await expect(page.getByRole('heading', { name: 'بازبینی شما', level: 2 })).toBeVisible();
    const panel = await page.getByRole('complementary', { name: 'حاشیه‌نویسی‌ها', exact: true }).boundingBox();
    const text = await page.getByTestId('article-body').boundingBox();
    // Wide enough for two columns: the panel sits at the start of the line, which is now the left.
    expect(panel!.x + panel!.width).toBeLessThanOrEqual(text!.x);
  });

  await test.step('tag a passage through the Persian toolbar and form', async () => {
    await selectPassage(page, PASSAGE, { expectToolbar: false });
    const toolbar = page.getByRole('toolbar', { name: 'برچسب زدن به قطعهٔ انتخاب‌شده' });
    await expect(toolbar).toBeVisible();
    const box = await page.getByTestId('article-body').locator('xpath=../..').boundingBox();
    const bar = await toolbar.boundingBox();
    expect(bar!.x).toBeGreaterThanOrEqual(box!.x - 1);
    expect(bar!.x + bar!.width).toBeLessThanOrEqual(box!.x + box!.width + 1);
    await toolbar.getByRole('button', { name: /^ادعا/ }).click();

    const form = page.getByRole('form', { name: 'حاشیه‌نویسی تازه' });
    await expect(form).toBeVisible();
    await expect(form.getByRole('radio', { name: 'ادعا', exact: true })).toBeChecked();
    await expect(form.getByLabel('استدلال')).toBeFocused();
    const placed = await form.boundingBox();
    expect(placed!.x).toBeGreaterThanOrEqual(0);
    expect(placed!.x + placed!.width).toBeLessThanOrEqual(page.viewportSize()!.width);
    await form.getByLabel('استدلال').fill('گزاره‌ای قابل بررسی دربارهٔ روابط دو کشور.');
    await form.getByRole('button', { name: 'ذخیرهٔ حاشیه‌نویسی' }).click();
    await expect(form).toBeHidden();
  });

  await test.step('the notice and the panel speak Persian; the quote keeps its own direction', async () => {
    await expect(page.getByRole('complementary', { name: 'حاشیه‌نویسی‌ها', exact: true }).getByRole('status')).toHaveText('با برچسب «ادعا» ذخیره شد.');
    await expect(page.getByRole('heading', { name: 'حاشیه‌نویسی‌ها (۱)' })).toBeVisible();
    const list = page.getByRole('list', { name: 'حاشیه‌نویسی‌ها به ترتیب متن' });
    await expect(list.locator(':scope > li')).toHaveCount(1);
    await expect(list.locator('q')).toHaveText(PASSAGE);
    await expect(list.locator('q')).toHaveAttribute('dir', 'auto');
  });
});
