// A source's reliability profile: three articles from one outlet are reviewed by two reviewers
// and published; the editor opens /sources, sorts the table by clicking its headers, and opens
// the outlet's profile; every figure shown is the API's, formatted; a reviewer sees the same
// figures, without the desk's claims.
import type { APIRequestContext, Page } from '@playwright/test';
import { uniqueTag } from '../fixtures/accounts';
import { annotateViaApi, fetchArticle, submitReviewViaApi, troopsArticleText } from '../fixtures/annotations';
import { signInAs } from '../fixtures/auth';
import { expectNoSeriousViolations } from '../fixtures/axe';
import { expect, test } from '../fixtures/test';

type Reliability = { articlesReviewed: number; claimBearingArticles: number; claimBearingChars: number; unsupportedChars: number; unsupportedShare: number | null; interval: { low: number; high: number } | null; enoughData: boolean };
type Source = { id: string; name: string; claims: number; reliability: Reliability; profile: { perArticle: { articleId: string; title: string; unsupportedShare: number | null; claimBearingChars: number }[]; agreement: { articles: number } } };

const CLAIM = 'the deepening relationship between Russia and Iran';
const UNSUPPORTED = 'a bond forged through shared strategic interests';

/** "12.3%", as the pages write a share. */
const percent = (share: number) => `${(share * 100).toFixed(1)}%`;
/** A count as the English interface writes it ("1,234"). */
const count = (n: number) => n.toLocaleString('en');

async function publishedArticle(editor: APIRequestContext, reviewers: APIRequestContext[], outlet: string, withUnsupported: boolean): Promise<void> {
  const { text } = troopsArticleText();
  const created = await editor.post('/api/articles', { data: { text, publisher: outlet } });
  expect(created.status()).toBe(201);
  const article = await fetchArticle(editor, ((await created.json()) as { article: { id: string } }).article.id);
  for (const reviewer of reviewers) {
    await annotateViaApi(reviewer, article, CLAIM, { label: 'claim' });
    if (withUnsupported) await annotateViaApi(reviewer, article, UNSUPPORTED, { label: 'unsupported' });
    await submitReviewViaApi(reviewer, article.id);
  }
  const published = await editor.post(`/api/articles/${article.id}/publish`);
  expect(published.status(), await published.text()).toBe(200);
}

async function columnNumbers(page: Page, column: number): Promise<number[]> {
  const cells = await page.getByRole('table', { name: /Sources and their reliability figures/ }).locator(`tbody tr td:nth-child(${column})`).allInnerTexts();
  return cells.map((cell) => Number(cell.trim()));
}

