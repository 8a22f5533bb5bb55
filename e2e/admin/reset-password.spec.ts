// An admin resets someone's password from the users page: the temporary
// password is shown once, the person's browser session ends, their API token
// stops working, the temporary password signs in and the old one does not.
import { request } from '@playwright/test';
import { signInAs } from '../fixtures/auth';
import { loopbackClient } from '../fixtures/loopback';
import { createPerson } from '../fixtures/people';
import { expect, test } from '../fixtures/test';

test('an admin resets a password: sessions end, tokens stop, the temporary password works once shown', async ({ browser, page, apiAs, baseURL }) => {
  const admin = await apiAs('admin');
  const person = await createPerson(admin, { label: 'reset', role: 'editor' });
  const made = await admin.post('/api/tokens', { data: { name: `Reset test ${person.email}`, scopes: ['read:exports'], userId: person.id } });
  expect(made.status()).toBe(201);
  const { secret } = (await made.json()) as { secret: string };
  const system = await request.newContext({ baseURL, extraHTTPHeaders: { authorization: `Bearer ${secret}` } });
  const theirs = await browser.newContext();
  try {
    expect((await system.get('/api/articles')).status()).toBe(200);
    const theirPage = await theirs.newPage();
    await signInAs(theirPage, { email: person.email, password: person.password });

    await signInAs(page, 'admin');
    await page.goto('/admin/users');
    const row = page.getByRole('table', { name: 'People with access' }).getByRole('row').filter({ hasText: person.email });
    await row.getByRole('button', { name: `Reset password of ${person.email}` }).click();
    const confirm = row.getByRole('group', { name: `Reset the password of ${person.email}` });
    await expect(confirm).toContainText('They are signed out everywhere, and their API tokens stop working.');
    await confirm.getByRole('button', { name: 'Reset password' }).click();
    await expect(row.getByRole('status')).toContainText('1 API token was revoked.');
    const temporary = await row.getByLabel(`Temporary password for ${person.email}`).inputValue();
    expect(temporary).toMatch(/^[A-Za-z0-9]{5}(-[A-Za-z0-9]{5}){3}$/);

    // Shown once: not there after a reload.
    await page.reload();
    await expect(page.getByLabel(`Temporary password for ${person.email}`)).toHaveCount(0);

    // Their session and their token no longer work.
    await theirPage.goto('/');
    await expect(theirPage).toHaveURL((url) => url.pathname === '/signin');
    expect((await system.get('/api/articles')).status()).toBe(401);

    // The temporary password signs in; the old one does not.
    await signInAs(theirPage, { email: person.email, password: temporary });
    expect(await loopbackClient(baseURL!, '127.0.0.60').signIn({ email: person.email, password: person.password })).toBe('wrong_credentials');
  } finally {
    await system.dispose();
    await theirs.close();
  }
});
