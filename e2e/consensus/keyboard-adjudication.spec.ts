// The editor adjudicates by keyboard alone and publishes. Three reviewers'
// submissions are arranged through the API: one passage disputed with no
// majority (1–1–1), one marked by a single reviewer, one agreed. The editor
// never touches the mouse: J/K move through the worklist (disputed first,
// then single, then agreed), A on the tie is refused with a reason, V opens the
// verdict form with focus in it (and letters typed there stay text), A accepts
// the majority label of the other two with a rating chosen by arrow keys, P
// goes to Publish, and Enter/Tab confirm. The figures moved to their own tab
// and are still all there.
import { annotateViaApi, createTroopsArticle, submitReviewViaApi } from '../fixtures/annotations';
import { signInAs } from '../fixtures/auth';
import { expectNoSeriousViolations } from '../fixtures/axe';
import { expect, test } from '../fixtures/test';

const HEADLINE = 'Russian Troops In Iran';
const TIED = 'The geopolitical landscape of the Middle East is a complex tapestry';
const SINGLE = 'Understanding the intricacies of the Russia-Iran relationship requires a look beyond immediate headlines';
const EXPLANATION = 'A vivid framing: just a metaphor, kept as asserted without any source.';

type ConsensusJson = {
  article: { status: string };
  passages: { exact: string; state: string; finalLabel: string | null; verdict: { label: string; rating: string; acceptedConsensus: boolean; explanation: string; claimant: string | null } | null }[];
};

