// One round of the desk, end to end — the spec issue 14 is judged by. An editor
// assigns three reviewers with a due date; each finds the article in My work and
// submits; the editor's review queue and consensus page (both kept open) follow
// every submission without a reload. A reviewer then mentions the editor in a
// thread on a passage: the editor has it in-app (bell and /notifications), by
// email (a real SMTP server, the sink, on E2E_SMTP_PORT — scripts/e2e.ts points
// the app's SMTP_URL there) and as a signed webhook (a local receiver, registered
// by the admin for the project). The editor adjudicates every passage with the
// keyboard alone and publishes.
//
// Fresh people and a fresh project, so specs running alongside cannot move the
// counts; other specs' emails may reach the sink too, so mail is picked by recipient.
import { createHmac } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { APIRequestContext, Page } from '@playwright/test';
import { uniqueTag } from '../fixtures/accounts';
import { annotateViaApi, fetchArticle, troopsArticleText, workspaceNotice } from '../fixtures/annotations';
import type { ArticleRecord } from '../fixtures/article-page';
import { signInAs } from '../fixtures/auth';
import { type Person, addMember, createPerson, pageAs } from '../fixtures/people';
import { type SmtpSink, startSmtpSink } from '../../tests/support/smtp-sink';
import type { Label, WebhookEvent } from '../../lib/vocabulary';
import { expect, test } from '../fixtures/test';

const HEADLINE = 'Russian Troops In Iran';
const TIED = 'The geopolitical landscape of the Middle East is a complex tapestry';
const DUE = '2099-06-30';
const DUE_TEXT = 'Due Jun 30, 2099';
const EXPLANATION = 'A vivid framing: just a metaphor, kept as asserted without any source.';
/** "Live": the stream delivers in well under a second; a refresh renders the page again. */
const LIVE = { timeout: 5_000 };
/** Email and webhooks leave through the job queue, whose workers poll every half second. */
const OUTBOUND = { timeout: 20_000 };

/** What each reviewer marks: the headline agreed by all three, the opening sentence tied 1–1–1. */
const LABELS: readonly { headline: Label; tied: Label }[] = [
  { headline: 'unsupported', tied: 'opinion' },
  { headline: 'unsupported', tied: 'claim' },
  { headline: 'unsupported', tied: 'unsupported' },
];

type Received = { headers: http.IncomingHttpHeaders; body: string };
type Receiver = { url: string; received: Received[]; close(): Promise<void> };

