// The consensus page's figures tab has its own address (?view=figures) and is rendered on the
// server only there (components/consensus/consensus-tab.ts). Switching tabs is a navigation, so
// this holds the tabs' promise: a half-typed verdict survives a look at the figures, the address
// follows the tab without adding to the history, and the address opens the figures directly.
import { annotateViaApi, createTroopsArticle, submitReviewViaApi } from '../fixtures/annotations';
import { signInAs } from '../fixtures/auth';
import { expect, test } from '../fixtures/test';

const HEADLINE = 'Russian Troops In Iran';
const EXPLANATION = 'Half-typed: the body concedes no large-scale presence';

test('the figures tab has its own address; a half-typed verdict survives a look at the figures', async ({ page, apiAs }) => {
  const article = await createTroopsArticle(await apiAs('editor'));
  for (const [who, label] of [['reviewer1', 'unsupported'], ['reviewer2', 'claim']] as const) {
    const api = await apiAs(who);
    await annotateViaApi(api, article, HEADLINE, { label });
    await submitReviewViaApi(api, article.id);
  }
  await signInAs(page, 'editor');
  const consensusPath = `/articles/${article.id}/consensus`;
  await page.goto(consensusPath);
  const coefficients = page.getByRole('table', { name: /Agreement coefficients/ });
  const figuresTab = page.getByRole('tab', { name: 'Figures and heat map' });
  const passagesTab = page.getByRole('tab', { name: 'Passages' });

  await test.step('the passages tab comes first, with no figures in the page', async () => {
    await expect(passagesTab).toHaveAttribute('aria-selected', 'true');
    await expect(coefficients).toHaveCount(0);
  });

  const passage = page.getByRole('region', { name: 'Passages' }).getByRole('article', { name: new RegExp(`^Disputed: ${HEADLINE}`) });
  await test.step('the editor starts a verdict and leaves it half-typed', async () => {
    await passage.getByRole('button', { name: 'Adjudicate' }).click();
    await passage.getByLabel('Public explanation', { exact: true }).fill(EXPLANATION);
  });

  await test.step('the figures tab loads its figures and puts itself in the address, replacing it', async () => {
    const historyLength = await page.evaluate(() => history.length);
    await figuresTab.click();
    await expect(figuresTab).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByRole('heading', { name: 'Heat map of the article' })).toBeVisible();
    await expect(coefficients).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`${consensusPath}\\?view=figures$`));
    expect(await page.evaluate(() => history.length)).toBe(historyLength);
  });

  await test.step('back on the passages, the half-typed verdict is still there and the address is plain', async () => {
    await passagesTab.click();
    await expect(page).toHaveURL(new RegExp(`${consensusPath}$`));
    await expect(passage.getByLabel('Public explanation', { exact: true })).toHaveValue(EXPLANATION);
    await expect(coefficients).toBeHidden();
  });

  await test.step('the address opens the figures tab directly; an unknown view opens the passages', async () => {
    await page.goto(`${consensusPath}?view=figures`);
    await expect(figuresTab).toHaveAttribute('aria-selected', 'true');
    await expect(coefficients).toBeVisible();
    await page.goto(`${consensusPath}?view=everything`);
    await expect(passagesTab).toHaveAttribute('aria-selected', 'true');
    await expect(coefficients).toHaveCount(0);
  });
});
