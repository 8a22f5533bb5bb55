import { expect, test } from '../fixtures/test';

for (const path of ['/', '/articles/import', '/admin/users']) {
  test(`an anonymous visitor to ${path} is sent to sign-in`, async ({ page }) => {
    await page.goto(path);
    await expect(page).toHaveURL((url) => url.pathname === '/signin');
    await expect(page.getByRole('heading', { name: 'Corroborate', level: 1 })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Sign in', exact: true })).toBeVisible();
  });
}

test('the API answers an anonymous client with 401 JSON', async ({ anonApi }) => {
  const response = await anonApi.get('/api/articles');
  expect(response.status()).toBe(401);
  expect(response.headers()['content-type']).toContain('application/json');
  expect(await response.json()).toEqual({ error: expect.objectContaining({ code: 'unauthenticated' }) });
});
