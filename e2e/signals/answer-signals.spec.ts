// Credibility signals end to end: a reviewer answers the questionnaire beside
// the article (saved on choice, kept across a reload), submits, and finds the
// answers frozen; the editor sees the per-signal consensus on the consensus
// page's Figures tab, with the number of answers behind it.
import { createTroopsArticle, openArticle, submitReviewViaApi } from '../fixtures/annotations';
import { signInAs } from '../fixtures/auth';
import { expect, test } from '../fixtures/test';

test('a reviewer answers the signals and submits; the editor sees the per-signal consensus', async ({ page, apiAs, browser, baseURL }) => {
  const editorApi = await apiAs('editor');
  const article = await createTroopsArticle(editorApi);
  const ravi = await apiAs('reviewer2');
  const answered = await ravi.put(`/api/articles/${article.id}/signals`, { data: { answers: { headline_represents_body: 'partly', clickbait_title: 'yes' } } });
  expect(answered.status()).toBe(200);
  await submitReviewViaApi(ravi, article.id, { empty: true });

  await signInAs(page, 'reviewer1');
  await openArticle(page, article.id);
  const signals = page.getByRole('region', { name: 'Signals' });
  const headline = signals.getByRole('group', { name: 'Does the headline represent the body of the article?' });

  await test.step('answers are saved as they are chosen and kept across a reload', async () => {
    await headline.getByRole('radio', { name: 'Partly' }).check();
    await expect(headline.getByRole('radio', { name: 'Partly' })).toBeChecked();
    await expect(headline).toBeEnabled();
    await signals.getByRole('group', { name: 'Is the title clickbait?' }).getByRole('radio', { name: 'Somewhat' }).check();
    await expect(signals.getByRole('group', { name: 'Is the title clickbait?' })).toBeEnabled();
    await page.reload();
    await expect(headline.getByRole('radio', { name: 'Partly' })).toBeChecked();
  });

  await test.step('after submitting, the answers are frozen', async () => {
    await submitReviewViaApi(await apiAs('reviewer1'), article.id, { empty: true });
    await page.reload();
    await expect(headline.getByRole('radio', { name: 'Partly' })).toBeChecked();
    await expect(headline.getByRole('radio', { name: 'Fully' })).toBeDisabled();
  });

  await test.step('the editor sees each signal with its answers, consensus and agreement', async () => {
    const context = await browser.newContext({ baseURL, locale: 'en-GB', timezoneId: 'UTC' });
    const desk = await context.newPage();
    await signInAs(desk, 'editor');
    await desk.goto(`/articles/${article.id}/consensus`);
    await desk.getByRole('tab', { name: 'Figures and heat map' }).click();
    const section = desk.getByRole('region', { name: 'Signals' });
    const item = section.getByRole('listitem', { name: 'Does the headline represent the body of the article?' });
    await expect(item).toContainText('2 answers on this article');
    await expect(item.getByRole('definition').first()).toHaveText('Partly');
    await expect(section.getByRole('listitem', { name: 'Is the title clickbait?' })).toContainText('no majority (tie)');
    await expect(item).toContainText('Krippendorff’s α across the project');
    await context.close();
  });
});
