// Claims end to end, as the desk works them: on an article's consensus page the editor makes a
// claim from a passage ("Link to claim"), links a passage of another article through the
// suggestion offered there, finds the claim under Claims with each appearance's outlet and date,
// rules on it, sees the verdict carried to the passage it came from, and downloads its
// ClaimReview listing both appearances. A reviewer gets no claims page and no claim link.
// The two articles are this test's own copies of the sample articles, imported through the API.
import { readFileSync } from 'node:fs';
import type { APIRequestContext, Page } from '@playwright/test';
import { uniqueTag } from '../fixtures/accounts';
import { annotateViaApi, fetchArticle, submitReviewViaApi } from '../fixtures/annotations';
import { type ArticleRecord, articleBody } from '../fixtures/article-page';
import { signInAs } from '../fixtures/auth';
import { expectNoSeriousViolations } from '../fixtures/axe';
import { expect, test } from '../fixtures/test';

const SAMPLES = new URL('../../prisma/seed-data/articles/', import.meta.url);
const TROOPS_PASSAGE = "While today's discussions might center on the potential for Russian troops in Iran";
const ALLIANCE_PASSAGE = 'The enduring alliance between Russia and Iran';

/** A copy of a sample article under a unique headline, with an outlet and a publication date. */
async function importCopy(api: APIRequestContext, file: string, tag: string, metadata: { publisher: string; publishedAt: string }): Promise<ArticleRecord> {
  const [headline, ...rest] = readFileSync(new URL(file, SAMPLES), 'utf8').split('\n');
  const response = await api.post('/api/articles', { data: { text: [`${headline} (e2e ${tag})`, ...rest].join('\n'), ...metadata } });
  expect(response.status(), await response.text()).toBe(201);
  return fetchArticle(api, ((await response.json()) as { article: { id: string } }).article.id);
}

/** Two reviewers mark the passage and submit, so it is a passage on the consensus page. */
async function reviewPassage(reviewers: APIRequestContext[], article: ArticleRecord, exact: string): Promise<void> {
  for (const api of reviewers) {
    await annotateViaApi(api, article, exact, { label: 'claim' });
    await submitReviewViaApi(api, article.id);
  }
}

/** The passage's card on the consensus page, opened (Adjudicate). */
async function openPassage(page: Page, article: ArticleRecord, exact: string) {
  await page.goto(`/articles/${article.id}/consensus`);
  const card = page.getByRole('region', { name: 'Passages' }).getByRole('article').filter({ hasText: exact });
  await card.getByRole('button', { name: 'Adjudicate' }).click();
  return card;
}

