// Assignments, end to end: an editor of a fresh project assigns three of its
// reviewers to an article with a due date (one found by name and picked by
// hand, two by "Assign 2 reviewers"); each reviewer finds the article in My
// work, opens it from there and submits; the review queue then shows 3 of 3
// submitted.
//
// Fresh people and a fresh project (as e2e/projects does), so the demo
// accounts' work and the seeded project are left alone.
import type { APIRequestContext } from '@playwright/test';
import { uniqueTag } from '../fixtures/accounts';
import { annotateViaApi, fetchArticle, troopsArticleText, workspaceNotice } from '../fixtures/annotations';
import type { ArticleRecord } from '../fixtures/article-page';
import { signInAs } from '../fixtures/auth';
import { type Person, addMember, createPerson, pageAs } from '../fixtures/people';
import { expect, test } from '../fixtures/test';

const CLAIM = 'Moscow and Tehran are increasingly presenting a united front';
const DUE = '2099-06-30';
const DUE_TEXT = 'Due Jun 30, 2099';



type World = { projectId: string; article: ArticleRecord; editor: Person; reviewers: Person[] };

async function buildWorld(admin: APIRequestContext): Promise<World> {
  const tag = uniqueTag();
  const [editor, ...reviewers] = await Promise.all([
    createPerson(admin, { role: 'editor', label: 'assign-ed' }),
    createPerson(admin, { label: 'assign-r1' }),
    createPerson(admin, { label: 'assign-r2' }),
    createPerson(admin, { label: 'assign-r3' }),
  ]);
  const created = await admin.post('/api/projects', { data: { name: `Assignments ${tag}`, description: 'Who reviews what, by when.' } });
  expect(created.status(), await created.text()).toBe(201);
  const { project } = (await created.json()) as { project: { id: string } };
  await addMember(admin, project.id, editor!, 'editor');
  for (const reviewer of reviewers) await addMember(admin, project.id, reviewer, 'reviewer');
  const imported = await admin.post('/api/articles', { data: { text: troopsArticleText().text, projectId: project.id } });
  expect(imported.status(), await imported.text()).toBe(201);
  const { article } = (await imported.json()) as { article: { id: string } };
  return { projectId: project.id, article: await fetchArticle(admin, article.id), editor: editor!, reviewers };
}

test('an editor assigns three reviewers with a due date; each finds it in My work and submits; the queue shows 3 of 3', async ({ page, browser, baseURL, apiAs }) => {
  test.setTimeout(150_000);
  const { article, editor, reviewers } = await buildWorld(await apiAs('admin'));
  const [first, ...others] = reviewers as [Person, Person, Person];
  await signInAs(page, { email: editor.email, password: editor.password });
  const panel = page.getByRole('region', { name: 'Assignments' });

  await test.step('the editor assigns one member by hand, then two more automatically, all due on the same day', async () => {
    await page.goto(`/articles/${article.id}/consensus`);
    await expect(panel).toContainText('Nobody is assigned to this article yet.');
    const byHand = panel.getByRole('form', { name: 'Assign a member' });
    const offered = (person: Person) => byHand.getByLabel('Member').getByRole('option', { name: person.name, exact: true });
    await expect(offered(others[0])).toHaveCount(1);
    // Part of one reviewer's name (its random tag): the select offers that reviewer alone.
    await byHand.getByLabel('Search by name').fill(first.name.slice(-6).toUpperCase());
    await expect(offered(others[0])).toHaveCount(0);
    await expect(offered(first)).toHaveCount(1);
    await expect(byHand.getByLabel('Member').getByRole('option')).toHaveCount(2);
    await byHand.getByLabel('Member').selectOption({ label: first.name });
    await byHand.getByLabel('Due date (optional)').fill(DUE);
    await byHand.getByRole('button', { name: 'Assign' }).click();
    await expect(panel.getByRole('status')).toHaveText(`${first.name} is assigned.`);
    await expect(panel.getByRole('listitem', { name: `Assignment of ${first.name}` })).toContainText(DUE_TEXT);

    const auto = panel.getByRole('form', { name: 'Assign reviewers automatically' });
    await auto.getByLabel('Number of reviewers').fill('2');
    await auto.getByLabel('Due date for them (optional)').fill(DUE);
    await auto.getByRole('button', { name: 'Assign 2 reviewers' }).click();
    // Both left have no open assignment: ties go by name.
    const names = others.map((reviewer) => reviewer.name).sort((a, b) => a.localeCompare(b));
    await expect(panel.getByRole('status')).toHaveText(`Assigned ${names.join(', ')}.`);
    await expect(panel).toContainText('0 of 3 submitted.');
    for (const reviewer of reviewers) {
      const row = panel.getByRole('listitem', { name: `Assignment of ${reviewer.name}` });
      await expect(row).toContainText('Not started');
      await expect(row).toContainText(DUE_TEXT);
    }
  });

  for (const reviewer of reviewers) {
    await test.step(`${reviewer.name} finds the article in My work, opens it from there and submits`, async () => {
      const reviewerPage = await pageAs(browser, baseURL, reviewer);
      // The dashboard points at it too.
      await expect(reviewerPage.getByRole('region', { name: 'Your assignments' }).getByRole('link', { name: article.title })).toBeVisible();
      await reviewerPage.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'My work' }).click();
      await expect(reviewerPage.getByRole('heading', { name: 'My work', level: 1 })).toBeVisible();
      const row = reviewerPage.getByRole('table', { name: 'Your assignments' }).getByRole('row', { name: new RegExp(article.title.replace(/[()]/g, '\\$&')) });
      await expect(row).toContainText('Not started');
      await expect(row).toContainText(DUE_TEXT);

      await annotateViaApi(await apiAs({ email: reviewer.email, password: reviewer.password }), article, CLAIM, { label: 'claim' });
      await row.getByRole('link', { name: article.title }).click();
      await expect(reviewerPage).toHaveURL(new RegExp(`/articles/${article.id}$`));
      const review = reviewerPage.getByRole('region', { name: 'Your review' });
      await review.getByRole('button', { name: 'Submit review' }).click();
      const dialog = reviewerPage.getByRole('dialog', { name: 'Submit your review?' });
      await expect(dialog).toContainText('You are submitting 1 annotation.');
      await dialog.getByRole('button', { name: 'Submit review' }).click();
      await expect(workspaceNotice(reviewerPage)).toHaveText("Review submitted. You now see the other reviewers' annotations.");

      await reviewerPage.goto('/work');
      await expect(reviewerPage.getByRole('table', { name: 'Your assignments' }).getByRole('row', { name: new RegExp(article.title.replace(/[()]/g, '\\$&')) })).toContainText('Submitted');
      await reviewerPage.context().close();
    });
  }

  await test.step('the review queue shows 3 of 3 submitted, nobody late; the panel shows each submitted', async () => {
    const tag = /\(e2e ([0-9a-f]+)\)/.exec(article.title)![1]!;
    await page.goto(`/review?q=${tag}`);
    const row = page.getByRole('table', { name: 'Articles waiting for an editor' }).getByRole('row', { name: new RegExp(tag) });
    await expect(row).toContainText('3 of 3 submitted');
    await expect(row).not.toContainText('Late');
    await page.goto(`/articles/${article.id}/consensus`);
    await expect(panel).toContainText('3 of 3 submitted.');
    for (const reviewer of reviewers) await expect(panel.getByRole('listitem', { name: `Assignment of ${reviewer.name}` })).toContainText('Submitted');
  });
});
