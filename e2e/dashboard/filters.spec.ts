import { SAMPLE_ARTICLES, uniqueTag } from '../fixtures/accounts';
import { signInAs } from '../fixtures/auth';
import { expect, test } from '../fixtures/test';

test.beforeEach(async ({ page }) => {
  await signInAs(page, 'reviewer1');
});

test('searching narrows the list to matching titles', async ({ page }) => {
  const filters = page.getByRole('search', { name: 'Filter articles' });
  await filters.getByLabel('Search').fill('Complexities');
  await filters.getByRole('button', { name: 'Filter' }).click();

  await expect(page).toHaveURL((url) => url.searchParams.get('q') === 'Complexities');
  const table = page.getByRole('table', { name: 'Articles to check' });
  // Other specs import copies of the samples into the same project, so the check is that every
  // title listed matches and the other sample is gone, not a count.
  await expect(table.getByRole('link', { name: SAMPLE_ARTICLES.complexities.title, exact: true })).toBeVisible();
  await expect(table.getByRole('link', { name: SAMPLE_ARTICLES.troops.title, exact: true })).toHaveCount(0);
  for (const title of await table.getByRole('link').allInnerTexts()) expect(title).toMatch(/Complexities/i);
  await expect(filters.getByLabel('Search')).toHaveValue('Complexities');
});

test('searching also matches the publisher, case-insensitively', async ({ page, apiAs }) => {
  const tag = uniqueTag();
  const title = `Council budget vote delayed ${tag}`;
  const publisher = `Riverside Gazette ${tag}`;
  const created = await (await apiAs('editor')).post('/api/articles', { data: { text: `${title}\nThe vote moves to next week.`, publisher } });
  expect(created.status()).toBe(201);

  const filters = page.getByRole('search', { name: 'Filter articles' });
  await filters.getByLabel('Search').fill(`gazette ${tag.toUpperCase()}`);
  await filters.getByRole('button', { name: 'Filter' }).click();
  const table = page.getByRole('table', { name: 'Articles to check' });
  await expect(table.getByRole('link')).toHaveCount(1);
  await expect(table.getByRole('link', { name: title, exact: true })).toBeVisible();
  await expect(table).toContainText(publisher);
});

// Other tests publish articles meanwhile, so this one filters its own article (unique title) by status.
test('the status filter narrows the list', async ({ page, apiAs }) => {
  const tag = uniqueTag();
  const title = `Harbour dredging contract ${tag}`;
  const created = await (await apiAs('editor')).post('/api/articles', { data: { text: `${title}
The contract goes to tender.` } });
  expect(created.status()).toBe(201);

  const filters = page.getByRole('search', { name: 'Filter articles' });
  await filters.getByLabel('Search').fill(tag);
  await filters.getByLabel('Status').selectOption({ label: 'Published' });
  await filters.getByRole('button', { name: 'Filter' }).click();

  await expect(page).toHaveURL((url) => url.searchParams.get('status') === 'published' && url.searchParams.get('q') === tag);
  await expect(page.getByText('No articles match these filters.')).toBeVisible();
  await expect(page.getByRole('table', { name: 'Articles to check' })).toHaveCount(0);
  await expect(filters.getByLabel('Status')).toHaveValue('published');

  // Open, the state every new article starts in: there it is.
  await filters.getByLabel('Status').selectOption({ label: 'Open' });
  await filters.getByRole('button', { name: 'Filter' }).click();
  await expect(page.getByRole('table', { name: 'Articles to check' }).getByRole('link', { name: title, exact: true })).toBeVisible();
});

test('a search that matches nothing says so', async ({ page }) => {
  await page.goto('/?q=no-such-article-zzz');
  await expect(page.getByText('No articles match these filters.')).toBeVisible();
});
