// The axe checks in Persian: the same pages as axe.spec.ts, with the browser's
// language cookie set to fa (as the sign-in page's switcher sets it), so each is
// laid out right to left. The demo accounts keep no saved language, so the cookie decides.
import { LOCALE_COOKIE } from '../../lib/i18n/locales';
import { expectNoSeriousViolations } from '../fixtures/axe';
import { expect, test } from '../fixtures/test';
import { AXE_PAGES } from './axe-pages';

test.beforeEach(async ({ context, baseURL }) => {
  await context.addCookies([{ name: LOCALE_COOKIE, value: 'fa', url: baseURL! }]);
});

for (const { name, visit } of AXE_PAGES) {
  test(`in Persian, ${name} is right to left and has no serious accessibility problems`, async ({ page }) => {
    await visit(page, 'fa');
    await expect(page.locator('html')).toHaveAttribute('lang', 'fa');
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expectNoSeriousViolations(page);
  });
}