test('the editor compares outlets, sorts the index and reads one outlet\'s profile, with the API\'s figures', async ({ page, apiAs, browser, baseURL }) => {
  test.setTimeout(120_000);
  const editor = await apiAs('editor');
  const reviewers = [await apiAs('reviewer1'), await apiAs('reviewer2')];
  const outlet = `Reliability Wire ${uniqueTag()}`;
  await publishedArticle(editor, reviewers, outlet, true);
  await publishedArticle(editor, reviewers, outlet, true);
  await publishedArticle(editor, reviewers, outlet, false);

  const { sources } = (await (await editor.get('/api/sources')).json()) as { sources: Source[] };
  const listed = sources.find((source) => source.name === outlet)!;
  expect(listed.reliability).toMatchObject({ articlesReviewed: 3, claimBearingArticles: 3, enoughData: true });
  const share = listed.reliability.unsupportedShare!;
  expect(share).toBeCloseTo(listed.reliability.unsupportedChars / listed.reliability.claimBearingChars, 12);
  expect(share).toBeCloseTo((2 * UNSUPPORTED.length) / (3 * CLAIM.length + 2 * UNSUPPORTED.length), 12);

  await signInAs(page, 'editor');
  await page.goto('/sources');
  const table = page.getByRole('table', { name: /Sources and their reliability figures/ });
  const row = table.getByRole('row').filter({ has: page.getByRole('link', { name: outlet, exact: true }) });
  await expect(row).toContainText(percent(share));
  await expect(row).toContainText(`${percent(listed.reliability.interval!.low)}–${percent(listed.reliability.interval!.high)}`);
  await expect(row.getByRole('cell').nth(2)).toHaveText('3');
  await expectNoSeriousViolations(page);

  // Sorting: a click sorts by that column (most first for numbers), a second click reverses it.
  const reviewedHeader = table.getByRole('columnheader', { name: /Articles reviewed/ });
  await expect(reviewedHeader).toHaveAttribute('aria-sort', 'none');
  await reviewedHeader.getByRole('button').click();
  await expect(reviewedHeader).toHaveAttribute('aria-sort', 'descending');
  const descending = await columnNumbers(page, 3);
  expect(descending).toEqual([...descending].sort((a, b) => b - a));
  await reviewedHeader.getByRole('button').click();
  await expect(reviewedHeader).toHaveAttribute('aria-sort', 'ascending');
  const ascending = await columnNumbers(page, 3);
  expect(ascending).toEqual([...ascending].sort((a, b) => a - b));
  await expect(table.getByRole('columnheader', { name: /^Source/ })).toHaveAttribute('aria-sort', 'none');

  // The chart names each point with its figure and interval.
  await expect(page.getByRole('img', { name: new RegExp(`^${outlet}: ${percent(share).replace('.', '\\.')}`) })).toBeAttached();

  await row.getByRole('link', { name: outlet, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: outlet })).toBeVisible();
  const { source } = (await (await editor.get(`/api/sources/${listed.id}`)).json()) as { source: Source };
  expect(source.reliability).toEqual(listed.reliability);
  await expect(page.locator('[data-figure="unsupported-share"]')).toHaveText(`${percent(share)} (95% CI ${percent(source.reliability.interval!.low)}–${percent(source.reliability.interval!.high)})`);
  await expect(page.locator('[data-figure="basis"]')).toContainText(`${count(source.reliability.unsupportedChars)} unsupported of ${count(source.reliability.claimBearingChars)} claim-bearing characters`);
  const perArticle = page.getByRole('table', { name: /Reliability figures of each published article/ });
  await expect(perArticle.getByRole('row')).toHaveCount(1 + 3);
  for (const article of source.profile.perArticle) {
    const articleRow = perArticle.getByRole('row').filter({ has: page.getByRole('link', { name: article.title }) });
    await expect(articleRow).toContainText(article.unsupportedShare === null ? 'no claim-bearing text' : percent(article.unsupportedShare));
    await expect(articleRow.getByRole('cell').nth(3)).toHaveText(count(article.claimBearingChars));
  }
  await expect(page.getByRole('link', { name: 'Download CSV (one row per article)' })).toHaveAttribute('href', `/api/sources/${listed.id}/export?format=csv`);
  await expect(page.getByRole('table', { name: 'Unsupported share by month' })).toBeVisible();
  await expectNoSeriousViolations(page);

  // A reviewer reads the same figures; the claims are the desk's.
  const context = await browser.newContext({ baseURL });
  const reviewerPage = await context.newPage();
  await signInAs(reviewerPage, 'reviewer3');
  await reviewerPage.goto(`/sources/${listed.id}`);
  await expect(reviewerPage.locator('[data-figure="unsupported-share"]')).toHaveText(`${percent(share)} (95% CI ${percent(source.reliability.interval!.low)}–${percent(source.reliability.interval!.high)})`);
  await expect(reviewerPage.getByText(/Claims are the desk.s/)).toBeVisible();
  await context.close();
});

test('an outlet with fewer than three reviewed articles says "not enough data"', async ({ page, apiAs }) => {
  const editor = await apiAs('editor');
  const reviewers = [await apiAs('reviewer1'), await apiAs('reviewer2')];
  const outlet = `Thin Wire ${uniqueTag()}`;
  await publishedArticle(editor, reviewers, outlet, true);
  const { sources } = (await (await editor.get('/api/sources')).json()) as { sources: Source[] };
  const listed = sources.find((source) => source.name === outlet)!;
  expect(listed.reliability).toMatchObject({ articlesReviewed: 1, unsupportedShare: null, interval: null, enoughData: false });

  await signInAs(page, 'editor');
  await page.goto('/sources');
  const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: outlet, exact: true }) });
  await expect(row).toContainText('Not enough data (1 of 3 articles)');
  await page.goto(`/sources/${listed.id}`);
  await expect(page.locator('[data-figure="unsupported-share"]')).toHaveText('Not enough data (1 of 3 articles)');
});
