// Live pages, end to end: an editor has an article's consensus page open in one window and the
// review queue in another; a reviewer, in a browser of their own, submits; both of the editor's
// pages show it within a few seconds, without a reload. A reviewer's My work shows an
// assignment made while it is open. The consensus page says who else has it open (a second
// editor), and stops saying so when they leave.
//
// Fresh people and a fresh project (as e2e/workflow/assignments.spec.ts does), so the demo
// accounts' work and the seeded project are left alone.
import type { APIRequestContext, Page } from '@playwright/test';
import { uniqueTag } from '../fixtures/accounts';
import { DRAFT_INTERVAL_MS } from '../../components/live/refresh-delay';
import { annotateViaApi, fetchArticle, troopsArticleText, workspaceNotice } from '../fixtures/annotations';
import type { ArticleRecord } from '../fixtures/article-page';
import { signInAs } from '../fixtures/auth';
import { type Person, addMember, createPerson, pageAs } from '../fixtures/people';
import { expect, test } from '../fixtures/test';

const CLAIM = 'Moscow and Tehran are increasingly presenting a united front';
/** "Within a few seconds": the stream delivers in well under one; a refresh renders the page again. */
const LIVE = { timeout: 5_000 };



/** Marks the document, so a later check can tell the page was not reloaded (a reload starts a new one). */
async function markDocument(page: Page): Promise<void> {
  await page.evaluate(() => Object.assign(window, { liveSpecMark: true }));
}
async function expectSameDocument(page: Page): Promise<void> {
  expect(await page.evaluate(() => (window as unknown as { liveSpecMark?: boolean }).liveSpecMark)).toBe(true);
}

type World = { tag: string; article: ArticleRecord; editor: Person; otherEditor: Person; submitter: Person; latecomer: Person };

async function buildWorld(admin: APIRequestContext): Promise<World> {
  const tag = uniqueTag();
  const [editor, otherEditor, submitter, latecomer] = await Promise.all([
    createPerson(admin, { role: 'editor', label: 'live-ed' }),
    createPerson(admin, { role: 'editor', label: 'live-ed2' }),
    createPerson(admin, { label: 'live-r1' }),
    createPerson(admin, { label: 'live-r2' }),
  ]);
  const created = await admin.post('/api/projects', { data: { name: `Live ${tag}`, description: 'Pages that follow changes.' } });
  expect(created.status(), await created.text()).toBe(201);
  const { project } = (await created.json()) as { project: { id: string } };
  await addMember(admin, project.id, editor!, 'editor');
  await addMember(admin, project.id, otherEditor!, 'editor');
  await addMember(admin, project.id, submitter!, 'reviewer');
  await addMember(admin, project.id, latecomer!, 'reviewer');
  const { text } = troopsArticleText();
  const imported = await admin.post('/api/articles', { data: { text: text.replace(/^[^\n]*/, (headline) => `${headline} (live ${tag})`), projectId: project.id } });
  expect(imported.status(), await imported.text()).toBe(201);
  const { article } = (await imported.json()) as { article: { id: string } };
  const assigned = await admin.post(`/api/articles/${article.id}/assignments`, { data: { reviewerId: submitter!.id } });
  expect(assigned.status(), await assigned.text()).toBe(201);
  return { tag, article: await fetchArticle(admin, article.id), editor: editor!, otherEditor: otherEditor!, submitter: submitter!, latecomer: latecomer! };
}

