// API tokens in the browser: an admin creates one (the secret is shown once,
// with its expiry), a newsroom system uses it (the list shows when), the admin
// revokes it — or disables its account, which revokes it for good.
import { type Page, request } from '@playwright/test';
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
    await expect(row).not.toContainText('never used');
    page.once('dialog', (dialog) => void dialog.accept());
    await row.getByRole('button', { name: `Revoke ${name}` }).click();
    await expect(row).toContainText('Revoked');
    expect((await system.get('/api/exports?format=json')).status()).toBe(401);
  } finally {
    await system.dispose();
  }
});

/** The row of the users page for `email`, with its Disabled box and Save button. */
async function setAccountDisabled(page: Page, email: string, disabled: boolean): Promise<void> {
  await page.goto('/admin/users');
  const row = page.getByRole('table', { name: 'People with access' }).getByRole('row').filter({ hasText: email });
  await row.getByLabel('Disabled').setChecked(disabled);
  await row.getByRole('button', { name: 'Save' }).click();
  await expect(row.getByRole('status')).toHaveText(`Saved ${email}: editor${disabled ? ', disabled' : ''}.`);
}

test('the token list shows expiry and last use; disabling the account revokes the token for good', async ({ page, apiAs, baseURL }) => {
  const tag = uniqueTag();
  const email = `token-holder-${tag}@example.org`;
  const person = `Token Holder ${tag}`;
  const admin = await apiAs('admin');
  const created = await admin.post('/api/users', { data: { email, name: person, role: 'editor', password: 'Vx9 quiet harbour lights drift 417' } });
  expect(created.status(), await created.text()).toBe(201);

  const name = `Archive feed ${tag}`;
  await signInAs(page, 'admin');
  await page.goto('/admin/tokens');
  const form = page.getByRole('form', { name: 'Create a token' });
  await form.getByLabel('Name').fill(name);
  await form.getByLabel('Acts as').selectOption({ label: `${person} — ${email} (editor)` });
  const expires = form.getByLabel('Expires');
  await expect(expires).toHaveValue('90');
  await expect(expires.locator('option:checked')).toHaveText('in 90 days (default)');
  await form.getByRole('button', { name: 'Create token' }).click();
  const secret = await page.getByLabel('New token').inputValue();

  const row = page.getByRole('row').filter({ hasText: name });
  // The name is the row header; the cells are token, acts as, scopes, projects, expires, last used, state.
  const cells = { projects: row.getByRole('cell').nth(3), expires: row.getByRole('cell').nth(4), lastUsed: row.getByRole('cell').nth(5), state: row.getByRole('cell').nth(6) };
  await expect(page.getByRole('columnheader').nth(5)).toHaveText('Expires');
  await expect(cells.projects).toHaveText('all of the account’s');
  await expect(cells.expires).toHaveText('in 90 days');
  await expect(cells.expires.locator('time')).toHaveAttribute('title', /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} UTC$/);
  await expect(cells.lastUsed).toHaveText('never used');
  await expect(cells.state.getByRole('button', { name: `Revoke ${name}` })).toBeVisible();

  const system = await request.newContext({ baseURL, extraHTTPHeaders: { authorization: `Bearer ${secret}` } });
  try {
    expect((await system.get('/api/articles')).status()).toBe(200);
    await page.reload();
    await expect(cells.lastUsed).toHaveText(/^(just now|1 minute ago)$/);
    await expect(cells.lastUsed.locator('time')).toHaveAttribute('title', /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} UTC$/);

    // The API says the same.
    const listed = (await (await admin.get('/api/tokens')).json()) as { tokens: { name: string; lastUsedAt: string | null; expiresAt: string | null; state: string }[]; defaultExpiryDays: number };
    expect(listed.defaultExpiryDays).toBe(90);
    const entry = listed.tokens.find((token) => token.name === name);
    expect(entry).toMatchObject({ state: 'active', lastUsedAt: expect.any(String), expiresAt: expect.any(String) });

    await setAccountDisabled(page, email, true);
    await page.goto('/admin/tokens');
    await expect(cells.state).toHaveText(/^Revoked (just now|1 minute ago) \(account disabled\)$/);
    await expect(row.getByRole('button', { name: `Revoke ${name}` })).toHaveCount(0);
    expect((await system.get('/api/articles')).status()).toBe(401);

    // Re-enabling the account does not bring the token back.
    await setAccountDisabled(page, email, false);
    await page.goto('/admin/tokens');
    await expect(cells.state).toContainText('(account disabled)');
    expect((await system.get('/api/articles')).status()).toBe(401);
    await expectNoSeriousViolations(page);
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
