// The desk's flow in the browser: three reviewers annotate a sample article
// (one in the browser, two through the API) with some agreement and one
// dispute; the editor finds it in the review queue, reads the agreement
// figures (equal to an independent computation), sees the disputed passage
// first, rules it "Unsupported" with an explanation and publishes. Reviewers
// are kept out of all of it.
import type { Page } from '@playwright/test';
import { type AnnotationView, annotateViaApi, annotationForm, createTroopsArticle, fetchAnnotations, openArticle, selectPassage, selectionToolbar, submitReviewViaApi, workspaceNotice } from '../fixtures/annotations';
import { signInAs } from '../fixtures/auth';
import { expectNoSeriousViolations } from '../fixtures/axe';
import { expect, test } from '../fixtures/test';

const HEADLINE = 'Russian Troops In Iran';
const CLAIM = 'Moscow and Tehran are increasingly presenting a united front';
const DISPUTED = 'The geopolitical landscape of the Middle East is a complex tapestry';

/** Krippendorff's alpha (nominal) straight from its definition, over passages keyed by quote; unmarked = missing. */
function alphaByDefinition(annotations: AnnotationView[]): number {
  const units = new Map<string, string[]>();
  for (const annotation of annotations) units.set(annotation.exact, [...(units.get(annotation.exact) ?? []), annotation.label]);
  let observed = 0;
  let pairable = 0;
  const totals = new Map<string, number>();
  for (const values of [...units.values()].filter((unit) => unit.length > 1)) {
    pairable += values.length;
    for (const value of values) totals.set(value, (totals.get(value) ?? 0) + 1);
    for (const a of values.keys()) for (const b of values.keys()) if (a !== b && values[a] !== values[b]) observed += 1 / (values.length - 1);
  }
  let expected = 0;
  for (const [a, na] of totals) for (const [b, nb] of totals) if (a !== b) expected += na * nb;
  return 1 - ((pairable - 1) * observed) / expected;
}

async function tagInBrowser(page: Page, passage: string, label: 'Unsupported' | 'Claim' | 'Opinion', rationale: string): Promise<void> {
  await selectPassage(page, passage);
  await selectionToolbar(page).getByRole('button', { name: new RegExp(`^${label}\\b`) }).click();
  const form = annotationForm(page, 'New annotation');
  await form.getByLabel('Rationale').fill(rationale);
  await form.getByRole('button', { name: 'Save annotation' }).click();
  await expect(form).toBeHidden();
  await expect(workspaceNotice(page)).toHaveText(`Saved as ${label.toLowerCase()}.`);
}

