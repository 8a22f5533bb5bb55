// Notifications, end to end: an editor assigns a reviewer to two articles from
// the assignments panel; the reviewer signs in and the bell in the header says
// 2 unread; the notifications page lists both, unread; opening one marks it
// read and leads to the article (the bell now says 1); "Mark all read" clears
// the rest. The page passes axe.
//
// Fresh people and a fresh project (as e2e/workflow/assignments.spec.ts does),
// so the counts cannot move because another spec assigns a demo account.
import type { APIRequestContext, Page } from '@playwright/test';
import { uniqueTag } from '../fixtures/accounts';
import { fetchArticle, troopsArticleText } from '../fixtures/annotations';
import type { ArticleRecord } from '../fixtures/article-page';
import { signInAs } from '../fixtures/auth';
import { expectNoSeriousViolations } from '../fixtures/axe';
import { type Person, addMember, createPerson } from '../fixtures/people';
import { expect, test } from '../fixtures/test';


async function importArticle(admin: APIRequestContext, projectId: string, title: string): Promise<ArticleRecord> {
  const [, ...paragraphs] = troopsArticleText().text.split('\n');
  const imported = await admin.post('/api/articles', { data: { text: [title, ...paragraphs].join('\n'), projectId } });
  expect(imported.status(), await imported.text()).toBe(201);
  const { article } = (await imported.json()) as { article: { id: string } };
  return fetchArticle(admin, article.id);
}

async function assignByHand(page: Page, article: ArticleRecord, reviewer: Person): Promise<void> {
  await page.goto(`/articles/${article.id}/consensus`);
  const panel = page.getByRole('region', { name: 'Assignments' });
  const byHand = panel.getByRole('form', { name: 'Assign a member' });
  await byHand.getByLabel('Member').selectOption({ label: reviewer.name });
  await byHand.getByRole('button', { name: 'Assign' }).click();
  await expect(panel.getByRole('status')).toHaveText(`${reviewer.name} is assigned.`);
}

const bell = (page: Page) => page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: /^Notifications/ });

test('an assigned reviewer sees the bell count, opens the notification to the article, and marks the rest read', async ({ page, browser, baseURL, apiAs }) => {
  test.setTimeout(150_000);
  const admin = await apiAs('admin');
  const tag = uniqueTag();
  const [editor, reviewer] = await Promise.all([createPerson(admin, { role: 'editor', label: 'notify-ed' }), createPerson(admin, { label: 'notify-r' })]);
  const created = await admin.post('/api/projects', { data: { name: `Notifications ${tag}`, description: 'Who hears of what.' } });
  expect(created.status(), await created.text()).toBe(201);
  const { project } = (await created.json()) as { project: { id: string } };
  await addMember(admin, project.id, editor!, 'editor');
  await addMember(admin, project.id, reviewer!, 'reviewer');
  const first = await importArticle(admin, project.id, `Troops on the border (notify ${tag})`);
  const second = await importArticle(admin, project.id, `A second look at the border (notify ${tag})`);

  await test.step('the editor assigns the reviewer to both articles', async () => {
    await signInAs(page, { email: editor!.email, password: editor!.password });
    await assignByHand(page, first, reviewer!);
    await assignByHand(page, second, reviewer!);
    // The editor acted: nothing for them.
    await expect(bell(page)).toHaveAccessibleName('Notifications');
  });

  const context = await browser.newContext({ baseURL, locale: 'en-GB', timezoneId: 'UTC' });
  const reviewerPage = await context.newPage();
  await signInAs(reviewerPage, { email: reviewer!.email, password: reviewer!.password });

  await test.step('the reviewer sees 2 unread on the bell and both on the notifications page', async () => {
    await expect(bell(reviewerPage)).toHaveAccessibleName('Notifications, 2 unread');
    await expect(reviewerPage.getByTestId('notification-count')).toHaveText('2');
    await bell(reviewerPage).click();
    await expect(reviewerPage.getByRole('heading', { name: 'Notifications', level: 1 })).toBeVisible();
    await expect(reviewerPage.getByText('2 unread.')).toBeVisible();
    const items = reviewerPage.getByRole('list', { name: 'Notifications' }).getByRole('listitem');
    await expect(items).toHaveCount(2);
    for (const article of [first, second]) {
      const item = items.filter({ hasText: article.title });
      await expect(item).toContainText('Unread');
      await expect(item.getByRole('link')).toHaveText(`${editor!.name} asked you to review “${article.title}”.`);
    }
    await expectNoSeriousViolations(reviewerPage);
  });

  await test.step('opening one marks it read and leads to its article', async () => {
    const item = reviewerPage.getByRole('list', { name: 'Notifications' }).getByRole('listitem').filter({ hasText: first.title });
    await item.getByRole('link').click();
    await expect(reviewerPage).toHaveURL(new RegExp(`/articles/${first.id}$`));
    await expect(bell(reviewerPage)).toHaveAccessibleName('Notifications, 1 unread');
    await reviewerPage.goto('/notifications');
    const items = reviewerPage.getByRole('list', { name: 'Notifications' }).getByRole('listitem');
    await expect(items.filter({ hasText: first.title })).not.toContainText('Unread');
    await expect(items.filter({ hasText: second.title })).toContainText('Unread');
  });

  await test.step('"Mark all read" clears the rest and the bell', async () => {
    await reviewerPage.getByRole('button', { name: 'Mark all read' }).click();
    await expect(reviewerPage.getByText('Nothing unread.')).toBeVisible();
    await expect(bell(reviewerPage)).toHaveAccessibleName('Notifications');
    await expect(reviewerPage.getByTestId('notification-count')).toHaveCount(0);
    await expect(reviewerPage.getByRole('list', { name: 'Notifications' }).getByRole('listitem').filter({ hasText: 'Unread' })).toHaveCount(0);
  });
  await context.close();
});
