// The round issue 15 is judged by, end to end. An editor imports the two sample articles by URL
// from two outlets' pages (served here on loopback, with the publisher metadata a newsroom's page
// carries: schema.org NewsArticle JSON-LD, OpenGraph, a canonical link), and the article pages name
// outlet, byline and date read from it. Three reviewers annotate both with the mouse, answer the
// credibility signals and submit. The editor links the "Russian troops in Iran" framing of both
// articles to one claim (on the second article the suggestion offers the claim made on the first),
// rules on the claim, settles the disputes and publishes both. The source pages then show figures
// this spec recomputes from their definitions, on the published consensus the API reports.
//
// Which sample is whose: the AP piece is "Complexities in the Russia-Iran Alliance" (its collected
// text ends "Original Source: apnews.com"; the seed files it under The Associated Press). "Russian
// Troops In Iran" came without a publisher; here a fictitious outlet, Global Affairs Review
// (globalaffairsreview.example), publishes it. Bylines and dates are invented for the test: what
// was collected has none.
//
// A fresh project, editor and reviewers: sources are desk-wide (the AP page joins the seeded AP
// source by its canonical domain), but every source figure is of the caller's projects, and this
// editor works in this project only, so the counts are this spec's own.
import { readFileSync } from 'node:fs';
import type { APIRequestContext, Locator, Page } from '@playwright/test';
import { uniqueTag } from '../fixtures/accounts';
import { annotationForm, openArticle, selectPassage, selectionToolbar, workspaceNotice } from '../fixtures/annotations';
import { ARTICLE_PATH, articleBody, currentArticle } from '../fixtures/article-page';
import { type Person, addMember, createPerson, pageAs } from '../fixtures/people';
import { LABELS, type Label } from '../../lib/vocabulary';
import { FORMATS } from '../../i18n/formats';
import { expect, test } from '../fixtures/test';

test.describe.configure({ mode: 'serial' });

const SAMPLES = new URL('../../prisma/seed-data/articles/', import.meta.url);
const TROOPS_LINES = readFileSync(new URL('russian-troops-in-iran.txt', SAMPLES), 'utf8').split('\n');
const AP_LINES = readFileSync(new URL('complexities-in-the-russia-iran-alliance.txt', SAMPLES), 'utf8').split('\n');

const LABEL_NAME: Record<Label, string> = { claim: 'Claim', opinion: 'Opinion', unsupported: 'Unsupported' };

// --- What is marked -----------------------------------------------------------------------------

/** The framing the claim is about, in each article. */
const TROOPS_FRAMING = 'Russian Troops In Iran';
const AP_FRAMING = 'The enduring alliance between Russia and Iran';

type Mark = { passage: string; labels: readonly [Label | null, Label | null, Label | null] };

/**
 * Each reviewer's label per passage (null: not marked). The Troops claim and the overlap share
 * "a united front" (14 characters, under half the shorter span), so they stay two passages whose
 * extents overlap: those characters count once, under the passage with more votes.
 */
const TROOPS_MARKS: readonly Mark[] = [
  { passage: TROOPS_FRAMING, labels: ['unsupported', 'unsupported', 'unsupported'] },
  { passage: 'The geopolitical landscape of the Middle East is a complex tapestry', labels: ['opinion', 'claim', 'unsupported'] },
  { passage: 'Moscow and Tehran are increasingly presenting a united front', labels: ['claim', 'claim', 'unsupported'] },
  { passage: 'a united front, challenging established norms and reshaping the geopolitical chessboard', labels: [null, null, 'opinion'] },
];
const AP_MARKS: readonly Mark[] = [
  { passage: AP_FRAMING, labels: ['unsupported', 'unsupported', 'unsupported'] },
  { passage: 'At a meeting held on October 11, 2024, Russian President Vladimir Putin and Iranian President Masoud Pezeshkian formalized a broad agreement', labels: ['claim', 'claim', 'claim'] },
  { passage: 'skepticism persists within Iran regarding Russia’s reliability', labels: ['opinion', 'unsupported', 'claim'] },
];
/** The editor's ruling on a passage without a majority (a three-way tie); any other disputed passage gets its majority label. */
const TIE_VERDICTS: Record<string, Label> = {
  'The geopolitical landscape of the Middle East is a complex tapestry': 'opinion',
  'skepticism persists within Iran regarding Russia’s reliability': 'claim',
};

