// The article page with 500 highlights from 10 reviewers, in headless Chromium:
// time until it is interactive (text, highlights and panel rendered) and time
// to add a highlight (select → key 1 → Enter → drawn), against the same page
// with no highlights. The "bare page" is a copy of the same article (same text, same
// page chrome, same editor, same signed-in editor) that nobody has annotated.
// Each open also reports where the browser spent it (Performance.getMetrics:
// script, style, layout), the HTML's size and the DOM's node count.
// --profile: one more open and add of the busy page under the CDP profiler, then
// its top self-time items (production bundles: names as the minifier left them).
// Run: npm run build && npx tsx bench/annotation-page.ts [--profile]
import { existsSync } from 'node:fs';
import { type CDPSession, type Page, chromium } from '@playwright/test';
import { LABELS } from '../lib/vocabulary';
import { api, createReviewers, formatMs, signIn, startApp, summarise } from './support';
import { formatSummary, summariseProfile } from './support/cpu-profile';

const HIGHLIGHTS = Number(process.env.BENCH_HIGHLIGHTS ?? 500);
const REVIEWERS = 10;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const PROFILE = process.argv.includes('--profile');

const app = await startApp();
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined),
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const editor = await signIn(app.baseUrl, 'editor@example.org', app.password);
  const { articles } = await api<{ articles: { id: string; title: string }[] }>(app.baseUrl, editor, 'GET', '/api/articles');
  const busy = articles.find((article) => article.title.startsWith('Russian Troops'))!;
  // An empty copy of the same article, so the two pages differ only in their highlights.
  const { article: full } = await api<{ article: { text: string; title: string; projectId: string } }>(app.baseUrl, editor, 'GET', `/api/articles/${busy.id}`);
  const { article: quiet } = await api<{ article: { id: string } }>(app.baseUrl, editor, 'POST', '/api/articles', { title: `${full.title} (copy)`, text: full.text.split('\n').slice(1).join('\n') });

  const reviewers = await createReviewers(app, REVIEWERS, `page-${Date.now()}`, full.projectId);
  const phrases = [...full.text.matchAll(/\S+(?: \S+){2,7}/g)];
  for (let i = 0; i < HIGHLIGHTS; i++) {
    const match = phrases[(i * 7) % phrases.length]!;
    await api(app.baseUrl, reviewers[i % REVIEWERS]!, 'POST', `/api/articles/${busy.id}/annotations`, {
      label: LABELS[i % 3],
      start: match.index,
      end: match.index + match[0].length,
      exact: match[0],
    });
  }

  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const [name, value] = editor.split('; ').find((cookie) => cookie.startsWith('next-auth.session-token='))!.split(/=(.*)/s);
  await context.addCookies([{ name: name!, value: value!, url: app.baseUrl }]);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');

  const open = async (articleId: string, expected: number) => {
    const response = await page.goto(`${app.baseUrl}/articles/${articleId}`);
    await page.waitForFunction((count) => document.querySelectorAll('.ProseMirror').length === 1 && document.querySelectorAll('[data-badge]').length >= count, expected);
    return { htmlBytes: (await response!.body()).length, nodes: await page.evaluate('document.getElementsByTagName("*").length') as number };
  };
  const add = async (round: number, expected: number) => {
    await selectWords(page, round);
    await page.keyboard.press('1');
    // The form focuses its Rationale box; Enter there saves. (Not getByLabel: Playwright would
    // work out the accessible name of every element on the page, a cost of the harness, not the app.)
    await page.waitForFunction(() => document.activeElement?.tagName === 'TEXTAREA');
    await page.keyboard.press('Enter');
    await page.waitForFunction((count) => document.querySelectorAll('[data-badge]').length >= count + 1, expected);
  };

  type Side = { articleId: string; expected: number; opens: number[]; adds: number[]; costs: Cost[]; addCosts: Cost[]; shape: { htmlBytes: number; nodes: number } };
  const side = (articleId: string, expected: number): Side => ({ articleId, expected, opens: [], adds: [], costs: [], addCosts: [], shape: { htmlBytes: 0, nodes: 0 } });
  const round = async (at: Side, nth: number) => {
    const t0 = performance.now();
    at.shape = await open(at.articleId, at.expected);
    at.opens.push(performance.now() - t0);
    // A new document's counters start from zero with it: they are the open's.
    at.costs.push(await metrics(cdp));
    await settled(page);
    const beforeAdd = await metrics(cdp);
    const t1 = performance.now();
    await add(nth, at.expected);
    at.adds.push(performance.now() - t1);
    at.addCosts.push(costSince(beforeAdd, await metrics(cdp)));
    at.expected += 1;
  };
  const results = (at: Side) => ({ open: summarise(at.opens), add: summarise(at.adds), cost: medianCost(at.costs), addCost: medianCost(at.addCosts), shape: at.shape, expected: at.expected });

  // The two pages take turns, so that a change in the machine's load (it is shared) weighs on both alike.
  const busySide = side(busy.id, HIGHLIGHTS);
  const quietSide = side(quiet.id, 0);
  for (let nth = 0; nth < ROUNDS; nth++) {
    await round(busySide, nth);
    await round(quietSide, nth);
  }
  const withHighlights = results(busySide);
  const without = results(quietSide);
  const line = (label: string, s: ReturnType<typeof summarise>) => console.log(`${label.padEnd(44)} median ${formatMs(s.p50)}  max ${formatMs(s.max)}  (n=${s.n})`);
  line(`open, ${HIGHLIGHTS} highlights from ${REVIEWERS} reviewers`, withHighlights.open);
  line('open, no highlights', without.open);
  line(`add a highlight, ${HIGHLIGHTS} present`, withHighlights.add);
  line('add a highlight, none present', without.add);
  console.log(`ratio open: ${(withHighlights.open.p50 / without.open.p50).toFixed(2)}   ratio add: ${(withHighlights.add.p50 / without.add.p50).toFixed(2)}`);
  const where = (label: string, { cost, shape }: typeof without) =>
    console.log(`${label.padEnd(44)} main thread ${formatMs(cost.task)} (script ${formatMs(cost.script)}, style ${formatMs(cost.style)}, layout ${formatMs(cost.layout)}); HTML ${(shape.htmlBytes / 1024).toFixed(0)} kB, ${shape.nodes} elements`);
  where('where an open went, with highlights', withHighlights);
  where('where an open went, none', without);
  const mainThread = (s: typeof without) => `${formatMs(s.addCost.task)} (script ${formatMs(s.addCost.script)})`;
  console.log(`${'main thread per add, with highlights / none'.padEnd(44)} ${mainThread(withHighlights)} / ${mainThread(without)}`);
  console.log(`main-thread ratio open: ${(withHighlights.cost.task / without.cost.task).toFixed(2)}   add: ${(withHighlights.addCost.task / without.addCost.task).toFixed(2)}`);

  if (PROFILE) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    for (const what of ['open', 'add'] as const) {
      if (what === 'add') await settled(page);
      await cdp.send('Profiler.start');
      if (what === 'open') await open(busy.id, withHighlights.expected);
      else await add(ROUNDS, withHighlights.expected);
      const { profile } = await cdp.send('Profiler.stop');
      console.log(`\nprofile of one ${what} with ${HIGHLIGHTS} highlights (self time):`);
      console.log(formatSummary(summariseProfile({ ...profile, samples: profile.samples ?? [], timeDeltas: profile.timeDeltas ?? [] }, { top: 20 })));
    }
  }
  await context.close();
} finally {
  await browser.close();
  await app.stop();
}

