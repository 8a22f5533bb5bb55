// The interface language (issue 17): chosen on the sign-in page before signing
// in (a cookie), and saved on the account from the Account page, where it holds
// across sign-out and sign-in, even in a browser without the cookie. In Persian
// the page runs right to left, the header and the account page read Persian and
// numbers and dates come in Persian digits.
//
// A fresh person, so no other spec meets their language; their choice is reset
// at the end all the same.
import type { Page } from '@playwright/test';
import type { Locale, TextDirection } from '../../lib/vocabulary';
import { uniqueTag } from '../fixtures/accounts';
import { troopsArticleText } from '../fixtures/annotations';
import { SIGN_IN_WORDS, signInAs } from '../fixtures/auth';
import { CATALOGUES } from '../fixtures/catalogues';
import { addMember, createPerson } from '../fixtures/people';
import { expect, test } from '../fixtures/test';

const { account: enAccount, common: enCommon, layout: enLayout } = CATALOGUES.en;
const { account: faAccount, auth: faAuth, common: faCommon, layout: faLayout, notifications: faNotifications } = CATALOGUES.fa;
const PERSIAN_DIGIT = /[۰-۹]/;

/** The whole page's language and direction (stated here, not read from the app's own table). */
async function expectDirection(page: Page, lang: Locale, dir: TextDirection): Promise<void> {
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
  await expect(page.locator('html')).toHaveAttribute('dir', dir);
}

test('the sign-in page switches language before anyone signs in', async ({ page }) => {
  await page.goto('/signin');
  await expectDirection(page, 'en', 'ltr');
  await page.getByLabel(SIGN_IN_WORDS.en.language).selectOption('fa');
  await expectDirection(page, 'fa', 'rtl');
  await expect(page.getByText(faAuth.signIn.tagline)).toBeVisible();
  await expect(page.getByRole('button', { name: SIGN_IN_WORDS.fa.submit, exact: true })).toBeVisible();
  await expect(page.getByLabel(SIGN_IN_WORDS.fa.email, { exact: true })).toBeVisible();

  // The choice is the browser's: a reload keeps it.
  await page.reload();
  await expectDirection(page, 'fa', 'rtl');
  await page.getByLabel(SIGN_IN_WORDS.fa.language).selectOption('en');
  await expectDirection(page, 'en', 'ltr');
  await expect(page.getByRole('button', { name: SIGN_IN_WORDS.en.submit, exact: true })).toBeVisible();
});

