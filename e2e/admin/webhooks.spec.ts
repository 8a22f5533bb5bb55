// Webhooks in the browser: an admin adds one (the signing secret shown once), sees
// it listed without the secret, opens its (empty) delivery log and deletes it; a
// webhook to a loopback host not in OUTBOUND_ALLOW_HOSTS is refused with the reason.
import { uniqueTag } from '../fixtures/accounts';
import { signInAs } from '../fixtures/auth';
import { expectNoSeriousViolations } from '../fixtures/axe';
import { expect, test } from '../fixtures/test';

test('an admin adds a webhook, sees its secret once, reads its log and deletes it', async ({ page }) => {
  // scripts/e2e.ts lists 127.0.0.1 in OUTBOUND_ALLOW_HOSTS; port 9 (discard) has nothing listening, and no event is raised here.
  const url = `http://127.0.0.1:9/newsroom-${uniqueTag()}`;
  await signInAs(page, 'admin');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Webhooks' }).click();
  await expect(page.getByRole('heading', { name: 'Webhooks', level: 1 })).toBeVisible();

  const form = page.getByRole('form', { name: 'Add a webhook' });
  await form.getByLabel('URL').fill(url);
  await form.getByLabel('article.published').check();
  await form.getByLabel('review.submitted').check();
  await form.getByRole('button', { name: 'Add webhook' }).click();
  const secret = await page.getByLabel('Signing secret').inputValue();
  expect(secret).toMatch(/^whsec_/);
  await expectNoSeriousViolations(page);

  await page.reload();
  await expect(page.getByLabel('Signing secret')).toHaveCount(0);
  const row = page.getByRole('row').filter({ hasText: url });
  await expect(row).toContainText('review.submitted, article.published'); // in the order the form lists them (WEBHOOK_EVENTS)
  await expect(row).toContainText('every project');
  await expect(page.locator('body')).not.toContainText(secret.slice(6));

  await row.getByRole('button', { name: `Delivery log of ${url}` }).click();
  const log = page.getByRole('region', { name: 'Delivery log' });
  await expect(log.getByRole('heading', { name: `Deliveries to ${url}` })).toBeVisible();
  await expect(log).toContainText('Nothing sent yet.');

  page.once('dialog', (dialog) => void dialog.accept());
  await row.getByRole('button', { name: `Delete ${url}` }).click();
  await expect(page.getByRole('row').filter({ hasText: url })).toHaveCount(0);
});

test('a private address outside OUTBOUND_ALLOW_HOSTS is refused with the reason', async ({ page }) => {
  await signInAs(page, 'admin');
  await page.goto('/admin/webhooks');
  const form = page.getByRole('form', { name: 'Add a webhook' });
  await form.getByLabel('URL').fill('http://10.20.30.40/hook');
  await form.getByLabel('comment.created').check();
  await form.getByRole('button', { name: 'Add webhook' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'That webhook URL cannot be used' })).toContainText('OUTBOUND_ALLOW_HOSTS');
  await expect(page.getByRole('row').filter({ hasText: '10.20.30.40' })).toHaveCount(0);
});

test('a reviewer chooses which notifications reach them by email', async ({ page }) => {
  await signInAs(page, 'reviewer3');
  await page.goto('/account');
  const form = page.getByRole('form', { name: 'Email notifications' });
  const published = form.getByLabel('An article I reviewed or edit is published');
  await expect(published).not.toBeChecked();
  await expect(form.getByLabel('An editor assigns me an article')).toBeChecked();
  await published.check();
  await form.getByRole('button', { name: 'Save email preferences' }).click();
  await expect(form.getByRole('status')).toHaveText('Saved.');
  await page.reload();
  await expect(page.getByRole('form', { name: 'Email notifications' }).getByLabel('An article I reviewed or edit is published')).toBeChecked();
  // Put it back, so other specs see the defaults.
  await page.getByRole('form', { name: 'Email notifications' }).getByLabel('An article I reviewed or edit is published').uncheck();
  await page.getByRole('form', { name: 'Email notifications' }).getByRole('button', { name: 'Save email preferences' }).click();
  await expect(page.getByRole('form', { name: 'Email notifications' }).getByRole('status')).toHaveText('Saved.');
});
