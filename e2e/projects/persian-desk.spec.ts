// The desk's pages in Persian (issue 17): an editor whose browser asks for fa
// reads the project page, its reviewer agreement, the review queue, My work,
// claims and exports in Persian, right to left, with Persian digits; the
// figures still say what they are, what they rest on and why no call is made.
import type { APIRequestContext } from '@playwright/test';
import { uniqueTag } from '../fixtures/accounts';
import { annotateViaApi, fetchArticle, submitReviewViaApi, troopsArticleText } from '../fixtures/annotations';
import { signInAs } from '../fixtures/auth';
import { addMember, createPerson } from '../fixtures/people';
import { expect, test } from '../fixtures/test';

const CLAIM = 'Moscow and Tehran are increasingly presenting a united front';
const OPINION = 'The geopolitical landscape of the Middle East is a complex tapestry';

async function projectWithTwoReviews(admin: APIRequestContext, apiAs: (who: { email: string; password: string }) => Promise<APIRequestContext>) {
  const tag = uniqueTag();
  const [first, second, editor] = await Promise.all([
    createPerson(admin, { label: 'fa-rev1' }),
    createPerson(admin, { label: 'fa-rev2' }),
    createPerson(admin, { role: 'editor', label: 'fa-ed' }),
  ]);
  const created = await admin.post('/api/projects', { data: { name: `Persian desk ${tag}`, description: '', guidelines: `# Rules ${tag}\n\nMark claims.` } });
  expect(created.status()).toBe(201);
  const { project } = (await created.json()) as { project: { id: string; name: string } };
  await Promise.all([addMember(admin, project.id, first, 'reviewer'), addMember(admin, project.id, second, 'reviewer'), addMember(admin, project.id, editor, 'editor')]);
  const imported = await admin.post('/api/articles', { data: { text: troopsArticleText().text, projectId: project.id } });
  expect(imported.status()).toBe(201);
  const article = await fetchArticle(admin, ((await imported.json()) as { article: { id: string } }).article.id);
  for (const [person, opinionLabel] of [[first, 'opinion'], [second, 'unsupported']] as const) {
    const api = await apiAs({ email: person.email, password: person.password });
    await annotateViaApi(api, article, CLAIM, { label: 'claim' });
    await annotateViaApi(api, article, OPINION, { label: opinionLabel });
    await submitReviewViaApi(api, article.id);
  }
  return { project, article, editor, reviewers: [first, second] };
}

test('an editor reads the desk pages in Persian, right to left, with Persian digits', async ({ browser, baseURL, apiAs }) => {
  // Three accounts, two reviews and six pages: more than the default minute on a busy machine.
  test.setTimeout(120_000);
  const { project, article, editor, reviewers } = await projectWithTwoReviews(await apiAs('admin'), apiAs);
  const context = await browser.newContext({ baseURL, locale: 'en-GB', timezoneId: 'UTC' });
  const page = await context.newPage();
  await signInAs(page, { email: editor.email, password: editor.password });
  // The account keeps "follow the browser", so the language cookie decides.
  await context.addCookies([{ name: 'corroborate-locale', value: 'fa', url: baseURL! }]);

  await test.step('the project page: guidelines, and the reviewer agreement with what it rests on', async () => {
    await page.goto(`/projects/${project.id}`);
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(page.locator('html')).toHaveAttribute('lang', 'fa');
    const guidelines = page.getByRole('region', { name: 'رهنمودها' });
    await expect(guidelines).toContainText('نسخهٔ ۱، نوشتهٔ');
    const section = page.getByRole('region', { name: 'توافق بازبین‌ها در این پروژه' });
    await expect(section.getByTestId('project-agreement-data')).toContainText('داده: ۱ مقاله با بازبینی ارسال‌شده');
    await expect(section.getByTestId('project-agreement-data')).toContainText('۲ بازبین');
    const table = section.getByRole('table', { name: /^توافق هر بازبین با دیگران/ });
    for (const reviewer of reviewers) {
      const row = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: reviewer.name }) });
      await expect(row.getByRole('cell').nth(1)).toHaveText('۲');
      await expect(row).toContainText('دادهٔ کافی نیست: ۲ قطعه همراه با بازبین‌های دیگر برچسب خورده است؛ داوری دست‌کم ۱۰ قطعه لازم دارد.');
      await expect(row).toContainText(/بازهٔ اطمینان ۹۵٪: [۰-۹]/);
    }
  });

  await test.step('the review queue, My work, claims and exports', async () => {
    await page.goto(`/review?project=${project.id}`);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('صف بازبینی');
    const row = page.getByRole('table', { name: 'مقاله‌های در انتظار ویراستار' }).getByRole('row').filter({ hasText: article.title });
    await expect(row.getByRole('cell').nth(3)).toHaveText('۲');
    await expect(row.getByRole('link', { name: 'گشودن اجماع' })).toBeVisible();

    await page.goto('/work');
    await expect(page.getByRole('heading', { name: 'کارهای من', level: 1 })).toBeVisible();
    await expect(page.getByRole('main')).toContainText('اکنون چیزی به شما واگذار نشده است.');

    await page.goto('/claims');
    await expect(page.getByRole('heading', { name: 'ادعاها', level: 1 })).toBeVisible();

    await page.goto('/exports');
    const form = page.getByRole('form', { name: 'خروجی' });
    await expect(form.getByLabel('قالب')).toContainText('حاشیه‌نویسی‌ها (CSV) — هر حاشیه‌نویسی یک سطر');
    await expect(form.getByRole('button', { name: 'خروجی گرفتن' })).toBeVisible();
  });
  await context.close();
});
