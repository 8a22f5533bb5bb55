import { uniqueTag } from '../fixtures/accounts';
import type { Page } from '@playwright/test';
import { ARTICLE_PATH as ARTICLE_URL, articleBody, currentArticle, expectArticlePage } from '../fixtures/article-page';
import { pageAlert, signInAs } from '../fixtures/auth';
import { expect, test } from '../fixtures/test';

test.beforeEach(async ({ page }) => {
  await signInAs(page, 'editor');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Import', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Import an article', level: 1 })).toBeVisible();
});

async function submitImport(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Import article' }).click();
}

test('pasting plain text creates an article with the first line as headline', async ({ page }) => {
  const headline = `Harbour bridge reopens after repairs ${uniqueTag()}`;
  const paragraphs = [
    'The harbour bridge reopened to traffic on Tuesday after eight months of repairs, the city council said.',
    'Engineers replaced forty suspension cables and resurfaced the deck, according to the council.',
    'Cyclists will have a separate lane from next month.',
  ];
  await expect(page.getByRole('tab', { name: 'Paste' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('radio', { name: 'Plain text' })).toBeChecked();
  await page.getByLabel('Article content').fill([headline, ...paragraphs].join('\n'));
  await submitImport(page);

  await expect(page).toHaveURL(ARTICLE_URL);
  await expect(articleBody(page).locator('.ProseMirror')).toBeVisible();
  await expect(articleBody(page).getByRole('heading', { level: 1, name: headline })).toBeVisible();
  for (const paragraph of paragraphs) await expect(articleBody(page).getByText(paragraph, { exact: true })).toBeVisible();
  const article = await currentArticle(page);
  expect(article).toMatchObject({ title: headline, status: 'open', importedBy: 'Edda Editor', publisher: null, sourceUrl: null });
  await expectArticlePage(page, article);
  await expect(page.getByRole('main')).toContainText('by Edda Editor');

  // The new article is on the dashboard.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Articles', exact: true }).click();
  await expect(page.getByRole('link', { name: headline, exact: true })).toBeVisible();
});

test('pasted HTML is sanitised: no script runs and the text is kept', async ({ page }) => {
  const tag = uniqueTag();
  const headline = `Ferry timetable changes ${tag}`;
  await page.getByRole('radio', { name: 'HTML' }).check();
  await page.getByLabel('Article content').fill(
    [
      `<h1>${headline}</h1>`,
      '<p>Ferries will run every twenty minutes from Monday, the operator said.</p>',
      '<script>window.__xss=1</script>',
      '<p>The operator <img src=x onerror="window.__xss=2"> apologised for <em>recent delays</em>.</p>',
    ].join('\n'),
  );
  await submitImport(page);
  await expect(page).toHaveURL(ARTICLE_URL);

  const check = async () => {
    const body = articleBody(page);
    await expect(body.locator('.ProseMirror')).toBeVisible();
    await expect(body.getByRole('heading', { level: 1, name: headline })).toBeVisible();
    await expect(body).toContainText('Ferries will run every twenty minutes from Monday, the operator said.');
    await expect(body).toContainText('apologised for recent delays.');
    await expect(body.locator('em')).toHaveText('recent delays');
    await expect(body.locator('script, img, [onerror]')).toHaveCount(0);
    await expect(page.locator('[onerror]')).toHaveCount(0);
    expect(await page.evaluate(() => Array.from(document.scripts).some((script) => (script.textContent ?? '').includes('__xss')))).toBe(false);
    expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)).toBeUndefined();
  };
  await check();
  // Again from a fresh server render (the HTML shown before the editor mounts).
  await page.reload({ waitUntil: 'load' });
  await check();
});

