import { SAMPLE_ARTICLES, uniqueTag } from '../fixtures/accounts';
import { signInAs } from '../fixtures/auth';
import { expect, test } from '../fixtures/test';

for (const path of ['/articles/import', '/admin/users']) {
  test(`a reviewer gets "Not allowed" on ${path}`, async ({ page }) => {
    await signInAs(page, 'reviewer2');
    const response = await page.goto(path);
    expect(response?.status()).toBe(403);
    await expect(page.getByRole('heading', { name: 'Not allowed' })).toBeVisible();
  });
}

test('the dashboard offers a reviewer no import or user admin', async ({ page }) => {
  await signInAs(page, 'reviewer3');
  await expect(page.getByRole('link', { name: SAMPLE_ARTICLES.troops.title })).toBeVisible();
  const nav = page.getByRole('navigation', { name: 'Main' });
  await expect(nav.getByRole('link', { name: 'Articles', exact: true })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Import', exact: true })).toHaveCount(0);
  await expect(nav.getByRole('link', { name: 'Users', exact: true })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Import an article' })).toHaveCount(0);
  await expect(page.locator('a[href^="/articles/import"], a[href^="/admin"]')).toHaveCount(0);
});

test('the API refuses a reviewer what only editors and admins may do', async ({ apiAs }) => {
  const api = await apiAs('reviewer1');
  const marker = `Reviewer import ${uniqueTag()}`;

  const importing = await api.post('/api/articles', { data: { text: `${marker}\nA paragraph that must not be stored.` } });
  expect(importing.status()).toBe(403);
  expect(await importing.json()).toEqual({ error: expect.objectContaining({ code: 'forbidden' }) });

  const listing = await api.get('/api/users');
  expect(listing.status()).toBe(403);

  const email = `reviewer-made-${uniqueTag()}@example.org`;
  const creating = await api.post('/api/users', { data: { email, name: 'Should Not Exist', role: 'admin', password: 'long-enough-password' } });
  expect(creating.status()).toBe(403);

  // Reading is still allowed, and nothing was created.
  const articles = await api.get('/api/articles', { params: { q: marker } });
  expect(articles.status()).toBe(200);
  expect((await articles.json()).articles).toEqual([]);
});

test('nothing a reviewer was refused was stored (checked as admin)', async ({ apiAs }) => {
  const reviewer = await apiAs('reviewer2');
  const email = `reviewer-made-${uniqueTag()}@example.org`;
  expect((await reviewer.post('/api/users', { data: { email, name: 'Nope', role: 'admin', password: 'long-enough-password' } })).status()).toBe(403);
  const admin = await apiAs('admin');
  const users = (await (await admin.get('/api/users')).json()) as { users: { email: string }[] };
  expect(users.users.map((user) => user.email)).not.toContain(email);
});