test('the editor makes a claim from a passage, links another article to it, rules on it and sees the verdict carried', async ({ page, apiAs, browser, baseURL }) => {
  // Four reviews, two consensus pages, the claim pages and a second browser: longer than the default minute.
  test.setTimeout(180_000);
  const tag = uniqueTag();
  const editorApi = await apiAs('editor');
  const troops = await importCopy(editorApi, 'russian-troops-in-iran.txt', tag, { publisher: `Example Daily ${tag}`, publishedAt: '2024-10-14' });
  const alliance = await importCopy(editorApi, 'complexities-in-the-russia-iran-alliance.txt', tag, { publisher: 'The Associated Press', publishedAt: '2024-10-12' });
  const reviewers = [await apiAs('reviewer1'), await apiAs('reviewer2')];
  await reviewPassage(reviewers, troops, TROOPS_PASSAGE);
  await reviewPassage(reviewers, alliance, ALLIANCE_PASSAGE);
  const claimText = `Russian troops are in Iran: Russia and Iran have formed a military alliance (${tag})`;
  let claimUrl = '';

  await signInAs(page, 'editor');

  await test.step('"Link to claim" makes a claim from a passage', async () => {
    const card = await openPassage(page, troops, TROOPS_PASSAGE);
    await card.getByRole('button', { name: 'Link to claim' }).click();
    const field = card.getByLabel('New claim from this passage');
    await expect(field).toHaveValue(TROOPS_PASSAGE);
    await field.fill(claimText);
    await card.getByRole('button', { name: 'Create claim and link' }).click();
    const linked = card.getByRole('status').filter({ hasText: 'Linked to the claim' });
    await expect(linked).toBeVisible();
    claimUrl = (await linked.getByRole('link', { name: claimText }).getAttribute('href'))!;
    expect(claimUrl).toMatch(/^\/claims\/[0-9a-f-]{36}$/);
    // The passage now names its claim (no verdict yet), and so does the article's list of claims.
    await expect(card).toContainText('Appearance of a claim');
    await expect(card).toContainText('no claim verdict yet');
    await expect(page.getByRole('region', { name: 'Claims in this article' }).getByRole('link', { name: claimText })).toHaveAttribute('href', claimUrl);
  });

  await test.step('a passage of the other article is linked through the suggestion offered', async () => {
    const card = await openPassage(page, alliance, ALLIANCE_PASSAGE);
    await card.getByRole('button', { name: 'Link to claim' }).click();
    await card.getByRole('button', { name: `Link to the claim: ${claimText}` }).click();
    await expect(card.getByRole('status').filter({ hasText: 'Linked to the claim' })).toBeVisible();
  });

  await test.step('Claims lists it; the claim page lists both appearances with outlet and date', async () => {
    await page.goto('/claims');
    const row = page.getByRole('row').filter({ hasText: claimText });
    await expect(row.getByRole('cell').nth(1)).toHaveText('2');
    await expect(row.getByRole('cell').nth(2)).toHaveText('None yet');
    await row.getByRole('link', { name: claimText }).click();
    await expect(page).toHaveURL((url) => url.pathname === claimUrl);
    await expect(page.getByRole('heading', { name: claimText, level: 1 })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Appearances (2)' })).toBeVisible();
    const troopsRow = page.getByRole('row').filter({ hasText: troops.title });
    await expect(troopsRow.getByRole('cell').nth(1)).toHaveText(`Example Daily ${tag}`);
    await expect(troopsRow.getByRole('cell').nth(2)).toHaveText('Oct 14, 2024');
    const allianceRow = page.getByRole('row').filter({ hasText: alliance.title });
    await expect(allianceRow.getByRole('cell').nth(1)).toHaveText('The Associated Press');
    await expect(allianceRow.getByRole('cell').nth(2)).toHaveText('Oct 12, 2024');
  });

  await test.step('the editor rules on the claim; every appearance shows it', async () => {
    await page.getByLabel('Rating').selectOption({ label: 'Unsupported' });
    await page.getByLabel('Explanation (public)').fill('Neither article documents Russian troops in Iran.');
    await page.getByRole('button', { name: 'Save the verdict' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Verdict saved' })).toBeVisible();
    await expect(page.getByText('Verdict: Unsupported — Neither article documents Russian troops in Iran.')).toBeVisible();
    await expect(page.getByRole('row').filter({ hasText: troops.title }).getByRole('cell').nth(4)).toHaveText('Unsupported');
  });

  await test.step("the verdict is carried to the passage on the article's consensus page", async () => {
    await page.goto(`/articles/${troops.id}/consensus`);
    const card = page.getByRole('region', { name: 'Passages' }).getByRole('article').filter({ hasText: TROOPS_PASSAGE });
    const claims = card.getByRole('group', { name: 'Claims in this passage' });
    await expect(claims).toContainText('claim verdict: Unsupported');
    await expect(claims).toContainText('Neither article documents Russian troops in Iran.');
    await expect(claims.getByRole('link', { name: claimText })).toHaveAttribute('href', claimUrl);
    await expectNoSeriousViolations(page);
  });

  await test.step("the claim's ClaimReview lists both appearances, the earlier published first", async () => {
    await page.goto(claimUrl);
    const href = await page.getByRole('link', { name: 'ClaimReview' }).getAttribute('href');
    const response = await page.request.get(href!);
    expect(response.status()).toBe(200);
    const review = (await response.json()) as { claimReviewed: string; reviewRating: { alternateName: string }; itemReviewed: { appearance: { headline: string; publisher?: { name: string } }[]; firstAppearance: { headline: string } } };
    expect(review.claimReviewed).toBe(claimText);
    expect(review.reviewRating.alternateName).toBe('Unsupported');
    expect(review.itemReviewed.appearance.map((work) => work.headline).sort()).toEqual([alliance.title, troops.title].sort());
    expect(review.itemReviewed.appearance.find((work) => work.headline === alliance.title)?.publisher?.name).toBe('The Associated Press');
    expect(review.itemReviewed.firstAppearance.headline).toBe(alliance.title);
  });

  await test.step('a reviewer gets no claims page and sees no claim link', async () => {
    const context = await browser.newContext({ baseURL, locale: 'en-GB', timezoneId: 'UTC' });
    const reviewer = await context.newPage();
    await signInAs(reviewer, 'reviewer1');
    await expect(reviewer.getByRole('link', { name: 'Claims', exact: true })).toHaveCount(0);
    for (const path of ['/claims', claimUrl, `/articles/${troops.id}/consensus`]) {
      const answer = await reviewer.goto(path);
      expect(answer?.status(), path).toBe(403);
      await expect(reviewer.getByText(claimText)).toHaveCount(0);
    }
    // Their own article page (they have submitted): no link to a claim, no claim text.
    await reviewer.goto(`/articles/${troops.id}`);
    await expect(articleBody(reviewer).getByRole('heading', { level: 1, name: troops.title })).toBeVisible();
    await expect(reviewer.locator('a[href^="/claims"]')).toHaveCount(0);
    await expect(reviewer.getByText(claimText)).toHaveCount(0);
    await context.close();
  });
});