test('importing by URL keeps the article and its metadata, not the page around it', async ({ page, servePages }) => {
  const tag = uniqueTag();
  const title = `Lighthouse keeper retires after forty years ${tag}`;
  const siteName = `The Daily Example ${tag}`;
  const navNoise = `Subscribe to our newsletter ${tag}`;
  const footerNoise = `Copyright notice and cookie settings ${tag}`;
  const paragraphs = [
    'For four decades, Margaret Holm climbed the one hundred and twelve steps of the Skerry lighthouse every evening to check the lamp, the lenses and the weather log, long after the light itself had been automated by the coastal authority.',
    'On Friday she handed the keys to the coastal authority in a short ceremony attended by about sixty residents of the island, several former colleagues and the mayor, who thanked her for what he called a lifetime of quiet service.',
    'Holm said she plans to stay on the island and to write a history of the lighthouse, drawing on the logbooks she has kept since 1985 and on the letters of the three keepers who served before her.',
  ];
  const site = await servePages({
    '/news/lighthouse.html': {
      body: `<!doctype html>
<html lang="en"><head>
<meta charset="utf-8">
<title>${title} | ${siteName}</title>
<meta property="og:title" content="${title}">
<meta property="og:site_name" content="${siteName}">
<meta name="author" content="Jane Harbour">
</head><body>
<nav class="site-nav"><a href="/">Home</a> <a href="/world">World</a> <a href="/subscribe">${navNoise}</a></nav>
<main><article>
<h1>${title}</h1>
${paragraphs.map((paragraph) => `<p>${paragraph}</p>`).join('\n')}
</article></main>
<footer class="site-footer"><p>${footerNoise}</p></footer>
</body></html>`,
    },
  });
  const url = `${site.origin}/news/lighthouse.html`;

  await page.getByRole('tab', { name: 'From a URL' }).click();
  await page.getByLabel('Article URL').fill(url);
  await submitImport(page);

  await expect(page).toHaveURL(ARTICLE_URL);
  const body = articleBody(page);
  await expect(body.getByRole('heading', { level: 1, name: title })).toBeVisible();
  for (const paragraph of paragraphs) await expect(body).toContainText(paragraph);
  await expect(body).not.toContainText(navNoise);
  await expect(body).not.toContainText(footerNoise);
  await expect(page.getByText(navNoise)).toHaveCount(0);
  const article = await currentArticle(page);
  expect(article).toMatchObject({ title, publisher: siteName, byline: 'Jane Harbour', sourceUrl: url });
  await expectArticlePage(page, article);
  expect(site.requests).toEqual([expect.objectContaining({ method: 'GET', path: '/news/lighthouse.html' })]);
});

test('importing from a private-network address is refused before connecting', async ({ page }) => {
  await page.getByRole('tab', { name: 'From a URL' }).click();
  await page.getByLabel('Article URL').fill('http://10.0.0.1/');
  await submitImport(page);

  await expect(pageAlert(page)).toContainText('That address cannot be imported: it must be a public http(s) web page.');
  await expect(page).toHaveURL((url) => url.pathname === '/articles/import');
});

test('uploading a .txt file creates an article', async ({ page }) => {
  const headline = `Library extends weekend opening hours ${uniqueTag()}`;
  const paragraph = 'The central library will open on Sundays from next month, the culture department announced.';
  await page.getByRole('tab', { name: 'Upload a file' }).click();
  await page.getByLabel(/^File\b/).setInputFiles({
    name: 'library-hours.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from(`${headline}\n${paragraph}\nVisitors can borrow up to twenty books at a time.\n`, 'utf8'),
  });
  await submitImport(page);

  await expect(page).toHaveURL(ARTICLE_URL);
  await expect(articleBody(page).getByRole('heading', { level: 1, name: headline })).toBeVisible();
  await expect(articleBody(page)).toContainText(paragraph);
  await expect(articleBody(page)).toContainText('Visitors can borrow up to twenty books at a time.');
});

test('an import without content explains what is missing', async ({ page }) => {
  await submitImport(page);
  await expect(pageAlert(page)).toContainText('Give exactly one of');
  await expect(page).toHaveURL((url) => url.pathname === '/articles/import');
});