type Cost = { task: number; script: number; style: number; layout: number };

/** The page's main-thread time so far (ms), by kind, from the renderer's own counters. */
async function metrics(cdp: CDPSession): Promise<Cost> {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  const value = (name: string) => (list.find((metric) => metric.name === name)?.value ?? 0) * 1000;
  return { task: value('TaskDuration'), script: value('ScriptDuration'), style: value('RecalcStyleDuration'), layout: value('LayoutDuration') };
}

/** What a step within one document cost: the counters' growth. */
function costSince(before: Cost, after: Cost): Cost {
  return { task: after.task - before.task, script: after.script - before.script, style: after.style - before.style, layout: after.layout - before.layout };
}

function medianCost(costs: Cost[]): Cost {
  const median = (key: keyof Cost) => summarise(costs.map((cost) => cost[key])).p50;
  return { task: median('task'), script: median('script'), style: median('style'), layout: median('layout') };
}

/** The page is done loading: the add is timed from here (the panel fills a long list when the browser is idle, aria-busy meanwhile). */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'));
}

/** Selects a few words of the nth paragraph as a mouse would (a DOM range), which ProseMirror picks up. */
async function selectWords(page: Page, nth: number): Promise<void> {
  await page.locator('.ProseMirror').focus();
  // A string, not a function: tsx's name-keeping helper does not exist in the page.
  await page.evaluate(`(() => {
    const paragraphs = [...document.querySelectorAll('.ProseMirror > p')];
    let node = null;
    for (let step = 0; !node && step < paragraphs.length; step++) {
      const paragraph = paragraphs[(${nth} * 3 + 1 + step) % paragraphs.length];
      // Skip the label badges (widgets, not article text) and tiny fragments.
      const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT, {
        acceptNode(candidate) {
          return candidate.parentElement.closest('[data-badge]') || candidate.textContent.length < 12 ? NodeFilter.FILTER_SKIP : NodeFilter.FILTER_ACCEPT;
        },
      });
      node = walker.nextNode();
    }
    const range = document.createRange();
    range.setStart(node, 0);
    range.setEnd(node, 12);
    const selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
  })()`);
  // CSS, not getByRole: Playwright would work out the role and name of every element on the page.
  await page.locator('[role="toolbar"][aria-label="Tag the selected passage"]').waitFor();
}
