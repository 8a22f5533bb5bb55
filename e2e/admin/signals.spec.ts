// The credibility-signal questionnaire, administered: the admin adds a signal on /admin/signals,
// rewords its question, and a reviewer finds the reworded question offered beside an article.
// The signal is this test's own (a unique key); it is stopped at the end so other specs' reviewers
// are asked only the seeded questionnaire.
import { uniqueTag } from '../fixtures/accounts';
import { createTroopsArticle, openArticle } from '../fixtures/annotations';
import { signInAs } from '../fixtures/auth';
import { expect, test } from '../fixtures/test';

test('the admin adds a signal and rewords it; a reviewer is asked the new question on an article', async ({ page, apiAs, browser, baseURL }) => {
  const tag = uniqueTag();
  const key = `e2e_sources_named_${tag}`;
  const question = `Does the article name its sources? (${tag})`;
  const reworded = `Does the article name the sources of its claims? (${tag})`;
  const admin = await apiAs('admin');
  test.info().attach('signal key', { body: key });

  try {
    await signInAs(page, 'admin');
    await page.goto('/admin/signals');
    await expect(page.getByRole('heading', { name: 'Credibility signals', level: 1 })).toBeVisible();

    await test.step('add a signal', async () => {
      const form = page.getByRole('form', { name: 'Add a signal' });
      await form.getByLabel('Key (lower-case letters, digits and _)').fill(key);
      await form.getByLabel('Question').fill(question);
      await form.getByLabel('Scale').selectOption('ordinal');
      await form.getByLabel('Options, one per line').fill('None named\nSome named\nAll named');
      await form.getByRole('button', { name: 'Add signal' }).click();
      await expect(page.getByRole('status')).toHaveText(`Added “${question}”.`);
      await expect(page.getByLabel(`Question (${key}, ordinal)`)).toHaveValue(question);
    });

    await test.step('reword its question', async () => {
      const item = page.getByRole('listitem').filter({ has: page.getByLabel(`Question (${key}, ordinal)`) });
      await item.getByLabel(`Question (${key}, ordinal)`).fill(reworded);
      await item.getByRole('button', { name: 'Save wording' }).click();
      await expect(page.getByRole('status')).toHaveText(`Saved “${reworded}”.`);
      await page.reload();
      await expect(page.getByLabel(`Question (${key}, ordinal)`)).toHaveValue(reworded);
    });

    await test.step('a reviewer is asked the reworded question beside an article', async () => {
      const article = await createTroopsArticle(await apiAs('editor'));
      const context = await browser.newContext({ baseURL, locale: 'en-GB', timezoneId: 'UTC' });
      const reviewer = await context.newPage();
      await signInAs(reviewer, 'reviewer1');
      await openArticle(reviewer, article.id);
      const signals = reviewer.getByRole('region', { name: 'Signals' });
      const group = signals.getByRole('group', { name: reworded });
      await expect(group).toBeVisible();
      await expect(signals.getByRole('group', { name: question, exact: true })).toHaveCount(0);
      await expect(group.getByRole('radio')).toHaveCount(3);
      await group.getByRole('radio', { name: 'Some named' }).check();
      await expect(group.getByRole('radio', { name: 'Some named' })).toBeChecked();
      await context.close();
    });
  } finally {
    // Stop asking it, so the questionnaire other specs' reviewers see is the seeded one.
    const stopped = await admin.patch(`/api/signals/${key}`, { data: { active: false } });
    expect([200, 404]).toContain(stopped.status());
  }
});
