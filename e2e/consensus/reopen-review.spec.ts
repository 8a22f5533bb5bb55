// A submitted review is final until the desk reopens it. The editor sees each
// reviewer's status in the consensus view's Reviews panel and reopens one with
// a required reason, recorded in the review's history; the reviewer can then
// change their annotations again. A reviewer with nothing marked submits an
// empty review only after confirming that they found nothing to label.
import { ACCOUNTS } from '../fixtures/accounts';
import { annotateViaApi, createTroopsArticle, openArticle, submitReviewViaApi, workspaceNotice } from '../fixtures/annotations';
import { signInAs } from '../fixtures/auth';
import { expectNoSeriousViolations } from '../fixtures/axe';
import { expect, test } from '../fixtures/test';

const CLAIM = 'Moscow and Tehran are increasingly presenting a united front';
const OPINION = 'The geopolitical landscape of the Middle East is a complex tapestry';

type Review = { reviewer: { id: string; name: string }; status: string; submittedAt: string | null; history: { action: string; reason: string }[] };

test('the editor reopens a submitted review with a reason; the reviewer may then change it', async ({ page, apiAs }) => {
  const editorApi = await apiAs('editor');
  const article = await createTroopsArticle(editorApi);
  const [rita, ravi] = await Promise.all([apiAs('reviewer1'), apiAs('reviewer2')]);
  const mine = await annotateViaApi(rita, article, CLAIM, { label: 'claim', rationale: 'Joint statements exist.' });
  await submitReviewViaApi(rita, article.id);
  await annotateViaApi(ravi, article, OPINION, { label: 'opinion' });

  await test.step('after submitting, the reviewer cannot change their annotations', async () => {
    const refused = await rita.patch(`/api/annotations/${mine.id}`, { data: { version: mine.version, label: 'unsupported' } });
    expect(refused.status()).toBe(409);
    expect(((await refused.json()) as { error: { code: string; message: string } }).error).toMatchObject({ code: 'review_submitted', message: expect.stringMatching(/it is final/) });
  });

  await signInAs(page, 'editor');
  await page.goto(`/articles/${article.id}/consensus`);
  const panel = page.getByRole('region', { name: 'Reviews' });

  await test.step('the Reviews panel lists each reviewer with their status', async () => {
    await expect(panel.getByRole('listitem', { name: `Review by ${ACCOUNTS.reviewer1.name}` })).toContainText('Submitted');
    await expect(panel.getByRole('listitem', { name: `Review by ${ACCOUNTS.reviewer2.name}` })).toContainText('Drafting');
    // Only a submitted review can be reopened.
    await expect(panel.getByRole('button', { name: 'Reopen review' })).toHaveCount(1);
  });

  await test.step('reopening asks for a reason, and records it', async () => {
    const item = panel.getByRole('listitem', { name: `Review by ${ACCOUNTS.reviewer1.name}` });
    await item.getByRole('button', { name: 'Reopen review' }).click();
    const dialog = page.getByRole('dialog', { name: `Reopen ${ACCOUNTS.reviewer1.name}'s review?` });
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText('leave the consensus');
    await expectNoSeriousViolations(page);
    // A blank reason is refused by the server with its message, and nothing changes.
    await dialog.getByLabel('Reason (required)').fill('   ');
    await dialog.getByRole('button', { name: 'Reopen review' }).click();
    await expect(dialog.getByRole('alert')).toContainText('Say why the review is reopened');
    await dialog.getByLabel('Reason (required)').fill('Marked the wrong sentence; asked to fix it.');
    await dialog.getByRole('button', { name: 'Reopen review' }).click();
    await expect(dialog).toBeHidden();
    await expect(item).toContainText('Reopened (drafting again)');
    await expect(item).toContainText(`Reopened by ${ACCOUNTS.editor.name}`);
    await expect(item).toContainText('Marked the wrong sentence; asked to fix it.');
    await expect(item.getByRole('button', { name: 'Reopen review' })).toHaveCount(0);
  });

  await test.step('the API agrees, and the reviewer can change their annotation again', async () => {
    const { reviews } = (await (await editorApi.get(`/api/articles/${article.id}/reviews`)).json()) as { reviews: Review[] };
    const review = reviews.find((candidate) => candidate.reviewer.name === ACCOUNTS.reviewer1.name)!;
    expect(review).toMatchObject({ status: 'reopened', submittedAt: null });
    expect(review.history.map((event) => [event.action, event.reason])).toEqual([
      ['submit', ''],
      ['reopen', 'Marked the wrong sentence; asked to fix it.'],
    ]);
    const edited = await rita.patch(`/api/annotations/${mine.id}`, { data: { version: mine.version, label: 'unsupported' } });
    expect(edited.status(), await edited.text()).toBe(200);
    expect((await rita.get(`/api/articles/${article.id}/reviews`)).status()).toBe(403);
  });
});

test('a reviewer with nothing marked confirms an empty review before submitting it', async ({ page, apiAs }) => {
  const editorApi = await apiAs('editor');
  const article = await createTroopsArticle(editorApi);
  await signInAs(page, 'reviewer3');
  await openArticle(page, article.id);
  const review = page.getByRole('region', { name: 'Your review' });
  await review.getByRole('button', { name: 'Submit review' }).click();
  const dialog = page.getByRole('dialog', { name: 'Submit an empty review?' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('You have not marked any passage. Submit an empty review only if you found nothing to label');
  await expectNoSeriousViolations(page);
  await dialog.getByRole('button', { name: 'Not yet' }).click();
  await expect(dialog).toBeHidden();
  expect((await (await editorApi.get(`/api/articles/${article.id}/reviews`)).json()).reviews).toEqual([]);

  await review.getByRole('button', { name: 'Submit review' }).click();
  await dialog.getByRole('button', { name: 'Submit empty review' }).click();
  await expect(dialog).toBeHidden();
  await expect(workspaceNotice(page)).toHaveText("Review submitted. You now see the other reviewers' annotations.");
  await expect(review).toContainText('Submitted');
  const { reviews } = (await (await editorApi.get(`/api/articles/${article.id}/reviews`)).json()) as { reviews: (Review & { annotations: number })[] };
  expect(reviews).toMatchObject([{ reviewer: { name: ACCOUNTS.reviewer3.name }, status: 'submitted', annotations: 0 }]);
});