/** Each reviewer's signal answers (question → option label), the same on both articles but for the headline. */
const SIGNALS: readonly Record<string, string>[] = [
  { 'Is the title clickbait?': 'Yes', 'How many sources does the article cite?': '2–4', 'What kind of source does the article rely on most?': 'Officials' },
  { 'Is the title clickbait?': 'Somewhat', 'How many sources does the article cite?': '2–4', 'What kind of source does the article rely on most?': 'Other outlets' },
  { 'Is the title clickbait?': 'Yes', 'How many sources does the article cite?': '5 or more', 'What kind of source does the article rely on most?': 'Officials' },
];
const HEADLINE_SIGNAL = 'Does the headline represent the body of the article?';
const HEADLINE_ANSWERS = { troops: ['Not at all', 'Not at all', 'Partly'], ap: ['Fully', 'Fully', 'Partly'] } as const;

// --- The outlets' pages ---------------------------------------------------------------------------

/** A date as the English interface shows it (next-intl's named "date" format, in UTC). */
const shownDate = (iso: string) => new Intl.DateTimeFormat('en', { ...FORMATS.dateTime.date, timeZone: 'UTC' }).format(new Date(iso));

type Outlet = { name: string; siteName: string; domain: string; byline: string; publishedAt: string; modifiedAt: string };

const AP: Outlet = { name: 'The Associated Press', siteName: 'AP News', domain: 'apnews.com', byline: 'Jordan Vale', publishedAt: '2025-01-17T14:05:00Z', modifiedAt: '2025-01-17T16:40:00Z' };
const GAR: Outlet = { name: 'Global Affairs Review', siteName: 'Global Affairs Review', domain: 'globalaffairsreview.example', byline: 'Mara Quinn', publishedAt: '2025-01-20T09:30:00Z', modifiedAt: '2025-01-21T08:00:00Z' };

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A news page as an outlet serves it: metadata in the head, navigation and related links around the article. */
function newsPage(outlet: Outlet, headline: string, canonical: string, bodyHtml: string, related: string[]): string {
  const jsonLd = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline,
    datePublished: outlet.publishedAt,
    dateModified: outlet.modifiedAt,
    author: [{ '@type': 'Person', name: outlet.byline }],
    publisher: { '@type': 'Organization', name: outlet.name, url: `https://${outlet.domain}/` },
    mainEntityOfPage: { '@type': 'WebPage', '@id': canonical },
  };
  return `<!doctype html>
<html lang="en"><head>
<meta charset="utf-8">
<title>${escapeHtml(headline)} | ${escapeHtml(outlet.siteName)}</title>
<link rel="canonical" href="${canonical}">
<meta property="og:type" content="article">
<meta property="og:title" content="${escapeHtml(headline)}">
<meta property="og:site_name" content="${escapeHtml(outlet.siteName)}">
<meta property="og:url" content="${canonical}">
<meta property="article:published_time" content="${outlet.publishedAt}">
<script type="application/ld+json">${JSON.stringify(jsonLd).replace(/</g, '\\u003c')}</script>
</head><body>
<nav class="site-nav"><a href="/">Home</a> <a href="/world">World</a> <a href="/newsletters">Newsletters</a></nav>
<main><article>
<h1>${escapeHtml(headline)}</h1>
<p class="byline">By ${escapeHtml(outlet.byline)}</p>
${bodyHtml}
</article>
<aside class="related"><h2>Related</h2><ul>${related.map((title) => `<li><a href="/related">${escapeHtml(title)}</a></li>`).join('')}</ul></aside>
</main>
<footer class="site-footer"><p>Copyright ${escapeHtml(outlet.siteName)}. All rights reserved.</p></footer>
</body></html>`;
}

