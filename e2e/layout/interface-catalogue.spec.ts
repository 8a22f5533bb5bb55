// The interface's catalogue is a file of its own (GET /api/i18n/:locale, versioned by its content):
// a page's document names and preloads it instead of carrying all of it, the browser reads it once
// (the preload is what the page's own read uses), and the client components speak from it.
import type { Page } from '@playwright/test';
import { signInAs } from '../fixtures/auth';
import { CATALOGUES } from '../fixtures/catalogues';
import { expect, test } from '../fixtures/test';

/** A message no page renders in its HTML (the consensus page's, looked for on the dashboard): found in a document only if the whole catalogue came with it. */
function unrenderedMessage(): string {
  const strings = (value: unknown): string[] => (typeof value === 'string' ? [value] : value && typeof value === 'object' ? Object.values(value).flatMap(strings) : []);
  const plain = strings(CATALOGUES.en.consensus).find((value) => value.length > 30 && /^[A-Za-z ,.]+$/.test(value));
  if (!plain) throw new Error('no plain consensus message to look for');
  return plain;
}

/** Every request the page makes for a catalogue. */
function catalogueReads(page: Page): string[] {
  const reads: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.startsWith('/api/i18n/')) reads.push(request.url());
  });
  return reads;
}

test("a page's document names its catalogue instead of carrying it, and the browser reads it once", async ({ page }) => {
  await signInAs(page, 'reviewer1');
  const reads = catalogueReads(page);
  const document = await page.goto('/');
  const html = await document!.text();

  const preload = /<link rel="preload" href="(\/api\/i18n\/en\?v=[A-Za-z0-9_-]{16})" as="fetch" crossorigin="anonymous"\/>/.exec(html);
  expect(preload, 'the document preloads its catalogue').not.toBeNull();
  expect(html).not.toContain(unrenderedMessage());

  // The page is interactive in its language: "?" opens a client component's sheet, in English.
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', { name: CATALOGUES.en.layout.shortcuts.title })).toContainText(CATALOGUES.en.layout.shortcuts.showList);
  // One read: the preload, which the page's own fetch used (a mismatch would read it twice).
  expect(reads).toEqual([new URL(preload![1]!, page.url()).href]);
});

test('the sign-in page switched to Persian reads the Persian catalogue and speaks it', async ({ page }) => {
  const reads = catalogueReads(page);
  await page.goto('/signin');
  await page.getByLabel(CATALOGUES.en.auth.signIn.language).selectOption('fa');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fa');
  await expect.poll(() => reads.filter((url) => new URL(url).pathname === '/api/i18n/fa').length).toBe(1);
  await page.locator('body').click({ position: { x: 1, y: 1 } });
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', { name: CATALOGUES.fa.layout.shortcuts.title })).toContainText(CATALOGUES.fa.layout.shortcuts.showList);
});
