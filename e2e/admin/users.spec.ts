import { uniqueTag } from '../fixtures/accounts';
import type { Page } from '@playwright/test';
import { pageAlert, signInAs } from '../fixtures/auth';
import { strongPassword } from '../fixtures/people';
import { expect, test } from '../fixtures/test';

/** The "Add a person" form (each user row also has a role select and a form of its own). */
function createUserForm(page: Page) {
  return page.locator('form').filter({ has: page.getByRole('button', { name: 'Create user' }) });
}

test('an admin creates a user and changes their role; the user signs in with the new role', async ({ page, browser }) => {
  const tag = uniqueTag();
  const email = `new-person-${tag}@example.org`;
  const name = `New Person ${tag}`;
  // Random, like a password manager's (the policy refuses one containing the person's name or email).
  const password = strongPassword();

  await signInAs(page, 'admin');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Users', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Users', level: 1 })).toBeVisible();

  const form = createUserForm(page);
  await form.getByLabel('Name').fill(name);
  await form.getByLabel('Email').fill(email);
  await form.getByLabel('Role').selectOption('reviewer');
  await form.getByLabel('Initial password').fill(password);
  await form.getByRole('button', { name: 'Create user' }).click();
  await expect(form.getByRole('status')).toHaveText(`Created ${email} (reviewer).`);

  const row = page.getByRole('table', { name: 'People with access' }).getByRole('row').filter({ hasText: email });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText(name);
  const role = row.getByLabel(`Role of ${email}`);
  await expect(role).toHaveValue('reviewer');
  await role.selectOption('editor');
  await row.getByRole('button', { name: 'Save' }).click();
  await expect(row.getByRole('status')).toHaveText(`Saved ${email}: editor.`);

  // The new person, in a browser of their own.
  const context = await browser.newContext();
  try {
    const theirPage = await context.newPage();
    await signInAs(theirPage, { email, password });
    await expect(theirPage.getByTestId('current-user')).toHaveText(name);
    await expect(theirPage.getByRole('navigation', { name: 'Main' })).toContainText('editor', { ignoreCase: true });
    // Editors may import.
    await expect(theirPage.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Import', exact: true })).toBeVisible();
  } finally {
    await context.close();
  }
});

test('a password that is too short is refused with a message', async ({ page, apiAs }) => {
  const tag = uniqueTag();
  const email = `short-password-${tag}@example.org`;
  await signInAs(page, 'admin');
  await page.goto('/admin/users');

  const form = createUserForm(page);
  await form.getByLabel('Name').fill(`Short Password ${tag}`);
  await form.getByLabel('Email').fill(email);
  const password = form.getByLabel('Initial password');
  await password.fill('short');
  await form.getByRole('button', { name: 'Create user' }).click();

  // The browser's own check stops the form first...
  expect(await password.evaluate((input: HTMLInputElement) => input.validity.tooShort)).toBe(true);
  expect(await password.evaluate((input: HTMLInputElement) => input.validationMessage)).not.toBe('');
  await expect(form.getByRole('status')).toHaveCount(0);

  // ...and the server says the same when the browser does not check.
  await form.evaluate((element: HTMLFormElement) => {
    element.noValidate = true;
  });
  await form.getByRole('button', { name: 'Create user' }).click();
  await expect(form.getByRole('alert')).toContainText('Password must be at least 12 characters');
  await expect(pageAlert(page)).toHaveCount(1);
  await expect(page.getByRole('table', { name: 'People with access' })).not.toContainText(email);

  const api = await apiAs('admin');
  const users = (await (await api.get('/api/users')).json()) as { users: { email: string }[] };
  expect(users.users.map((user) => user.email)).not.toContain(email);
});
