// The pages the axe checks visit, shared by the English (axe.spec.ts) and the
// Persian (axe-persian.spec.ts) runs so both check the same pages the same way.
// Each visit signs in if it needs to and waits until the page is ready; what it
// waits for is a name from the interface's own catalogue, or data (an article's title).
import type { Page } from '@playwright/test';
import type { Locale } from '../../lib/vocabulary';
import { SAMPLE_ARTICLES } from '../fixtures/accounts';
import { pageAlert, SIGN_IN_WORDS, signInAs } from '../fixtures/auth';
import { expect } from '../fixtures/test';

export type AxePage = { name: string; visit(page: Page, locale: Locale): Promise<void> };

export const AXE_PAGES: readonly AxePage[] = [
  {
    name: 'the sign-in page',
    visit: async (page, locale) => {
      await page.goto('/signin');
      await expect(page.getByRole('button', { name: SIGN_IN_WORDS[locale].submit, exact: true })).toBeVisible();
    },
  },
  {
    name: 'the sign-in page with an error message',
    visit: async (page) => {
      await page.goto('/signin?error=unavailable');
      await expect(pageAlert(page)).toBeVisible();
    },
  },
  {
    name: 'the dashboard',
    visit: async (page, locale) => {
      await signInAs(page, 'editor', { locale });
      await expect(page.getByRole('link', { name: SAMPLE_ARTICLES.troops.title, exact: true })).toBeVisible();
    },
  },
  {
    name: 'an article page',
    visit: async (page, locale) => {
      await signInAs(page, 'reviewer1', { locale });
      await page.getByRole('link', { name: SAMPLE_ARTICLES.troops.title, exact: true }).click();
      await expect(page.getByTestId('article-body').locator('.ProseMirror')).toBeVisible();
    },
  },
  {
    name: 'the import page',
    visit: async (page, locale) => {
      await signInAs(page, 'editor', { locale });
      await page.goto('/articles/import');
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    },
  },
  {
    name: 'the user admin page',
    visit: async (page, locale) => {
      await signInAs(page, 'admin', { locale });
      await page.goto('/admin/users');
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(page.getByRole('table').first()).toBeVisible();
    },
  },
];