/** The analysis piece: short lines are its section headings, "- " lines its table of contents; the last three lines were related-link captions. */
function troopsPage(headline: string, canonical: string): string {
  const body = TROOPS_LINES.slice(1, 56);
  const html: string[] = [];
  let list: string[] = [];
  for (const line of body) {
    if (line.startsWith('- ')) {
      list.push(`<li>${escapeHtml(line.slice(2))}</li>`);
      continue;
    }
    if (list.length > 0) {
      html.push(`<ul>${list.join('')}</ul>`);
      list = [];
    }
    html.push(line.length < 80 && !/[.!?"”]$/.test(line) ? `<h2>${escapeHtml(line)}</h2>` : `<p>${escapeHtml(line)}</p>`);
  }
  const related = TROOPS_LINES.slice(56).filter((line) => line.trim());
  return newsPage(GAR, headline, canonical, html.join('\n'), related);
}

/** The wire report: its paragraphs; the "Original Source:" line was the collector's, the page says it in its metadata. */
function apPage(headline: string, canonical: string): string {
  const paragraphs = AP_LINES.slice(1).filter((line) => line.trim() && !line.startsWith('Original Source:'));
  return newsPage(AP, headline, canonical, paragraphs.map((line) => `<p>${escapeHtml(line)}</p>`).join('\n'), ['Iran and Russia sign a partnership treaty']);
}

// --- Figures from their definitions -----------------------------------------------------------------

type ConsensusJson = {
  article: { id: string; title: string; status: string; text: string };
  passages: { start: number; end: number; exact: string; votes: unknown[]; label: Label | null; state: string; verdict: { label: Label } | null }[];
  unadjudicatedDisputes: number;
  summary: { charsByLabel: Record<Label, number>; unsupportedShareOfClaims: number | null; alpha: number | null };
};

async function consensusOf(api: APIRequestContext, articleId: string): Promise<ConsensusJson> {
  const response = await api.get(`/api/articles/${articleId}/consensus`);
  expect(response.status(), `GET /api/articles/${articleId}/consensus`).toBe(200);
  return (await response.json()) as ConsensusJson;
}

/**
 * Characters under each final label, straight from the definition: a passage's final label is
 * the editor's verdict where there is one, else the label with more votes than any other (none on
 * a tie); each character counts once, under the passage covering it with the most votes (on a
 * tie the one earlier in the text), and under no label when that passage has none.
 */
function charactersByFinalLabel(passages: ConsensusJson['passages']): Record<Label, number> {
  const chars: Record<Label, number> = { claim: 0, opinion: 0, unsupported: 0 };
  const ordered = [...passages].sort((a, b) => a.start - b.start || a.end - b.end);
  const from = Math.min(...ordered.map((passage) => passage.start));
  const to = Math.max(...ordered.map((passage) => passage.end));
  for (let at = from; at < to; at += 1) {
    let owner: (typeof ordered)[number] | null = null;
    for (const passage of ordered) if (passage.start <= at && at < passage.end && (owner === null || passage.votes.length > owner.votes.length)) owner = passage;
    const label = owner ? (owner.verdict?.label ?? owner.label) : null;
    if (label) chars[label] += 1;
  }
  return chars;
}

type ArticleFigures = { articleId: string; alpha: number | null; chars: Record<Label, number>; passagesByLabel: Record<Label, number>; claimBearingChars: number; unsupportedChars: number; unsupportedShare: number | null };

function figuresOf(view: ConsensusJson): ArticleFigures {
  const chars = charactersByFinalLabel(view.passages);
  const passagesByLabel: Record<Label, number> = { claim: 0, opinion: 0, unsupported: 0 };
  for (const passage of view.passages) {
    const label = passage.verdict?.label ?? passage.label;
    if (label) passagesByLabel[label] += 1;
  }
  const claimBearingChars = chars.claim + chars.unsupported;
  return { articleId: view.article.id, alpha: view.summary.alpha, chars, passagesByLabel, claimBearingChars, unsupportedChars: chars.unsupported, unsupportedShare: claimBearingChars > 0 ? chars.unsupported / claimBearingChars : null };
}

/** A share as the page may print it: whole percent or one decimal. */
function percentPattern(share: number): RegExp {
  const whole = `${Math.round(share * 100)}%`;
  const tenth = `${(share * 100).toFixed(1)}%`;
  return new RegExp(`(${escapeRegExp(whole)}|${escapeRegExp(tenth)})`);
}

// --- The people's work in the browser ----------------------------------------------------------------

async function tag(page: Page, passage: string, label: Label): Promise<void> {
  await selectPassage(page, passage);
  await selectionToolbar(page).getByRole('button', { name: new RegExp(`^${LABEL_NAME[label]}\\b`) }).click();
  const form = annotationForm(page, 'New annotation');
  await expect(form.locator('blockquote')).toHaveText(passage);
  await form.getByLabel('Rationale').fill(`Read as ${label}.`);
  await form.getByRole('button', { name: 'Save annotation' }).click();
  await expect(form).toBeHidden();
  await expect(workspaceNotice(page)).toHaveText(`Saved as ${label}.`);
}

async function answerSignals(page: Page, answers: Record<string, string>): Promise<void> {
  const signals = page.getByRole('region', { name: 'Signals' });
  for (const [question, option] of Object.entries(answers)) {
    const group = signals.getByRole('group', { name: question });
    await group.getByRole('radio', { name: option, exact: true }).check();
    await expect(group.getByRole('radio', { name: option, exact: true })).toBeChecked();
    // Every group is disabled while an answer is being saved.
    await expect(group).toBeEnabled();
  }
}

async function submitReview(page: Page, count: number): Promise<void> {
  await page.getByRole('region', { name: 'Your review' }).getByRole('button', { name: 'Submit review' }).click();
  const dialog = page.getByRole('dialog', { name: 'Submit your review?' });
  await expect(dialog).toContainText(`You are submitting ${count} annotation${count === 1 ? '' : 's'}.`);
  await dialog.getByRole('button', { name: 'Submit review' }).click();
  await expect(workspaceNotice(page)).toHaveText("Review submitted. You now see the other reviewers' annotations.");
}

/** A passage's row in the consensus worklist, by its quote. */
function passageRow(page: Page, exact: string): Locator {
  return page.getByRole('region', { name: 'Passages' }).getByRole('article', { name: new RegExp(`^[A-Za-z]+: ${escapeRegExp(exact)} — `) });
}

async function importByUrl(page: Page, url: string, projectName: string): Promise<string> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Import', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Import an article', level: 1 })).toBeVisible();
  // The editor's only project is preselected.
  const project = page.getByRole('main').getByLabel('Project');
  await expect(project).toHaveValue(/.+/);
  await expect(project.locator('option:checked')).toHaveText(projectName);
  await page.getByRole('tab', { name: 'From a URL' }).click();
  await page.getByLabel('Article URL').fill(url);
  await page.getByRole('button', { name: 'Import article' }).click();
  await expect(page).toHaveURL(ARTICLE_PATH);
  return new URL(page.url()).pathname.split('/').pop()!;
}