test('a reviewer saves Persian on the account page; it holds after signing out and in, and English comes back', async ({ page, context, apiAs }) => {
  test.setTimeout(120_000);
  const admin = await apiAs('admin');
  const person = await createPerson(admin, { label: 'language' });
  // One assignment, so the bell counts something and the notification carries a due date.
  const created = await admin.post('/api/projects', { data: { name: `Languages ${uniqueTag()}`, description: 'Interface languages.' } });
  expect(created.status(), await created.text()).toBe(201);
  const { project } = (await created.json()) as { project: { id: string } };
  await addMember(admin, project.id, person, 'reviewer');
  const { title, text } = troopsArticleText();
  const imported = await admin.post('/api/articles', { data: { text, projectId: project.id } });
  expect(imported.status(), await imported.text()).toBe(201);
  const { article } = (await imported.json()) as { article: { id: string } };
  const assigned = await admin.post(`/api/articles/${article.id}/assignments`, { data: { reviewerId: person.id, dueAt: '2099-12-31' } });
  expect(assigned.status(), await assigned.text()).toBe(201);

  await signInAs(page, { email: person.email, password: person.password });
  const mainNav = page.getByRole('navigation', { name: enLayout.header.navigation });
  await mainNav.getByRole('link', { name: enLayout.header.account }).click();
  await expect(page.getByRole('heading', { name: enAccount.title, level: 1 })).toBeVisible();
  const languageForm = page.getByRole('form', { name: enCommon.language.label });
  await expect(languageForm.getByRole('radio', { name: enCommon.language.followBrowser })).toBeChecked();

  await test.step('choosing فارسی turns the interface Persian, right to left', async () => {
    await languageForm.getByRole('radio', { name: 'فارسی' }).check();
    await languageForm.getByRole('button', { name: enAccount.language.save }).click();
    await expectDirection(page, 'fa', 'rtl');
    await expect(page.getByRole('heading', { name: faAccount.title, level: 1 })).toBeVisible();
    await expect(page.getByRole('heading', { name: faAccount.password.heading })).toBeVisible();
    await expect(page.getByRole('form', { name: faCommon.language.label }).getByRole('status')).toHaveText(faAccount.language.saved);
    const nav = page.getByRole('navigation', { name: faLayout.header.navigation });
    await expect(nav.getByRole('link', { name: faLayout.header.articles })).toBeVisible();
    await expect(nav.getByRole('button', { name: faAuth.signOut })).toBeVisible();
    await expect(nav).toContainText(faCommon.role.reviewer);
  });

  await test.step('numbers and dates come in Persian digits', async () => {
    const bell = page.getByRole('link', { name: /^اعلان‌ها، ۱ خوانده‌نشده$/ });
    await expect(bell).toBeVisible();
    await expect(page.getByTestId('notification-count')).toHaveText('۱');
    await bell.click();
    await expect(page.getByRole('heading', { name: faNotifications.title, level: 1 })).toBeVisible();
    const item = page.getByRole('list', { name: faNotifications.list.label }).getByRole('listitem').filter({ hasText: title });
    await expect(item.getByRole('link')).toContainText(`«${title}»`);
    await expect(item.getByRole('link')).toContainText('از شما خواست');
    // The due date (31 December 2099) and the time since, written in Persian digits.
    await expect(item.getByRole('link')).toHaveText(PERSIAN_DIGIT);
    await expect(item.locator('time')).toHaveText(new RegExp(`^(${faLayout.time.justNow}|[۰-۹]+ دقیقه پیش)$`));
    await expect(item.locator('time')).toHaveAttribute('title', /^[۰-۹]{4}-[۰-۹]{2}-[۰-۹]{2}/);
    await expect(page.getByText('۱ خوانده‌نشده.')).toBeVisible();
  });

  await test.step('the choice is saved on the account: it holds after signing out, and in a browser without the cookie', async () => {
    await page.getByRole('button', { name: faAuth.signOut }).click();
    await expect(page).toHaveURL((url) => url.pathname === '/signin');
    // The cookie mirrors the saved choice, so the sign-in page speaks Persian too.
    await expectDirection(page, 'fa', 'rtl');
    await context.clearCookies();
    await signInAs(page, { email: person.email, password: person.password }, { locale: 'en' });
    await expectDirection(page, 'fa', 'rtl');
    await expect(page.getByRole('navigation', { name: faLayout.header.navigation }).getByRole('link', { name: faLayout.header.account })).toBeVisible();
  });

  await test.step('choosing English brings the English interface back', async () => {
    await page.goto('/account');
    const form = page.getByRole('form', { name: faCommon.language.label });
    await form.getByRole('radio', { name: 'English' }).check();
    await form.getByRole('button', { name: faAccount.language.save }).click();
    await expectDirection(page, 'en', 'ltr');
    await expect(page.getByRole('heading', { name: enAccount.title, level: 1 })).toBeVisible();
    await expect(page.getByRole('navigation', { name: enLayout.header.navigation }).getByRole('link', { name: enLayout.header.articles })).toBeVisible();
  });

  await test.step('"As the browser asks" forgets the choice', async () => {
    const form = page.getByRole('form', { name: enCommon.language.label });
    await form.getByRole('radio', { name: enCommon.language.followBrowser }).check();
    await form.getByRole('button', { name: enAccount.language.save }).click();
    await expect.poll(async () => (await page.request.get('/api/me/locale')).json()).toEqual({ locale: null });
    await expect(form.getByRole('status')).toHaveText(enAccount.language.saved);
    await expectDirection(page, 'en', 'ltr');
  });
});
