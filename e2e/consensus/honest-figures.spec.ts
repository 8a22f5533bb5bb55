// What the consensus page says where the data are thin: three reviewers split
// 1–1–1 on a passage, so it has no majority label (nothing pre-selected, no
// consensus to accept); alpha carries its 95% interval and the risk of missing
// Krippendorff's minimums; reliability weighting is held back on three passages.
import { annotateViaApi, createTroopsArticle, submitReviewViaApi } from '../fixtures/annotations';
import { signInAs } from '../fixtures/auth';
import { expect, test } from '../fixtures/test';

const HEADLINE = 'Russian Troops In Iran';
const CLAIM = 'Moscow and Tehran are increasingly presenting a united front';
const TIED = 'The geopolitical landscape of the Middle East is a complex tapestry';

test('a 1–1–1 passage shows "no majority", alpha shows its interval, and reliability weighting says what it needs', async ({ page, apiAs }) => {
  const editorApi = await apiAs('editor');
  const article = await createTroopsArticle(editorApi);
  const [api1, api2, api3] = await Promise.all([apiAs('reviewer1'), apiAs('reviewer2'), apiAs('reviewer3')]);
  for (const [api, labels] of [
    [api1, ['unsupported', 'claim', 'opinion']],
    [api2, ['unsupported', 'claim', 'claim']],
    [api3, ['unsupported', 'opinion', 'unsupported']],
  ] as const) {
    await annotateViaApi(api, article, HEADLINE, { label: labels[0] });
    await annotateViaApi(api, article, CLAIM, { label: labels[1] });
    await annotateViaApi(api, article, TIED, { label: labels[2] });
    await submitReviewViaApi(api, article.id);
  }

  await signInAs(page, 'editor');
  await page.goto(`/articles/${article.id}/consensus`);

  // The figures are in their own tab, the passage worklist first.
  await page.getByRole('tab', { name: 'Figures and heat map' }).click();
  const table = page.getByRole('table', { name: /Agreement coefficients/ });
  const alphaRow = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: /Krippendorff's alpha \(nominal\)/ }) });
  await expect(alphaRow.getByRole('cell').nth(1)).toContainText(/95% CI -?\d\.\d{3}–-?\d\.\d{3} \(Krippendorff’s bootstrap, 1,000 resamples\)/);
  await expect(alphaRow.getByRole('cell').nth(1)).toContainText(/P\(α < 0\.667\)/);

  await expect(page.getByRole('region', { name: 'Reviewer reliability (Dawid–Skene)' })).toContainText('Not estimated: reliability weighting needs at least 10 passages with two or more votes');
  await expect(page.getByRole('table', { name: /Reliability summary/ }).getByRole('row', { name: /Passages with no majority/ })).toContainText('1');

  await page.getByRole('tab', { name: 'Passages' }).click();
  const tied = page.getByRole('region', { name: 'Passages' }).getByRole('article', { name: new RegExp(`^Disputed: ${TIED}`) });
  await expect(tied).toContainText('No majority');
  await expect(tied).toContainText('no majority: Claim, Opinion, Unsupported have 1 vote each');
  await tied.getByRole('button', { name: 'Adjudicate' }).click();
  const labels = tied.getByRole('radiogroup', { name: 'Final label' }).getByRole('radio');
  await expect(labels).toHaveCount(3);
  for (const radio of await labels.all()) await expect(radio).not.toBeChecked();
  await expect(tied.getByRole('button', { name: 'Accept consensus' })).toHaveCount(0);
  await expect(tied).toContainText('there is no majority label to accept');
});