/** The outlet, byline and date the page stated, as the article page shows them. */
async function expectMetadataShown(page: Page, outlet: Outlet, headline: string, url: string, canonical: string): Promise<{ sourceId: string }> {
  const article = (await currentArticle(page)) as Awaited<ReturnType<typeof currentArticle>> & { canonicalUrl: string | null; publishedAt: string | null; modifiedAt: string | null };
  expect(article).toMatchObject({
    title: headline,
    publisher: outlet.name,
    byline: outlet.byline,
    sourceUrl: url,
    canonicalUrl: canonical,
    publishedAt: new Date(outlet.publishedAt).toISOString(),
    modifiedAt: new Date(outlet.modifiedAt).toISOString(),
  });
  expect(article.source?.name).toBe(outlet.name);
  await expect(articleBody(page).getByRole('heading', { level: 1, name: headline })).toBeVisible();
  const main = page.getByRole('main');
  await expect(main.getByRole('link', { name: outlet.name, exact: true })).toHaveAttribute('href', `/sources/${article.source!.id}`);
  await expect(main.getByText(`By ${outlet.byline}`, { exact: true })).toBeVisible();
  await expect(main.getByText(`Published ${shownDate(outlet.publishedAt)}`, { exact: true })).toBeVisible();
  // The page around the article stayed out.
  await expect(articleBody(page)).not.toContainText('Newsletters');
  await expect(articleBody(page)).not.toContainText('All rights reserved');
  return { sourceId: article.source!.id };
}

