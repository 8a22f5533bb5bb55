// The axe checks, in English: each page of AXE_PAGES has no serious accessibility problems.
// axe-persian.spec.ts runs the same pages right to left.
import { expectNoSeriousViolations } from '../fixtures/axe';
import { expect, test } from '../fixtures/test';
import { AXE_PAGES } from './axe-pages';

for (const { name, visit } of AXE_PAGES) {
  test(`${name} has no serious accessibility problems`, async ({ page }) => {
    await visit(page, 'en');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expectNoSeriousViolations(page);
  });
}
