// API tokens in the browser: an admin creates one (the secret is shown once),
// a newsroom system uses it, the admin revokes it and it stops working.
import { request } from '@playwright/test';
import { uniqueTag } from '../fixtures/accounts';
import { signInAs } from '../fixtures/auth';
import { expectNoSeriousViolations } from '../fixtures/axe';
import { expect, test } from '../fixtures/test';

test('an admin creates a token, a system reads with it, the admin revokes it', async ({ page, baseURL }) => {
  const name = `CMS widget ${uniqueTag()}`;
  await signInAs(page, 'admin');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'API tokens' }).click();
  await expect(page.getByRole('heading', { name: 'API tokens', level: 1 })).toBeVisible();

  const form = page.getByRole('form', { name: 'Create a token' });
  await form.getByLabel('Name').fill(name);
  await form.getByLabel('Acts as').selectOption({ label: 'Edda Editor — editor@example.org (editor)' });
  await form.getByRole('button', { name: 'Create token' }).click();
  const secret = await page.getByLabel('New token').inputValue();
  expect(secret).toMatch(/^cbt_/);
  await expectNoSeriousViolations(page);

  const system = await request.newContext({ baseURL, extraHTTPHeaders: { authorization: `Bearer ${secret}` } });
  try {
    expect((await system.get('/api/exports?format=json&status=open')).status()).toBe(200);
    expect((await system.post('/api/articles', { data: { text: 'A token cannot import.' } })).status()).toBe(403);

    await page.reload();
    await expect(page.getByLabel('New token')).toHaveCount(0);
    const row = page.getByRole('row').filter({ hasText: name });
    await expect(row).toContainText(secret.slice(0, 10));
    await expect(row).not.toContainText(secret);
    await expect(row).not.toContainText('Never');
    page.once('dialog', (dialog) => void dialog.accept());
    await row.getByRole('button', { name: `Revoke ${name}` }).click();
    await expect(row).toContainText('Revoked');
    expect((await system.get('/api/exports?format=json')).status()).toBe(401);
  } finally {
    await system.dispose();
  }
});

test('an admin edits the rating scale', async ({ page }) => {
  await signInAs(page, 'admin');
  await page.goto('/admin/rating-scale');
  await expect(page.getByRole('heading', { name: 'Rating scale', level: 1 })).toBeVisible();
  const name = page.getByLabel('Name of rating 3');
  await expect(name).toHaveValue('Mixed');
  await name.fill('Half true');
  await page.getByRole('button', { name: 'Save scale' }).click();
  await expect(page.getByRole('status')).toHaveText('Rating scale saved.');
  await page.reload();
  await expect(page.getByLabel('Name of rating 3')).toHaveValue('Half true');
  await page.getByLabel('Name of rating 3').fill('Mixed');
  await page.getByRole('button', { name: 'Save scale' }).click();
  await expect(page.getByRole('status')).toHaveText('Rating scale saved.');
  await expectNoSeriousViolations(page);
});