test('the editor adjudicates every passage with J, K, A and V and publishes, keyboard only', async ({ page, apiAs }) => {
  test.setTimeout(180_000);
  const editorApi = await apiAs('editor');
  const article = await createTroopsArticle(editorApi);
  const [api1, api2, api3] = await Promise.all([apiAs('reviewer1'), apiAs('reviewer2'), apiAs('reviewer3')]);
  await annotateViaApi(api1, article, HEADLINE, { label: 'unsupported' });
  await annotateViaApi(api2, article, HEADLINE, { label: 'unsupported' });
  await annotateViaApi(api3, article, HEADLINE, { label: 'unsupported' });
  await annotateViaApi(api1, article, TIED, { label: 'opinion', rationale: 'A metaphor.' });
  await annotateViaApi(api2, article, TIED, { label: 'claim', rationale: 'The region is changing: checkable.' });
  await annotateViaApi(api3, article, TIED, { label: 'unsupported', rationale: 'Framing without support.' });
  await annotateViaApi(api1, article, SINGLE, { label: 'claim' });
  for (const api of [api1, api2, api3]) await submitReviewViaApi(api, article.id);

  await signInAs(page, 'editor');
  await page.goto(`/articles/${article.id}/consensus`);
  const worklist = page.getByRole('region', { name: 'Passages' });
  const rows = worklist.getByRole('article');
  const status = worklist.getByRole('status').first();

  await test.step('the worklist comes first: disputed, then single, then agreed', async () => {
    await expect(page.getByRole('tab', { name: 'Passages' })).toHaveAttribute('aria-selected', 'true');
    await expect(rows).toHaveCount(3);
    await expect(rows.nth(0)).toHaveAccessibleName(new RegExp(`^Disputed: ${TIED}.* — no verdict yet$`));
    await expect(rows.nth(1)).toHaveAccessibleName(new RegExp(`^Single: ${SINGLE.slice(0, 60)}`));
    await expect(rows.nth(2)).toHaveAccessibleName(new RegExp(`^Agreed: ${HEADLINE}`));
    await expect(rows.nth(0)).toContainText('no majority: Claim, Opinion, Unsupported have 1 vote each');
    await expect(rows.nth(0)).toContainText('Votes');
    await expect(rows.nth(2)).toContainText('Unsupported 3');
    await expect(page.getByRole('button', { name: 'Publish' })).toBeDisabled();
  });

  await test.step('J and K move the selection, with focus, stopping at either end', async () => {
    await page.keyboard.press('j');
    await expect(rows.nth(0)).toBeFocused();
    await expect(rows.nth(0)).toHaveAttribute('aria-current', 'true');
    await expect(rows.nth(0)).toHaveAttribute('tabindex', '0');
    await expect(rows.nth(1)).toHaveAttribute('tabindex', '-1');
    await page.keyboard.press('j');
    await page.keyboard.press('j');
    await expect(rows.nth(2)).toBeFocused();
    await page.keyboard.press('j');
    await expect(rows.nth(2)).toBeFocused();
    await page.keyboard.press('k');
    await page.keyboard.press('k');
    await page.keyboard.press('k');
    await expect(rows.nth(0)).toBeFocused();
    await expect(rows.nth(2)).not.toHaveAttribute('aria-current', 'true');
  });

  await test.step('A on the tie is refused with the reason; V opens the verdict form with focus in it', async () => {
    await page.keyboard.press('a');
    await expect(status).toHaveText('No majority on this passage: there is no consensus label to accept. Press V to set the verdict yourself.');
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await page.keyboard.press('v');
    const first = rows.nth(0);
    const labels = first.getByRole('radiogroup', { name: 'Final label' });
    await expect(labels.getByRole('radio', { name: 'Claim', exact: true })).toBeFocused();
    // Arrow keys choose the label: Claim → Opinion → Unsupported.
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect(labels.getByRole('radio', { name: 'Unsupported', exact: true })).toBeChecked();
    await page.keyboard.press('Tab');
    await expect(first.getByLabel('Rating', { exact: true })).toBeFocused();
    await page.keyboard.press('u'); // the select's type-ahead: "Unsupported"
    await expect(first.getByLabel('Rating', { exact: true })).toHaveValue('unsupported');
    await page.keyboard.press('Tab');
    // Typed text full of j, k, a and v stays text: the worklist's keys are off in fields.
    await page.keyboard.type(EXPLANATION);
    await expect(first.getByLabel('Public explanation', { exact: true })).toHaveValue(EXPLANATION);
    await page.keyboard.press('Tab');
    await page.keyboard.type('The article, via a quick view');
    await page.keyboard.press('Enter');
    await expect(first.getByRole('status')).toHaveText('Verdict saved.');
    await expect(first).toHaveAccessibleName(/— verdict Unsupported, rated Unsupported$/);
    await expect(rows).toHaveCount(3);
    await page.keyboard.press('Escape');
    await expect(first.getByRole('radiogroup', { name: 'Final label' })).toHaveCount(0);
    await expect(first).toBeFocused();
  });

  await test.step('J, then A accepts the single reviewer’s label with a rating chosen by keys', async () => {
    await page.keyboard.press('j');
    await expect(rows.nth(1)).toBeFocused();
    await page.keyboard.press('a');
    const dialog = page.getByRole('dialog', { name: 'Accept the consensus: Claim?' });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('radio', { name: 'True', exact: true })).toBeFocused();
    await expect(dialog.getByRole('radio', { name: 'True', exact: true })).not.toBeChecked();
    await page.keyboard.press('Enter'); // no rating yet: refused, nothing saved
    await expect(dialog.getByRole('alert')).toHaveText('Choose a rating.');
    await page.keyboard.press('ArrowDown');
    await expect(dialog.getByRole('radio', { name: 'Mostly true', exact: true })).toBeChecked();
    await page.keyboard.press('Enter');
    await expect(dialog).toBeHidden();
    await expect(status).toHaveText('Consensus accepted: Claim, rated Mostly true.');
    await expect(rows.nth(1)).toHaveAccessibleName(/— verdict Claim, rated Mostly true$/);
    await expect(rows.nth(1)).toBeFocused();
  });

  await test.step('Escape cancels an acceptance; A then Enter accepts the agreed label at its preset rating', async () => {
    await page.keyboard.press('j');
    await expect(rows.nth(2)).toBeFocused();
    await page.keyboard.press('a');
    const dialog = page.getByRole('dialog', { name: 'Accept the consensus: Unsupported?' });
    await expect(dialog.getByRole('radio', { name: 'Unsupported', exact: true })).toBeChecked();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(rows.nth(2)).toHaveAccessibleName(/— no verdict yet$/);
    await expect(rows.nth(2)).toBeFocused();
    await page.keyboard.press('a');
    await expect(dialog.getByRole('radio', { name: 'Unsupported', exact: true })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(dialog).toBeHidden();
    await expect(status).toHaveText('Consensus accepted: Unsupported, rated Unsupported.');
    await expect(rows.nth(2)).toHaveAccessibleName(/— verdict Unsupported, rated Unsupported$/);
  });

  await test.step('the figures, uncertainty and heat map are all in their own tab', async () => {
    await expect(page.getByRole('table', { name: /Agreement coefficients/ })).toBeHidden();
    // Shift+Tab back up the page to the tab list, as a keyboard user would.
    const passagesTab = page.getByRole('tab', { name: 'Passages' });
    for (let presses = 0; presses < 40 && !(await passagesTab.evaluate((tab) => tab === document.activeElement)); presses += 1) await page.keyboard.press('Shift+Tab');
    await expect(passagesTab).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('tab', { name: 'Figures and heat map' })).toHaveAttribute('aria-selected', 'true');
    const alphaRow = page.getByRole('table', { name: /Agreement coefficients/ }).getByRole('row').filter({ has: page.getByRole('rowheader', { name: /Krippendorff's alpha \(nominal\)/ }) });
    await expect(alphaRow.getByRole('cell').nth(1)).toContainText('95% CI');
    await expect(page.getByRole('table', { name: /Reliability summary/ })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Heat map of the article' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Passages' })).toBeHidden();
    await expectNoSeriousViolations(page);
    await page.keyboard.press('j'); // the worklist's keys sleep while its tab is hidden
    await expect(page.getByRole('tab', { name: 'Figures and heat map' })).toBeFocused();
    await page.keyboard.press('ArrowLeft');
    await expect(worklist).toBeVisible();
    await expectNoSeriousViolations(page);
  });

  await test.step('P goes to Publish; Enter, Tab, Enter publishes', async () => {
    const publish = page.getByRole('button', { name: 'Publish' });
    await expect(publish).toBeEnabled();
    await page.keyboard.press('p');
    await expect(publish).toBeFocused();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Publish the verdicts?' });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(dialog.getByRole('button', { name: 'Publish' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('button', { name: 'Reopen', exact: true })).toBeVisible();
  });

  const view = (await (await editorApi.get(`/api/articles/${article.id}/consensus`)).json()) as ConsensusJson;
  expect(view.article.status).toBe('published');
  const byQuote = (quote: string) => view.passages.find((passage) => passage.exact.startsWith(quote));
  expect(byQuote(TIED)).toMatchObject({ state: 'disputed', finalLabel: 'unsupported', verdict: { label: 'unsupported', rating: 'unsupported', acceptedConsensus: false, explanation: EXPLANATION, claimant: 'The article, via a quick view' } });
  expect(byQuote(SINGLE)).toMatchObject({ state: 'single', finalLabel: 'claim', verdict: { label: 'claim', rating: 'mostly_true', acceptedConsensus: true } });
  expect(byQuote(HEADLINE)).toMatchObject({ state: 'agreed', finalLabel: 'unsupported', verdict: { label: 'unsupported', rating: 'unsupported', acceptedConsensus: true } });
});