/** A newsroom system's webhook endpoint: keeps each request's headers and raw body, answers 204. */
async function startReceiver(): Promise<Receiver> {
  const received: Received[] = [];
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      received.push({ headers: request.headers, body: Buffer.concat(chunks).toString('utf8') });
      response.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/corroborate-hook`, received, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

type DeliveredEvent = { type: WebhookEvent; article: { id: string; title: string } | null; actor: { id: string; name: string } | null; data: Record<string, unknown> };

/** The deliveries of `type` for this article; every delivery received must carry a valid signature. */
function deliveries(receiver: Receiver, secret: string, type: WebhookEvent, articleId: string): DeliveredEvent[] {
  return receiver.received
    .map(({ headers, body }) => {
      const signature = `sha256=${createHmac('sha256', secret).update(body, 'utf8').digest('hex')}`;
      expect(headers['x-corroborate-signature'], 'the delivery is signed with the webhook secret over its raw body').toBe(signature);
      const event = JSON.parse(body) as DeliveredEvent;
      expect(headers['x-corroborate-event']).toBe(event.type);
      return event;
    })
    .filter((event) => event.type === type && event.article?.id === articleId);
}

/** A captured message's headers unfolded and its quoted-printable soft line breaks joined. */
function readableMail(raw: string): string {
  return raw.replace(/\r?\n[ \t]+/g, ' ').replace(/=\r?\n/g, '');
}



/** Marks the document, so a later check can tell the page was not reloaded (a reload starts a new one). */
async function markDocument(page: Page): Promise<void> {
  await page.evaluate(() => Object.assign(window, { deskRoundMark: true }));
}
async function expectSameDocument(page: Page): Promise<void> {
  expect(await page.evaluate(() => (window as unknown as { deskRoundMark?: boolean }).deskRoundMark), 'the page was not reloaded').toBe(true);
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const bell = (page: Page) => page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: /^Notifications/ });

type World = { tag: string; projectId: string; article: ArticleRecord; editor: Person; reviewers: [Person, Person, Person] };

async function buildWorld(admin: APIRequestContext): Promise<World> {
  const tag = uniqueTag();
  const [editor, ...reviewers] = await Promise.all([
    createPerson(admin, { role: 'editor', label: 'round-ed' }),
    createPerson(admin, { label: 'round-r1' }),
    createPerson(admin, { label: 'round-r2' }),
    createPerson(admin, { label: 'round-r3' }),
  ]);
  const created = await admin.post('/api/projects', { data: { name: `Desk round ${tag}`, description: 'One round of the desk.' } });
  expect(created.status(), await created.text()).toBe(201);
  const { project } = (await created.json()) as { project: { id: string } };
  await addMember(admin, project.id, editor!, 'editor');
  for (const reviewer of reviewers) await addMember(admin, project.id, reviewer, 'reviewer');
  const { text } = troopsArticleText();
  const imported = await admin.post('/api/articles', { data: { text: text.replace(/^[^\n]*/, (headline) => `${headline} (round ${tag})`), projectId: project.id } });
  expect(imported.status(), await imported.text()).toBe(201);
  const { article } = (await imported.json()) as { article: { id: string } };
  return { tag, projectId: project.id, article: await fetchArticle(admin, article.id), editor: editor!, reviewers: reviewers as [Person, Person, Person] };
}

let smtp: SmtpSink | null = null;
let receiver: Receiver | null = null;

test.beforeAll(async () => {
  const port = Number(process.env.E2E_SMTP_PORT);
  expect(port, 'E2E_SMTP_PORT: run through scripts/e2e.ts, which gives the app SMTP_URL on this port').toBeGreaterThan(0);
  smtp = await startSmtpSink(port);
  receiver = await startReceiver();
});

test.afterAll(async () => {
  await Promise.all([smtp?.close(), receiver?.close()]);
});

test('a desk round: assign three, each submits from My work, live desk pages, a mention by app, email and signed webhook, keyboard adjudication and publication', async ({ page, browser, baseURL, apiAs }) => {
  test.setTimeout(180_000);
  const admin = await apiAs('admin');
  const { tag, projectId, article, editor, reviewers } = await buildWorld(admin);
  const titlePattern = new RegExp(escapeRegExp(article.title));

  // The admin registers the newsroom's receiver for this project's events.
  const registered = await admin.post('/api/webhooks', { data: { url: receiver!.url, events: ['assignment.created', 'review.submitted', 'comment.created', 'article.published'], projectId } });
  expect(registered.status(), await registered.text()).toBe(201);
  const { webhook, secret } = (await registered.json()) as { webhook: { id: string }; secret: string };

  try {
    await signInAs(page, { email: editor.email, password: editor.password });
    const consensus = page;
    const panel = consensus.getByRole('region', { name: 'Assignments' });
    const queue = await consensus.context().newPage();
    const queueRow = queue.getByRole('table', { name: 'Articles waiting for an editor' }).getByRole('row', { name: new RegExp(`round ${tag}`) });

    await test.step('the editor assigns three reviewers, all due on the same day', async () => {
      await consensus.goto(`/articles/${article.id}/consensus`);
      await expect(panel).toContainText('Nobody is assigned to this article yet.');
      const auto = panel.getByRole('form', { name: 'Assign reviewers automatically' });
      await auto.getByLabel('Number of reviewers').fill('3');
      await auto.getByLabel('Due date for them (optional)').fill(DUE);
      await auto.getByRole('button', { name: 'Assign 3 reviewers' }).click();
      const names = reviewers.map((reviewer) => reviewer.name).sort((a, b) => a.localeCompare(b));
      await expect(panel.getByRole('status')).toHaveText(`Assigned ${names.join(', ')}.`);
      await expect(panel).toContainText('0 of 3 submitted.');
      for (const reviewer of reviewers) await expect(panel.getByRole('listitem', { name: `Assignment of ${reviewer.name}` })).toContainText(DUE_TEXT);
      // The receiver heard of each assignment.
      await expect.poll(() => deliveries(receiver!, secret, 'assignment.created', article.id).length, OUTBOUND).toBe(3);
    });

    await test.step('the editor keeps the review queue open beside the consensus page', async () => {
      await queue.goto(`/review?q=${tag}`);
      await expect(queueRow).toContainText('0 of 3 submitted');
      await markDocument(consensus);
      await markDocument(queue);
    });

    let mentioner: Page | null = null;
    for (const [index, reviewer] of reviewers.entries()) {
      await test.step(`${reviewer.name} finds the article in My work and submits; the editor's pages follow without a reload`, async () => {
        const reviewerPage = await pageAs(browser, baseURL, reviewer);
        await reviewerPage.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'My work' }).click();
        await expect(reviewerPage.getByRole('heading', { name: 'My work', level: 1 })).toBeVisible();
        const row = reviewerPage.getByRole('table', { name: 'Your assignments' }).getByRole('row', { name: titlePattern });
        await expect(row).toContainText('Not started');
        await expect(row).toContainText(DUE_TEXT);

        // The annotations go through the JSON API with the reviewer's own browser session.
        await annotateViaApi(reviewerPage.request, article, HEADLINE, { label: LABELS[index]!.headline });
        await annotateViaApi(reviewerPage.request, article, TIED, { label: LABELS[index]!.tied, rationale: `Reviewer ${index + 1}'s reading.` });

        await row.getByRole('link', { name: article.title }).click();
        await expect(reviewerPage).toHaveURL(new RegExp(`/articles/${article.id}$`));
        await reviewerPage.getByRole('region', { name: 'Your review' }).getByRole('button', { name: 'Submit review' }).click();
        const dialog = reviewerPage.getByRole('dialog', { name: 'Submit your review?' });
        await expect(dialog).toContainText('You are submitting 2 annotations.');
        await dialog.getByRole('button', { name: 'Submit review' }).click();
        await expect(workspaceNotice(reviewerPage)).toHaveText("Review submitted. You now see the other reviewers' annotations.");

        const submitted = `${index + 1} of 3 submitted`;
        await expect(panel).toContainText(`${submitted}.`, LIVE);
        await expect(panel.getByRole('listitem', { name: `Assignment of ${reviewer.name}` })).toContainText('Submitted', LIVE);
        await expect(queueRow).toContainText(submitted, LIVE);
        await expectSameDocument(consensus);
        await expectSameDocument(queue);
        if (index === 0) mentioner = reviewerPage;
        else await reviewerPage.context().close();
      });
    }

    await test.step('the consensus worklist filled in live: the tie first, then the agreed headline', async () => {
      const rows = consensus.getByRole('region', { name: 'Passages' }).getByRole('article');
      await expect(rows).toHaveCount(2, LIVE);
      await expect(rows.nth(0)).toHaveAccessibleName(new RegExp(`^Disputed: ${TIED}.* — no verdict yet$`));
      await expect(rows.nth(1)).toHaveAccessibleName(new RegExp(`^Agreed: ${HEADLINE}`));
      await expectSameDocument(consensus);
    });

    const commentBody = `Is this framing sourced anywhere? @${editor.email} please look.`;
    await test.step('the first reviewer, who has submitted, opens a thread on a passage mentioning the editor', async () => {
      const reviewerPage = mentioner!;
      const discussion = reviewerPage.getByRole('region', { name: 'Discussion' });
      await discussion.getByLabel('Passage (optional)').fill(TIED);
      await discussion.getByRole('textbox', { name: /^Comment/ }).fill(commentBody);
      await discussion.getByRole('button', { name: 'Post comment' }).click();
      const thread = discussion.getByRole('article', { name: `Thread on “${TIED}”` });
      await expect(thread).toContainText(commentBody);
      await expect(thread.getByRole('blockquote')).toHaveText(TIED);
      await reviewerPage.context().close();
    });
    const mentionedBy = reviewers[0].name;

    await test.step('the editor has the mention in the app: the bell and the notifications page', async () => {
      // The queue page has done its part; it goes on to the notifications.
      await queue.goto('/notifications');
      const items = queue.getByRole('list', { name: 'Notifications' }).getByRole('listitem');
      const mention = items.filter({ hasText: 'mentioned you' });
      await expect(mention).toHaveCount(1);
      await expect(mention).toContainText('Unread');
      await expect(mention.getByRole('link')).toHaveText(`${mentionedBy} mentioned you on “${article.title}”: “${commentBody}”`);
      // Three submissions and the tie were news to the editor as well; the bell counts all that is unread.
      const unread = await items.filter({ hasText: 'Unread' }).count();
      expect(unread).toBeGreaterThanOrEqual(4);
      await expect(bell(queue)).toHaveAccessibleName(`Notifications, ${unread} unread`);
    });

    await test.step('the editor has it by email', async () => {
      const toEditor = () => smtp!.messages.filter((message) => message.to.includes(editor.email)).map((message) => readableMail(message.raw));
      await expect.poll(() => toEditor().filter((mail) => mail.includes(`Subject: You were mentioned: ${article.title}`)).length, OUTBOUND).toBe(1);
      const mail = toEditor().find((text) => text.includes('Subject: You were mentioned'))!;
      expect(mail).toMatch(new RegExp(`^To: ${escapeRegExp(editor.email)}`, 'm'));
      expect(mail).toContain(`/articles/${article.id}`);
      expect(mail).toContain('Is this framing sourced anywhere?');
      // Nobody else in the round was mentioned: no reviewer got a mention email.
      for (const reviewer of reviewers) {
        expect(smtp!.messages.filter((message) => message.to.includes(reviewer.email) && readableMail(message.raw).includes('Subject: You were mentioned'))).toHaveLength(0);
      }
    });

    await test.step('the newsroom receiver has the comment as a signed webhook', async () => {
      await expect.poll(() => deliveries(receiver!, secret, 'comment.created', article.id).length, OUTBOUND).toBe(1);
      const [event] = deliveries(receiver!, secret, 'comment.created', article.id);
      expect(event!.actor).toEqual({ id: reviewers[0].id, name: mentionedBy });
      expect(event!.article).toEqual({ id: article.id, title: article.title });
      expect(event!.data).toMatchObject({ comment: { body: commentBody } });
      expect(deliveries(receiver!, secret, 'review.submitted', article.id)).toHaveLength(3);
    });

    await test.step('the editor adjudicates every passage by keyboard alone and publishes', async () => {
      await expectSameDocument(consensus);
      await consensus.bringToFront();
      const worklist = consensus.getByRole('region', { name: 'Passages' });
      const rows = worklist.getByRole('article');
      const status = worklist.getByRole('status').first();

      // J selects the tie; A is refused there (no majority); V opens the verdict form.
      await consensus.keyboard.press('j');
      await expect(rows.nth(0)).toBeFocused();
      await consensus.keyboard.press('a');
      await expect(status).toHaveText('No majority on this passage: there is no consensus label to accept. Press V to set the verdict yourself.');
      await consensus.keyboard.press('v');
      const labels = rows.nth(0).getByRole('radiogroup', { name: 'Final label' });
      await expect(labels.getByRole('radio', { name: 'Claim', exact: true })).toBeFocused();
      await consensus.keyboard.press('ArrowDown');
      await consensus.keyboard.press('ArrowDown');
      await expect(labels.getByRole('radio', { name: 'Unsupported', exact: true })).toBeChecked();
      await consensus.keyboard.press('Tab');
      await consensus.keyboard.press('u');
      await expect(rows.nth(0).getByLabel('Rating', { exact: true })).toHaveValue('unsupported');
      await consensus.keyboard.press('Tab');
      await consensus.keyboard.type(EXPLANATION);
      await consensus.keyboard.press('Tab');
      await consensus.keyboard.type('The article, via a quick view');
      await consensus.keyboard.press('Enter');
      await expect(rows.nth(0).getByRole('status')).toHaveText('Verdict saved.');
      await expect(rows.nth(0)).toHaveAccessibleName(/— verdict Unsupported, rated Unsupported$/);
      await consensus.keyboard.press('Escape');
      await expect(rows.nth(0)).toBeFocused();

      // J to the agreed headline; A and Enter accept the consensus at its preset rating.
      await consensus.keyboard.press('j');
      await expect(rows.nth(1)).toBeFocused();
      await consensus.keyboard.press('a');
      const accept = consensus.getByRole('dialog', { name: 'Accept the consensus: Unsupported?' });
      await expect(accept.getByRole('radio', { name: 'Unsupported', exact: true })).toBeFocused();
      await consensus.keyboard.press('Enter');
      await expect(accept).toBeHidden();
      await expect(status).toHaveText('Consensus accepted: Unsupported, rated Unsupported.');
      await expect(rows.nth(1)).toHaveAccessibleName(/— verdict Unsupported, rated Unsupported$/);

      // P goes to Publish; Enter opens the confirmation (Cancel first), Tab, Enter publishes.
      const publish = consensus.getByRole('button', { name: 'Publish' });
      await expect(publish).toBeEnabled();
      await consensus.keyboard.press('p');
      await expect(publish).toBeFocused();
      await consensus.keyboard.press('Enter');
      const confirm = consensus.getByRole('dialog', { name: 'Publish the verdicts?' });
      await expect(confirm.getByRole('button', { name: 'Cancel' })).toBeFocused();
      await consensus.keyboard.press('Tab');
      await expect(confirm.getByRole('button', { name: 'Publish' })).toBeFocused();
      await consensus.keyboard.press('Enter');
      await expect(confirm).toBeHidden();
    });

    await test.step('the article shows as published', async () => {
      await expect(consensus.getByRole('button', { name: 'Reopen', exact: true })).toBeVisible();
      await expect(consensus.getByRole('region', { name: 'Publication' })).toContainText(`by ${editor.name}.`);
      const view = (await (await consensus.request.get(`/api/articles/${article.id}/consensus`)).json()) as { article: { status: string }; passages: { exact: string; finalLabel: string | null }[] };
      expect(view.article.status).toBe('published');
      expect(view.passages.map((passage) => passage.finalLabel)).toEqual(['unsupported', 'unsupported']);
      await expect.poll(() => deliveries(receiver!, secret, 'article.published', article.id).length, OUTBOUND).toBe(1);
      await queue.close();
    });
  } finally {
    // No deliveries to a receiver that is about to close.
    await admin.delete(`/api/webhooks/${webhook.id}`);
  }
});