test('three reviewers disagree on one passage; the editor adjudicates it as Unsupported and publishes', async ({ browser, baseURL, apiAs }) => {
  test.setTimeout(180_000);
  const editorApi = await apiAs('editor');
  const article = await createTroopsArticle(editorApi);
  const [api1, api2, api3] = await Promise.all([apiAs('reviewer1'), apiAs('reviewer2'), apiAs('reviewer3')]);

  await test.step('reviewer1 tags the headline and the dispute in the browser', async () => {
    const context = await browser.newContext({ baseURL });
    const page = await context.newPage();
    await signInAs(page, 'reviewer1');
    await openArticle(page, article.id);
    await tagInBrowser(page, HEADLINE, 'Unsupported', 'The body documents no deployment.');
    await tagInBrowser(page, DISPUTED, 'Opinion', 'A metaphor, not a checkable statement.');
    await page.goto(`/articles/${article.id}/consensus`);
    await expect(page.getByRole('heading', { name: 'Not allowed' })).toBeVisible();
    await context.close();
  });

  await test.step('reviewers 2 and 3 annotate through the API; all three submit', async () => {
    await annotateViaApi(api1, article, CLAIM, { label: 'claim', rationale: 'Checkable: joint statements exist.' });
    await annotateViaApi(api2, article, HEADLINE, { label: 'unsupported', rationale: 'No source for troops.' });
    await annotateViaApi(api2, article, CLAIM, { label: 'claim' });
    await annotateViaApi(api2, article, DISPUTED, { label: 'claim', rationale: 'Says the region is changing: checkable.' });
    await annotateViaApi(api3, article, HEADLINE, { label: 'unsupported', evidence: [{ url: 'https://example.org/ministry', title: 'Ministry statement' }] });
    await annotateViaApi(api3, article, CLAIM, { label: 'opinion' });
    await annotateViaApi(api3, article, DISPUTED, { label: 'unsupported', rationale: 'Framing without support.' });
    for (const api of [api1, api2, api3]) await submitReviewViaApi(api, article.id);
    expect((await api1.get(`/api/articles/${article.id}/consensus`)).status()).toBe(403);
  });

  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await signInAs(page, 'editor');

  await test.step('the editor finds the article in the review queue', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Review queue' }).click();
    await expect(page.getByRole('heading', { name: 'Review queue', level: 1 })).toBeVisible();
    const row = page.getByRole('row').filter({ hasText: article.title });
    await expect(row).toHaveCount(1);
    await row.getByRole('link', { name: 'Open consensus', exact: true }).click();
    await expect(page).toHaveURL((url) => url.pathname === `/articles/${article.id}/consensus`);
  });

  await test.step('the agreement figures equal an independent computation', async () => {
    const everyone = await fetchAnnotations(editorApi, article.id);
    expect(everyone).toHaveLength(9);
    const expected = alphaByDefinition(everyone).toFixed(3);
    // The passage worklist comes first; the figures are in their own tab.
    await expect(page.getByRole('tab', { name: 'Passages' })).toHaveAttribute('aria-selected', 'true');
    await page.getByRole('tab', { name: 'Figures and heat map' }).click();
    const table = page.getByRole('table', { name: /Agreement coefficients/ });
    const alphaRow = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: /Krippendorff's alpha \(nominal\)/ }) });
    await expect(alphaRow.getByRole('cell').first()).toHaveText(expected);
    await expect(alphaRow.getByRole('cell').nth(1)).toContainText('95% CI'); // the Uncertainty column
    await expect(alphaRow.getByRole('cell').nth(2)).toHaveText('3');
    await expectNoSeriousViolations(page);
    await page.getByRole('tab', { name: 'Passages' }).click();
  });

  await test.step('the disputed passage is at the top; the editor rules it Unsupported', async () => {
    const passages = page.getByRole('region', { name: 'Passages' }).getByRole('article');
    const first = passages.first();
    await expect(first).toHaveAccessibleName(new RegExp(`^Disputed: ${DISPUTED}`));
    await expect(page.getByRole('button', { name: 'Publish' })).toBeDisabled();
    await first.getByRole('button', { name: 'Adjudicate' }).click();
    await expect(first).toContainText('A metaphor, not a checkable statement.');
    await expect(first).toContainText('Framing without support.');
    await first.getByRole('radiogroup', { name: 'Final label' }).getByRole('radio', { name: 'Unsupported', exact: true }).check();
    await first.getByLabel('Rating', { exact: true }).selectOption({ label: 'Unsupported' });
    await first.getByLabel('Public explanation', { exact: true }).fill('The article asserts this framing without any source.');
    await first.getByLabel('Claimant', { exact: true }).fill('The article');
    await first.getByRole('button', { name: 'Save verdict' }).click();
    await expect(first.getByRole('status')).toHaveText('Verdict saved.');
  });

  await test.step('the editor publishes', async () => {
    const publish = page.getByRole('button', { name: 'Publish' });
    await expect(publish).toBeEnabled();
    await publish.click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Publish' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('button', { name: 'Reopen', exact: true })).toBeVisible();
    const view = (await (await editorApi.get(`/api/articles/${article.id}/consensus`)).json()) as { article: { status: string }; passages: { exact: string; finalLabel: string; verdict: { explanation: string } | null }[] };
    expect(view.article.status).toBe('published');
    expect(view.passages.find((passage) => passage.exact === DISPUTED)).toMatchObject({ finalLabel: 'unsupported', verdict: { explanation: 'The article asserts this framing without any source.' } });
    const claimReviews = (await (await editorApi.get(`/api/articles/${article.id}/export?format=claimreview`)).json()) as { reviewRating: { alternateName: string } }[];
    expect(claimReviews.map((review) => review.reviewRating.alternateName)).toEqual(['Unsupported']);
  });
  await context.close();
});