// --- The round -----------------------------------------------------------------------------------------

test('a source-reliability round: two outlets imported by URL, three reviewers, one claim across both articles, published figures recomputed', async ({ browser, baseURL, apiAs, servePages }) => {
  test.setTimeout(240_000);
  const admin = await apiAs('admin');
  const runTag = uniqueTag();
  const projectName = `Source round ${runTag}`;

  const [editor, ...reviewerList] = await Promise.all([
    createPerson(admin, { role: 'editor', label: 'srcround-ed' }),
    createPerson(admin, { label: 'srcround-r1' }),
    createPerson(admin, { label: 'srcround-r2' }),
    createPerson(admin, { label: 'srcround-r3' }),
  ]);
  const reviewers = reviewerList as [Person, Person, Person];
  const created = await admin.post('/api/projects', { data: { name: projectName, description: 'Two outlets, one claim, published figures.' } });
  expect(created.status(), await created.text()).toBe(201);
  const { project } = (await created.json()) as { project: { id: string } };
  await addMember(admin, project.id, editor!, 'editor');
  for (const reviewer of reviewers) await addMember(admin, project.id, reviewer, 'reviewer');

  // Tagged headlines: the seeded samples' titles stay unique on the admin's dashboard.
  const troopsHeadline = `Russian Troops In Iran (e2e ${runTag}): Unpacking A Shifting Alliance`;
  const apHeadline = `Complexities in the Russia-Iran Alliance (e2e ${runTag}): A Troubled Historical Context`;
  const troopsCanonical = `https://www.${GAR.domain}/analysis/2025/01/russian-troops-in-iran-${runTag}`;
  const apCanonical = `https://apnews.com/article/russia-iran-partnership-history-${runTag}`;
  const site = await servePages({
    '/gar/russian-troops-in-iran.html': { body: troopsPage(troopsHeadline, troopsCanonical) },
    '/ap/russia-iran-alliance.html': { body: apPage(apHeadline, apCanonical) },
  });
  const troopsUrl = `${site.origin}/gar/russian-troops-in-iran.html`;
  const apUrl = `${site.origin}/ap/russia-iran-alliance.html`;

  const desk = await pageAs(browser, baseURL, editor!);
  const editorApi = desk.request;
  let troopsId = '';
  let apId = '';
  let troopsSource = '';
  let apSource = '';

  await test.step('the editor imports both pages by URL; each article page shows the outlet, byline and date from its metadata', async () => {
    troopsId = await importByUrl(desk, troopsUrl, projectName);
    troopsSource = (await expectMetadataShown(desk, GAR, troopsHeadline, troopsUrl, troopsCanonical)).sourceId;
    apId = await importByUrl(desk, apUrl, projectName);
    apSource = (await expectMetadataShown(desk, AP, apHeadline, apUrl, apCanonical)).sourceId;
    expect(apSource).not.toBe(troopsSource);
    expect(site.requests.map((request) => request.path)).toEqual(['/gar/russian-troops-in-iran.html', '/ap/russia-iran-alliance.html']);
  });

  const articles = [
    { key: 'troops' as const, id: () => troopsId, marks: TROOPS_MARKS },
    { key: 'ap' as const, id: () => apId, marks: AP_MARKS },
  ];
  /** One reviewer's whole round in their own browser: both articles marked with the mouse, the signals, submit. */
  async function review(reviewer: Person, index: number): Promise<void> {
    const page = await pageAs(browser, baseURL, reviewer);
    for (const article of articles) {
      await openArticle(page, article.id());
      let count = 0;
      for (const mark of article.marks) {
        const label = mark.labels[index];
        if (!label) continue;
        await tag(page, mark.passage, label);
        count += 1;
      }
      await answerSignals(page, { [HEADLINE_SIGNAL]: HEADLINE_ANSWERS[article.key][index]!, ...SIGNALS[index] });
      await submitReview(page, count);
    }
    await page.context().close();
  }
  await test.step('three reviewers, side by side, annotate both articles with the mouse, answer the signals and submit', async () => {
    await Promise.all(reviewers.map((reviewer, index) => review(reviewer, index)));
  });

  await test.step('the editor sees the signals answered by all three', async () => {
    await desk.goto(`/articles/${troopsId}/consensus`);
    await desk.getByRole('tab', { name: 'Figures and heat map' }).click();
    const item = desk.getByRole('region', { name: 'Signals' }).getByRole('listitem', { name: HEADLINE_SIGNAL });
    await expect(item).toContainText('3 answers on this article');
    await expect(item.getByRole('definition').first()).toHaveText('Not at all');
    await desk.getByRole('tab', { name: 'Passages' }).click();
  });

  let claimId = '';
  await test.step('on the first article the editor makes a claim of the "Russian troops in Iran" framing', async () => {
    const row = passageRow(desk, TROOPS_FRAMING);
    await row.getByRole('button', { name: 'Adjudicate' }).click();
    const link = row.getByRole('region', { name: 'Link to claim' });
    await link.getByRole('button', { name: 'Link to claim' }).click();
    await expect(link.getByLabel('New claim from this passage')).toHaveValue(TROOPS_FRAMING);
    await link.getByRole('button', { name: 'Create claim and link' }).click();
    const status = row.getByRole('status').filter({ hasText: 'Linked to the claim' });
    await expect(status).toHaveText(`Linked to the claim ${TROOPS_FRAMING}.`);
    claimId = (await status.getByRole('link').getAttribute('href'))!.split('/').pop()!;
    expect(claimId).toMatch(/^[0-9a-f-]{36}$/);
  });

  await test.step('on the second article "Link to claim" offers that claim for the framing passage, and the editor links it', async () => {
    await desk.goto(`/articles/${apId}/consensus`);
    const row = passageRow(desk, AP_FRAMING);
    await row.getByRole('button', { name: 'Adjudicate' }).click();
    const link = row.getByRole('region', { name: 'Link to claim' });
    await link.getByRole('button', { name: 'Link to claim' }).click();
    const offer = desk.getByRole('button', { name: `Link to the claim: ${TROOPS_FRAMING}`, exact: true });
    const offered = link.getByRole('listitem').filter({ has: offer });
    // Offered with its score, though the passage words it differently.
    await expect(offered).toContainText(/\(match \d+%\)/);
    await offered.getByRole('button').click();
    await expect(row.getByRole('status').filter({ hasText: 'Linked to the claim' })).toHaveText(`Linked to the claim ${TROOPS_FRAMING}.`);
  });

  await test.step("the editor rules on the claim on its page; it lists both appearances with their outlets", async () => {
    await desk.goto(`/claims/${claimId}`);
    await expect(desk.getByRole('heading', { level: 1, name: TROOPS_FRAMING })).toBeVisible();
    await expect(desk.getByRole('heading', { name: 'Appearances (2)' })).toBeVisible();
    for (const [title, outlet] of [[troopsHeadline, GAR], [apHeadline, AP]] as const) {
      await expect(desk.getByRole('row').filter({ has: desk.getByRole('link', { name: title }) })).toContainText(outlet.name);
    }
    await desk.getByLabel('Rating').selectOption({ label: 'Unsupported' });
    await desk.getByLabel('Explanation (public)').fill('Neither article documents Russian troops stationed in Iran; the first concedes no large-scale presence is known.');
    await desk.getByRole('button', { name: 'Save the verdict' }).click();
    await expect(desk.getByRole('status')).toHaveText('Verdict saved; it applies to every appearance.');
    await expect(desk.getByText(/^Verdict: Unsupported — Neither article documents/)).toBeVisible();
  });

  for (const article of articles) {
    await test.step(`the editor settles the disputes on the ${article.key} article and publishes it`, async () => {
      await desk.goto(`/articles/${article.id()}/consensus`);
      const before = await consensusOf(editorApi, article.id());
      const disputed = before.passages.filter((passage) => passage.state === 'disputed' && !passage.verdict);
      expect(disputed.length).toBe(before.unadjudicatedDisputes);
      expect(disputed.length).toBeGreaterThan(0);
      for (const passage of disputed) {
        const label = TIE_VERDICTS[passage.exact] ?? passage.label;
        expect(label, `a ruling for "${passage.exact}"`).toBeTruthy();
        const row = passageRow(desk, passage.exact);
        await row.getByRole('button', { name: 'Adjudicate' }).click();
        await row.getByRole('radiogroup', { name: 'Final label' }).getByRole('radio', { name: LABEL_NAME[label!], exact: true }).check();
        await row.getByLabel('Rating', { exact: true }).selectOption({ label: label === 'unsupported' ? 'Unsupported' : label === 'claim' ? 'Mixed' : 'Mostly false' });
        await row.getByLabel('Public explanation', { exact: true }).fill(`Settled as ${label}: the reviewers split.`);
        await row.getByRole('button', { name: 'Save verdict' }).click();
        await expect(row.getByRole('status').filter({ hasText: 'Verdict saved.' })).toBeVisible();
      }
      const publish = desk.getByRole('button', { name: 'Publish' });
      await expect(publish).toBeEnabled();
      await publish.click();
      const dialog = desk.getByRole('dialog', { name: 'Publish the verdicts?' });
      await dialog.getByRole('button', { name: 'Publish' }).click();
      await expect(dialog).toBeHidden();
      await expect(desk.getByRole('button', { name: 'Reopen', exact: true })).toBeVisible();
      expect((await consensusOf(editorApi, article.id())).article.status).toBe('published');
    });
  }

  const figures = new Map<string, ArticleFigures>();
  await test.step('the published consensus, recomputed from the definitions', async () => {
    for (const id of [troopsId, apId]) {
      const view = await consensusOf(editorApi, id);
      expect(view.unadjudicatedDisputes).toBe(0);
      figures.set(id, figuresOf(view));
    }
    const troops = figures.get(troopsId)!;
    const ap = figures.get(apId)!;
    // What the marks above make of it, by hand: the overlap's "a united front" counts once, as claim.
    const len = (text: string) => text.length;
    expect(troops.chars).toEqual({
      unsupported: len(TROOPS_FRAMING),
      claim: len('Moscow and Tehran are increasingly presenting a united front'),
      opinion: len('The geopolitical landscape of the Middle East is a complex tapestry') + len(', challenging established norms and reshaping the geopolitical chessboard'),
    });
    expect(ap.chars).toEqual({
      unsupported: len(AP_FRAMING),
      claim: len('At a meeting held on October 11, 2024, Russian President Vladimir Putin and Iranian President Masoud Pezeshkian formalized a broad agreement') + len('skepticism persists within Iran regarding Russia’s reliability'),
      opinion: 0,
    });
    // And they are the consensus page's own figures.
    for (const id of [troopsId, apId]) {
      const { summary } = await consensusOf(editorApi, id);
      expect(summary.charsByLabel).toEqual(figures.get(id)!.chars);
      expect(summary.unsupportedShareOfClaims).toBeCloseTo(figures.get(id)!.unsupportedShare!, 10);
    }
  });

  await test.step('/sources lists both outlets, each with its one article of this project', async () => {
    await desk.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Sources', exact: true }).click();
    await expect(desk.getByRole('heading', { level: 1, name: 'Sources' })).toBeVisible();
    const table = desk.getByRole('table', { name: 'Sources' });
    // By the column's header, so figures added beside it do not move the check.
    const articlesColumn = (await table.getByRole('columnheader').allTextContents()).findIndex((header) => header.trim() === 'Articles');
    expect(articlesColumn).toBeGreaterThan(0);
    for (const outlet of [GAR, AP]) {
      const row = table.getByRole('row').filter({ has: desk.getByRole('link', { name: outlet.name, exact: true }) });
      await expect(row).toContainText(outlet.domain);
      await expect(row.getByRole('cell').nth(articlesColumn)).toHaveText('1');
    }
    for (const [sourceId, outlet, headline] of [[troopsSource, GAR, troopsHeadline], [apSource, AP, apHeadline]] as const) {
      await desk.goto(`/sources/${sourceId}`);
      await expect(desk.getByRole('heading', { level: 1, name: outlet.name })).toBeVisible();
      const row = desk.getByRole('table', { name: `Articles from ${outlet.name} in your projects` }).getByRole('row').filter({ has: desk.getByRole('link', { name: headline }) });
      await expect(row).toContainText(outlet.byline);
      await expect(row).toContainText(shownDate(outlet.publishedAt));
      await expect(row).toContainText('Published');
    }
  });

  // ---------------------------------------------------------------------------------------------
  // Against the reliability profile's contract (GET /api/sources/<id> → source.reliability and
  // source.profile; the source page's figures), built on another branch: adjust here after merge.
  // ---------------------------------------------------------------------------------------------
  await test.step('the source profiles: API figures equal the recomputation; the pages show the share, "Not enough data" and the claim', async () => {
    type Profile = {
      source: {
        id: string;
        name: string;
        domains: string[];
        articles: number;
        reliability: {
          method: string;
          level: number;
          minimumArticles: number;
          articlesReviewed: number;
          claimBearingArticles: number;
          claimBearingChars: number;
          unsupportedChars: number;
          unsupportedShare: number | null;
          interval: { low: number; high: number } | null;
          enoughData: boolean;
        };
        profile: {
          labelMix: Record<Label, { passages: number; characters: number }>;
          perArticle: { articleId: string; title: string; publishedAt: string | null; claimBearingChars: number; unsupportedChars: number; unsupportedShare: number | null; alpha: number | null }[];
          claims: { claimId: string; text: string; verdict: { rating: string; ratingName: string } | null; appearances: number }[];
        };
      };
    };
    for (const [sourceId, outlet, articleId, headline] of [[troopsSource, GAR, troopsId, troopsHeadline], [apSource, AP, apId, apHeadline]] as const) {
      const expected = figures.get(articleId)!;
      const response = await editorApi.get(`/api/sources/${sourceId}`);
      expect(response.status()).toBe(200);
      const { source } = (await response.json()) as Profile;
      expect(source).toMatchObject({ id: sourceId, name: outlet.name, articles: 1 });
      expect(source.domains).toContain(outlet.domain);

      // Pooled over the source's published articles: here, one, below the minimum of three, so the
      // pooled share and its interval are withheld while the characters behind them are given.
      expect(source.reliability).toEqual({
        method: 'article-bootstrap',
        level: 0.95,
        minimumArticles: 3,
        articlesReviewed: 1,
        claimBearingArticles: 1,
        claimBearingChars: expected.claimBearingChars,
        unsupportedChars: expected.unsupportedChars,
        unsupportedShare: null,
        interval: null,
        enoughData: false,
      });
      for (const label of LABELS) expect(source.profile.labelMix[label], label).toEqual({ passages: expected.passagesByLabel[label], characters: expected.chars[label] });

      expect(source.profile.perArticle).toHaveLength(1);
      const [perArticle] = source.profile.perArticle;
      expect(perArticle).toMatchObject({
        articleId,
        title: headline,
        publishedAt: new Date(outlet.publishedAt).toISOString(),
        claimBearingChars: expected.claimBearingChars,
        unsupportedChars: expected.unsupportedChars,
        alpha: expected.alpha,
      });
      expect(perArticle!.unsupportedShare).toBeCloseTo(expected.unsupportedShare!, 10);

      const claim = source.profile.claims.find((entry) => entry.claimId === claimId);
      // Its appearances in this source's published articles: one each.
      expect(claim, 'the claim is on the profile').toMatchObject({ claimId, text: TROOPS_FRAMING, appearances: 1 });
      expect(claim!.verdict).toMatchObject({ rating: 'unsupported', ratingName: 'Unsupported' });

      await desk.goto(`/sources/${sourceId}`);
      const main = desk.getByRole('main');
      await expect(main).toContainText('Not enough data');
      // The per-article row of the profile (the one with a percentage, not the plain article list).
      const articleRow = main.getByRole('row').filter({ hasText: headline }).filter({ hasText: '%' });
      await expect(articleRow).toContainText(percentPattern(expected.unsupportedShare!));
      // The claim, linked to its page, with its verdict.
      const claimLink = desk.getByRole('link', { name: TROOPS_FRAMING, exact: true });
      await expect(main.getByRole('link', { name: TROOPS_FRAMING, exact: true })).toHaveAttribute('href', `/claims/${claimId}`);
      await expect(main.locator('li, tr').filter({ has: claimLink })).toContainText('Unsupported');
    }
  });

  await desk.context().close();
});