test("an editor's consensus page and review queue follow a reviewer's submission without a reload; presence shows who else is there", async ({ page, browser, baseURL, apiAs }) => {
  test.setTimeout(150_000);
  const admin = await apiAs('admin');
  const world = await buildWorld(admin);
  const { article, editor, otherEditor, submitter, latecomer, tag } = world;
  await annotateViaApi(await apiAs({ email: submitter.email, password: submitter.password }), article, CLAIM, { label: 'claim' });

  await signInAs(page, { email: editor.email, password: editor.password });
  const consensus = page;
  const assignments = consensus.getByRole('region', { name: 'Assignments' });
  const presence = consensus.getByRole('status', { name: 'Who else has this page open' });
  const queue = await pageAs(browser, baseURL, editor);
  const queueRow = queue.getByRole('table', { name: 'Articles waiting for an editor' }).getByRole('row', { name: new RegExp(`live ${tag}`) });

  await test.step('the editor opens the consensus page and, in another window, the review queue', async () => {
    await consensus.goto(`/articles/${article.id}/consensus`);
    await expect(assignments).toContainText('0 of 1 submitted.');
    await expect(presence).toHaveText('No one else has this page open.');
    await queue.goto(`/review?q=${tag}`);
    await expect(queueRow).toContainText('0 of 1 submitted');
    await markDocument(consensus);
    await markDocument(queue);
  });

  const other = await pageAs(browser, baseURL, otherEditor);
  await test.step('a second editor opens the same consensus page: the first sees their name', async () => {
    await other.goto(`/articles/${article.id}/consensus`);
    await expect(presence).toHaveText(`Also here: ${otherEditor.name}`, LIVE);
    await expect(other.getByRole('status', { name: 'Who else has this page open' })).toHaveText(`Also here: ${editor.name}`, LIVE);
  });

  const latecomerPage = await pageAs(browser, baseURL, latecomer);
  await test.step("a reviewer's My work shows an assignment made while it is open", async () => {
    await latecomerPage.goto('/work');
    await expect(latecomerPage.getByText('Nothing is assigned to you right now.')).toBeVisible();
    await markDocument(latecomerPage);
    const assigned = await admin.post(`/api/articles/${article.id}/assignments`, { data: { reviewerId: latecomer.id } });
    expect(assigned.status(), await assigned.text()).toBe(201);
    await expect(latecomerPage.getByRole('table', { name: 'Your assignments' }).getByRole('row', { name: new RegExp(`live ${tag}`) })).toContainText('Not started', LIVE);
    await expectSameDocument(latecomerPage);
    // The editor's pages followed the assignment too.
    await expect(assignments).toContainText('0 of 2 submitted.', LIVE);
    await expect(queueRow).toContainText('0 of 2 submitted', LIVE);
  });

  await test.step("a pending reviewer's draft reaches the editor's Reviews panel in the slow lane, without a reload", async () => {
    const review = consensus.getByRole('region', { name: 'Reviews' }).getByRole('listitem', { name: `Review by ${latecomer.name}` });
    const assignment = assignments.getByRole('listitem', { name: `Assignment of ${latecomer.name}` });
    await expect(review).toHaveCount(0);
    await expect(assignment).toContainText('Not started');
    // A refresh for drafts only reads the two progress panels as JSON; it does not re-render the page.
    const requested: string[] = [];
    const listen = (request: { url(): string; headers(): Record<string, string> }) => {
      const url = new URL(request.url());
      if (url.pathname === `/articles/${article.id}/consensus` && (url.searchParams.has('_rsc') || request.headers()['rsc'] === '1')) requested.push('page render');
      if (url.pathname === `/api/articles/${article.id}/reviews` || url.pathname === `/api/articles/${article.id}/assignments`) requested.push(url.pathname.split('/').pop()!);
    };
    consensus.on('request', listen);
    await annotateViaApi(await apiAs({ email: latecomer.email, password: latecomer.password }), article, CLAIM, { label: 'opinion' });
    const savedAt = Date.now();
    // A draft moves only progress counts, so the page waits up to DRAFT_INTERVAL_MS after its last refresh.
    await expect(review).toContainText('1 annotation', { timeout: DRAFT_INTERVAL_MS + 5_000 });
    await expect(review).toContainText('Drafting');
    await expect(assignment).toContainText('Drafting');
    test.info().annotations.push({ type: 'live', description: `the draft showed ${Date.now() - savedAt} ms after it was saved` });
    consensus.off('request', listen);
    expect(requested.sort()).toEqual(['assignments', 'reviews']);
    await expectSameDocument(consensus);
  });

  await test.step('the reviewer submits in their own browser; both of the editor’s pages show it without a reload', async () => {
    const reviewerPage = await pageAs(browser, baseURL, submitter);
    await reviewerPage.goto(`/articles/${article.id}`);
    await reviewerPage.getByRole('region', { name: 'Your review' }).getByRole('button', { name: 'Submit review' }).click();
    const dialog = reviewerPage.getByRole('dialog', { name: 'Submit your review?' });
    await dialog.getByRole('button', { name: 'Submit review' }).click();
    await expect(workspaceNotice(reviewerPage)).toHaveText("Review submitted. You now see the other reviewers' annotations.");
    const submittedAt = Date.now();

    await expect(assignments).toContainText('1 of 2 submitted.', LIVE);
    await expect(assignments.getByRole('listitem', { name: `Assignment of ${submitter.name}` })).toContainText('Submitted');
    await expect(queueRow).toContainText('1 of 2 submitted', LIVE);
    test.info().annotations.push({ type: 'live', description: `both pages showed the submission ${Date.now() - submittedAt} ms after it was confirmed` });
    await expectSameDocument(consensus);
    await expectSameDocument(queue);
    await reviewerPage.context().close();
  });

  await test.step('the second editor leaves: the first no longer sees them', async () => {
    await other.context().close();
    await expect(presence).toHaveText('No one else has this page open.', LIVE);
  });
  await latecomerPage.context().close();
  await queue.context().close();
});
