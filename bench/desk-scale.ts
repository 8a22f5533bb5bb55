// Desk-scale latency (issue 16 part 4): a newsroom desk at human pace against the production
// server (`npm start`'s cluster: WEB_CONCURRENCY processes, one per core unless set) on a fresh
// database of DATABASE_URL's PostgreSQL, over loopback.
//
// - Reviewers (DESK_REVIEWERS, default 1,000; about DESK_REVIEWERS_PER_ARTICLE = 8 on each article,
//   so 125 articles) each open their article's page (the HTML: the page renders its annotations, and
//   makes no API call on opening; the first page also reads the interface's catalogue, which the
//   browser then keeps: GET /api/i18n/:locale), then every 20–40 s (uniform) save an annotation on a span of it,
//   or one time in five edit one of their own (label, rationale, a piece of evidence). A review takes
//   6–14 such turns (3–7 minutes); then the reviewer submits it, as the page does (POST submit, then
//   the list of annotations and a refresh of the page: an RSC request), and opens the next article.
//   The desk is in its steady state from the start: each reviewer begins part-way through a review
//   (1 to all of its turns left), so reviews are submitted all through the run at the rate a desk
//   of that size submits them. --submit-burst instead has every reviewer submit once, at a moment
//   drawn from the last 30% of the window (a deadline: in a 60 s sweep step, 500 reviewers submit
//   within 18 s).
// - Editors (DESK_EDITORS, default 20) every 20–40 s open the consensus page of the next article
//   (the HTML, and the consensus API as a script or the desk's other tools would read it) and keep
//   its live-updates stream open with presence, as the page does (GET /api/events?article=&presence=1),
//   refreshing the page (RSC request) when a change is told, gathered as the page gathers them
//   (components/live/refresh-delay.ts: at most once a second; a pending reviewer's draft in the slow lane, 10 s,
//   where a refresh that folds in drafts only reads the progress panels as JSON: GET /api/articles/:id/reviews
//   and /assignments, as components/consensus/review-progress.tsx does).
// - One bulk CSV export (GET /api/exports?format=csv) is started a third into the run and read to
//   the last byte; its latency is the time to its first byte (the download's length grows with
//   the desk, and is printed apart).
//
// Every virtual person is a VirtualBrowser (bench/support/browser.ts): its own keep-alive
// connections, compressed answers, a session cookie made before the run (bench/support/session-cookies.ts:
// a thousand sign-ins would be minutes of argon2, not what is measured). They arrive spread over
// the first DESK_RAMP_SECONDS (unless set, 30 per 1,000 reviewers and at least 30: the same arrival
// rate at every size); the ramp is not measured. The measured window is DESK_SECONDS
// (300) after it: requests that start in it are counted.
//
// Prints per endpoint count, p50, p95, p99, max and errors (any non-2xx or no answer, during the
// ramp too); CPU and RSS of the server processes (primary and workers), PostgreSQL's backends for the
// database, and this load generator, which runs on the same cores as the server; and a PASS/FAIL line
// for "p99 under 300 ms on every endpoint and no errors".
//
// --sweep: runs steps of DESK_SWEEP_SECONDS (60) measured seconds after the ramp at growing desks
// (DESK_SWEEP_SIZES, default 250,500,1000,1500,2000,3000,4000 reviewers; a fresh database and server
// each) until a step fails, and prints the largest desk that passed.
// --costs: no load; the server CPU of each kind of request, one at a time on one server process, with
// the desk's data in place (bench/support/desk-costs.ts): what the desk costs on any machine;
// with --profile as well, the top self-time items of each under `node --cpu-prof`.
// Flags override the environment: --reviewers=N --editors=N --seconds=N --ramp=N --sizes=a,b,c.
// To find where a slow request went: BENCH_SERVER_LOG=<file> keeps the server's log (a line per
// request, with its process and handler time) and DESK_SLOW_LOG=<file> lists every request over
// DESK_SLOW_MS (1,000) with the request id it was sent with, to be looked up in that log.
//
// Run: npm run build && DATABASE_URL=postgresql://postgres@127.0.0.1:5432/postgres npx tsx bench/desk-scale.ts [--sweep]
import { createWriteStream } from 'node:fs';
import os from 'node:os';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { laneOf, refreshScheduler } from '../components/live/refresh-delay';
import type { AnnotationView } from '../lib/views/annotation-views';
import type { LiveChangeEvent } from '../lib/views/live-views';
import { CONFIDENCES, LABELS } from '../lib/vocabulary';
import { formatMs, summarise } from './support';
import { VirtualBrowser, type BrowserReply } from './support/browser';
import { cleanupOnExit } from './support/cleanup';
import { assertLoopbackDatabase, sleep, wordSpans } from './support/desk';
import { measureRequestCosts } from './support/desk-costs';
import { type DeskSetup, prepareDesk } from './support/desk-setup';
import { EndpointStats, type EndpointSummary, parseJson, printTable } from './support/http-client';
import { type CpuSampling, sampleCpu, postgresBackendsOf } from './support/process-stats';

const argv = process.argv.slice(2);
const flag = (name: string) => argv.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3);
function setting(name: string, envName: string, fallback: number): number {
  const raw = flag(name) ?? process.env[envName];
  const value = raw === undefined ? fallback : Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new Error(`--${name} / ${envName} must be a whole number, not ${raw}`);
  return value;
}

const SWEEP = argv.includes('--sweep');
const COSTS = argv.includes('--costs');
const REVIEWERS = setting('reviewers', 'DESK_REVIEWERS', 1_000);
const EDITORS = setting('editors', 'DESK_EDITORS', 20);
const SECONDS = setting('seconds', SWEEP ? 'DESK_SWEEP_SECONDS' : 'DESK_SECONDS', SWEEP ? 60 : 300);
const RAMP_SECONDS = setting('ramp', 'DESK_RAMP_SECONDS', 30);
const RAMP_SET = flag('ramp') !== undefined || process.env.DESK_RAMP_SECONDS !== undefined;
/**
 * The ramp of a desk of `reviewers`: unless set, 30 s per 1,000 reviewers (at least 30), so every
 * desk arrives at the same rate. Each arrival opens a page (40–60 ms of server CPU): 1,500
 * arrivals in 30 s asked for more than two cores render, and the queue they left was still
 * draining when the window opened (p99 0.9 s in its first 6 s, then under 240 ms).
 */
function rampSecondsFor(reviewers: number): number {
  return RAMP_SET ? RAMP_SECONDS : Math.max(RAMP_SECONDS, Math.ceil((RAMP_SECONDS * reviewers) / 1_000));
}
const PER_ARTICLE = Math.max(1, setting('per-article', 'DESK_REVIEWERS_PER_ARTICLE', 8));
const SWEEP_SIZES = (flag('sizes') ?? process.env.DESK_SWEEP_SIZES ?? '250,500,1000,1500,2000,3000,4000').split(',').map(Number);
/** `npm start`'s own default on PostgreSQL: one server process per core. */
const PROCESSES = Number(process.env.WEB_CONCURRENCY ?? os.availableParallelism());
/** A person reads and selects for 20–40 s between two saves. */
const THINK_MS = [20_000, 40_000] as const;
/** Of a reviewer's turns once they have annotations, the share spent editing one instead of saving a new one. */
const EDIT_SHARE = 0.2;
/** Turns (saves or edits, one per think time) a review takes, uniform. */
const REVIEW_TURNS = [6, 14] as const;
/** --submit-burst: every review is submitted between 70% and 100% of the measured window. */
const SUBMIT_BURST = argv.includes('--submit-burst');
const SUBMIT_FROM = 0.7;
/** The bulk export starts a third into the window. */
const EXPORT_AT = 1 / 3;
const P99_LIMIT_MS = 300;
const CPU_SAMPLE_MS = 1_000;
const PIDS_REFRESH_MS = 5_000;

const ENDPOINTS = {
  articlePage: 'GET /articles/:id (page)',
  save: 'POST /api/articles/:id/annotations',
  edit: 'PATCH /api/annotations/:id',
  submit: 'POST /api/articles/:id/submit',
  annotations: 'GET /api/articles/:id/annotations',
  articleRefresh: 'GET /articles/:id (RSC refresh)',
  consensusPage: 'GET /articles/:id/consensus (page)',
  consensusApi: 'GET /api/articles/:id/consensus',
  events: 'GET /api/events?article&presence=1 (open)',
  eventsHeld: 'GET /api/events (stream held to close)',
  consensusRefresh: 'GET /articles/:id/consensus (RSC live refresh)',
  catalogue: 'GET /api/i18n/:locale (once per browser)',
  draftReviews: 'GET /api/articles/:id/reviews (drafts)',
  draftAssignments: 'GET /api/articles/:id/assignments (drafts)',
  export: 'GET /api/exports?format=csv (first byte)',
} as const;
/**
 * What a router.refresh() sends for the RSC payload instead of HTML. Without the router's state tree
 * the server renders the whole page, as a refresh does; `_rsc` is Next.js' cache-busting digest of
 * the router headers, empty when there are none (it answers 307 to the right one otherwise).
 */
const RSC_HEADERS = { rsc: '1' };
const rsc = (pathname: string) => `${pathname}?_rsc=`;

if (EDITORS < 1 || REVIEWERS < 1 || SWEEP_SIZES.some((size) => !Number.isInteger(size) || size < 1)) {
  throw new Error('a desk needs at least one reviewer and one editor (the bulk export is an editor\'s)');
}

const serverUrl = process.env.DATABASE_URL;
if (!serverUrl) {
  console.log('bench/desk-scale.ts needs DATABASE_URL (a PostgreSQL server on this machine: the embedded database serves one process).');
  process.exit(0);
}
assertLoopbackDatabase(serverUrl);

/** `find`'s answer, asked again once it is `ms` old. */
function refreshedEvery(ms: number, find: () => Promise<number[]>): () => Promise<number[]> {
  let found: { at: number; pids: Promise<number[]> } | null = null;
  return () => {
    if (!found || performance.now() - found.at > ms) found = { at: performance.now(), pids: find() };
    return found.pids;
  };
}

const uniform = (low: number, high: number) => low + Math.random() * (high - low);
const pick = <T>(items: readonly T[]): T => items[Math.floor(Math.random() * items.length)]!;

type Counters = { saves: number; edits: number; submits: number; refreshes: number; draftRefreshes: number; changesHeard: number; draftChanges: number; streamsDropped: number };
type StepResult = {
  reviewers: number;
  editors: number;
  articles: number;
  rampSeconds: number;
  summary: EndpointSummary[];
  /** Bytes received per endpoint in the window, as sent (compressed). */
  bytes: Map<string, number>;
  errors: number;
  rampErrors: number;
  rampRequests: number;
  /** p99 of the ramp's requests, all endpoints together: a ramp that overloads the server spills its queue into the window. */
  rampP99: number;
  seconds: number;
  counters: Counters;
  cpu: CpuSampling;
  exported: { status: number; firstByteMs: number; ms: number; bytes: number; records: string } | null;
  firstErrors: EndpointStats['firstErrors'];
  /**
   * The server processes' reports of an event loop held 250 ms or more (scripts/server.ts), each
   * for the 10 s before it was logged: seconds into the window at which that 10 s ended.
   */
  loopHeld: { atS: number; maxMs: number; pid: number }[];
  /** Requests and p99 of every endpoint together, per tenth of the window. */
  slices: { fromS: number; count: number; p99: number; generatorHeldMs: number }[];
  serverErrors: string[];
  pass: boolean;
};

/** One desk of `reviewers` for `seconds` after the ramp, on its own database and server. */
async function runStep(reviewers: number, seconds: number): Promise<StepResult> {
  const desk = await prepareDesk({ serverUrl: serverUrl!, reviewers, editors: EDITORS, perArticle: PER_ARTICLE, processes: PROCESSES, cleanup });
  try {
    return await drive(desk, seconds);
  } finally {
    await desk.close();
  }
}

async function drive(desk: DeskSetup, seconds: number): Promise<StepResult> {
  const { server, articles } = desk;
  // The interface's catalogue, which a browser reads once (the document preloads it, and it is kept
  // for good): its address as the sign-in page names it.
  const catalogue = /<link rel="preload" href="(\/api\/i18n\/[^"]+)" as="fetch"/.exec(await (await fetch(`${server.baseUrl}/signin`, { headers: { accept: 'text/html' } })).text())?.[1];
  if (!catalogue) throw new Error('the sign-in page names no catalogue to preload');
  const stats = new EndpointStats();
  const rampStats = new EndpointStats();
  const counters: Counters = { saves: 0, edits: 0, submits: 0, refreshes: 0, draftRefreshes: 0, changesHeard: 0, draftChanges: 0, streamsDropped: 0 };
  const rampSeconds = rampSecondsFor(desk.reviewerCookies.length);
  const rampStart = performance.now();
  const windowStart = rampStart + rampSeconds * 1000;
  const windowEnd = windowStart + seconds * 1000;
  const windowStartEpoch = Date.now() + rampSeconds * 1000;
  const open = () => performance.now() < windowEnd;
  /** Counted in the window when it started there; ramp requests are kept apart (their errors still count). */
  const bytes = new Map<string, number>();
  /** [ms into the window, latency] of every request counted: where in the run the slow ones fall. */
  const timeline: [number, number][] = [];
  // This generator's own event loop, held once a second: a request's latency is read when its answer's
  // last byte is handled here, so a generator busy parsing pages or collecting garbage would show
  // as server latency. Its longest hold per second, by time into the window, is printed beside the p99.
  const generatorLoop = monitorEventLoopDelay({ resolution: 10 });
  generatorLoop.enable();
  const generatorHeld: [number, number][] = [];
  const generatorTimer = setInterval(() => {
    generatorHeld.push([performance.now() - windowStart, generatorLoop.max / 1e6]);
    generatorLoop.reset();
  }, 1_000);
  const record = (endpoint: string, reply: BrowserReply, startedAt: number) => {
    if (startedAt >= windowStart && startedAt < windowEnd) {
      stats.record(endpoint, reply, startedAt);
      timeline.push([startedAt - windowStart, reply.ms]);
      bytes.set(endpoint, (bytes.get(endpoint) ?? 0) + reply.bytes);
    } else rampStats.record(endpoint, reply, startedAt);
  };
  // DESK_SLOW_LOG=<file>: each request over DESK_SLOW_MS (1,000) is written there as a JSON line, with
  // the request id it was sent with, to be found in the server's log (BENCH_SERVER_LOG).
  const slowLog = process.env.DESK_SLOW_LOG ? createWriteStream(process.env.DESK_SLOW_LOG, { flags: 'a' }) : null;
  const slowMs = Number(process.env.DESK_SLOW_MS ?? 1_000);
  let requestCount = 0;
  const call = async (browser: VirtualBrowser, endpoint: string, method: string, pathname: string, options: Parameters<VirtualBrowser['request']>[2] = {}) => {
    const startedAt = performance.now();
    const requestId = slowLog ? `desk-${String(++requestCount).padStart(8, '0')}` : null;
    const headers = requestId ? { ...options.headers, 'x-request-id': requestId } : options.headers;
    const reply = await browser.request(method, pathname, { timeoutMs: 120_000, ...options, headers });
    record(endpoint, reply, startedAt);
    if (slowLog && reply.ms > slowMs) {
      slowLog.write(`${JSON.stringify({ startedAt: new Date(Date.now() - reply.ms).toISOString(), intoWindowS: Math.round((startedAt - windowStart) / 100) / 10, endpoint, ms: Math.round(reply.ms), firstByteMs: Math.round(reply.firstByteMs), status: reply.status, requestId })}\n`);
    }
    return reply;
  };
  /** Sleeps a person's think time; false (at the end of the window) when the window closes first. */
  const think = async () => {
    const ms = uniform(...THINK_MS);
    const left = windowEnd - performance.now();
    await sleep(Math.max(0, Math.min(ms, left)));
    return ms < left;
  };

  /**
   * Who has submitted on each article, as the consensus page knows it (its submittedReviewers): an
   * annotation change by anyone else is a draft, refreshed in the slow lane. The page's list is as
   * of its last refresh; this one is current, a difference of at most one refresh.
   */
  const submitters = new Map<string, Set<string>>();
  const submittedOn = (articleId: string) => {
    let set = submitters.get(articleId);
    if (!set) submitters.set(articleId, (set = new Set()));
    return set;
  };

  const reviewer = async (browser: VirtualBrowser, index: number) => {
    await sleep(Math.random() * rampSeconds * 1000);
    let articleIndex = index % articles.length;
    let article = articles[articleIndex]!;
    let spans = wordSpans(article.text);
    let mine: AnnotationView[] = [];
    let submitted = false;
    const submitAt = windowStart + seconds * 1000 * uniform(SUBMIT_FROM, 1);
    const reviewTurns = () => REVIEW_TURNS[0] + Math.floor(Math.random() * (REVIEW_TURNS[1] - REVIEW_TURNS[0] + 1));
    // Part-way through the first review: 1 to all of its turns left.
    let turnsLeft = 1 + Math.floor(Math.random() * reviewTurns());
    const timeToSubmit = () => (SUBMIT_BURST ? !submitted && performance.now() >= submitAt : turnsLeft <= 0);
    await call(browser, ENDPOINTS.articlePage, 'GET', `/articles/${article.id}`, { read: 'count' });
    await call(browser, ENDPOINTS.catalogue, 'GET', catalogue, { read: 'count' });
    while (await think()) {
      turnsLeft -= 1;
      if (mine.length > 0 && timeToSubmit()) {
        const done = await call(browser, ENDPOINTS.submit, 'POST', `/api/articles/${article.id}/submit`);
        if (done.status === 201 || done.status === 200) {
          counters.submits += 1;
          const me = mine[0]?.author.id;
          if (me) submittedOn(article.id).add(me);
        }
        await call(browser, ENDPOINTS.annotations, 'GET', `/api/articles/${article.id}/annotations`, { read: 'count' });
        await call(browser, ENDPOINTS.articleRefresh, 'GET', rsc(`/articles/${article.id}`), { read: 'count', headers: RSC_HEADERS });
        submitted = true;
        // The next article of the desk, after a moment to choose it.
        if (!(await think())) break;
        articleIndex = (articleIndex + 1) % articles.length;
        article = articles[articleIndex]!;
        spans = wordSpans(article.text);
        mine = [];
        turnsLeft = reviewTurns();
        await call(browser, ENDPOINTS.articlePage, 'GET', `/articles/${article.id}`, { read: 'count' });
        continue;
      }
      if (mine.length > 0 && Math.random() < EDIT_SHARE) {
        const at = Math.floor(Math.random() * mine.length);
        const target = mine[at]!;
        const edited = await call(browser, ENDPOINTS.edit, 'PATCH', `/api/annotations/${target.id}`, {
          json: { version: target.version, label: pick(LABELS), rationale: `edited at ${new Date().toISOString()}`, evidence: [{ url: 'https://data.example.org/series/42', type: 'official_data' }] },
        });
        const updated = edited.status === 200 ? parseJson<{ annotation: AnnotationView }>(edited)?.annotation : undefined;
        if (updated) {
          mine[at] = updated;
          counters.edits += 1;
        }
        continue;
      }
      const saved = await call(browser, ENDPOINTS.save, 'POST', `/api/articles/${article.id}/annotations`, {
        json: { label: pick(LABELS), ...pick(spans), rationale: 'read against the agency wire and the ministry statement', revision: article.revision, confidence: pick(CONFIDENCES) },
      });
      const annotation = saved.status === 201 ? parseJson<{ annotation: AnnotationView }>(saved)?.annotation : undefined;
      if (annotation) {
        mine.push(annotation);
        counters.saves += 1;
      }
    }
  };

  const editor = async (browser: VirtualBrowser, index: number) => {
    await sleep(Math.random() * rampSeconds * 1000);
    let turn = Math.floor((index * articles.length) / Math.max(1, EDITORS));
    let stream: { close(): void } | null = null;
    let first = true;
    do {
      stream?.close();
      const article = articles[turn++ % articles.length]!;
      await call(browser, ENDPOINTS.consensusPage, 'GET', `/articles/${article.id}/consensus`, { read: 'count' });
      if (first) await call(browser, ENDPOINTS.catalogue, 'GET', catalogue, { read: 'count' });
      first = false;
      await call(browser, ENDPOINTS.consensusApi, 'GET', `/api/articles/${article.id}/consensus`, { read: 'count' });
      stream = followLiveUpdates(browser, article.id);
    } while (await think());
    stream?.close();
  };

  /**
   * components/live/live-updates.tsx's loop: a change asks for a refresh, gathered and at most one a
   * second; a pending reviewer's draft waits in the slow lane (refresh-delay.ts), and a prompt change
   * brings a later refresh forward.
   */
  const followLiveUpdates = (browser: VirtualBrowser, articleId: string) => {
    let connected = false;
    let closed = false;
    const scheduler = refreshScheduler((lane) => {
      if (closed || !open()) return;
      if (lane === 'draft') {
        // Drafts only: the page reads its two progress panels as JSON (components/consensus/review-progress.tsx).
        counters.draftRefreshes += 1;
        void call(browser, ENDPOINTS.draftReviews, 'GET', `/api/articles/${articleId}/reviews`, { read: 'count' });
        void call(browser, ENDPOINTS.draftAssignments, 'GET', `/api/articles/${articleId}/assignments`, { read: 'count' });
        return;
      }
      counters.refreshes += 1;
      void call(browser, ENDPOINTS.consensusRefresh, 'GET', rsc(`/articles/${articleId}/consensus`), { read: 'count', headers: RSC_HEADERS });
    });
    const startedAt = performance.now();
    const events = browser.events(`/api/events?article=${articleId}&presence=1`, (name, data) => {
      if (name === 'change') {
        counters.changesHeard += 1;
        const lane = laneOf(JSON.parse(data) as LiveChangeEvent, submittedOn(articleId));
        if (lane === 'draft') counters.draftChanges += 1;
        if (!closed && open()) scheduler.ask(lane);
      } else if (name === 'ready') {
        if (connected && !closed && open()) scheduler.ask();
        connected = true;
      }
    });
    // A stream the page left before it was answered (the editor moved on) is neither an answer nor an error.
    void events.opened.then((reply) => reply && record(ENDPOINTS.events, reply, startedAt));
    void events.ended.then((end) => {
      if (!end.dropped) return;
      counters.streamsDropped += 1;
      record(ENDPOINTS.eventsHeld, { status: 0, ms: performance.now() - startedAt, firstByteMs: 0, body: '', bytes: 0, headers: null, error: `the server ended the stream${end.error ? `: ${end.error}` : ''}` }, startedAt);
    });
    return {
      close() {
        closed = true;
        scheduler.cancel();
        events.close();
      },
    };
  };

  const bulkExport = async () => {
    await sleep(Math.max(0, windowStart + seconds * 1000 * EXPORT_AT - performance.now()));
    const browser = new VirtualBrowser(server.baseUrl, desk.editorCookies[0]!);
    try {
      const startedAt = performance.now();
      const reply = await browser.request('GET', '/api/exports?format=csv', { read: 'count', timeoutMs: 600_000 });
      record(ENDPOINTS.export, { ...reply, ms: reply.status === 0 ? reply.ms : reply.firstByteMs }, startedAt);
      return { status: reply.status, firstByteMs: reply.firstByteMs, ms: reply.ms, bytes: reply.bytes, records: reply.headers?.get('x-export-records') ?? 'n/a' };
    } finally {
      browser.close();
    }
  };

  const reviewerBrowsers = desk.reviewerCookies.map((cookie) => new VirtualBrowser(server.baseUrl, cookie));
  const editorBrowsers = desk.editorCookies.map((cookie) => new VirtualBrowser(server.baseUrl, cookie));
  let cpu: { stop(): Promise<CpuSampling> } | null = null;
  const sampling = (async () => {
    await sleep(rampSeconds * 1000);
    // Finding the processes reads every /proc entry; done every few seconds, not at every sample, so the
    // measuring does not load the generator (a replaced worker or a new backend is found within seconds).
    cpu = sampleCpu(
      [
        { name: `app server: all ${PROCESSES + 1} processes (primary + ${PROCESSES} workers)`, pids: refreshedEvery(PIDS_REFRESH_MS, desk.serverPids), rss: true },
        ...desk.workerPids.map((pid, i) => ({ name: `  server process ${i + 1} (pid ${pid})`, pids: [pid], rss: true })),
        { name: 'PostgreSQL backends of the database', pids: refreshedEvery(PIDS_REFRESH_MS, () => postgresBackendsOf(desk.databaseName)), rss: false },
        { name: 'this load generator (same cores)', pids: [process.pid], rss: true },
      ],
      CPU_SAMPLE_MS,
    );
  })();
  const exportRun = bulkExport();
  await Promise.all([...reviewerBrowsers.map((browser, i) => reviewer(browser, i)), ...editorBrowsers.map((browser, i) => editor(browser, i))]);
  const exported = await exportRun;
  await sampling;
  const cpuResult = await cpu!.stop();
  clearInterval(generatorTimer);
  generatorLoop.disable();
  for (const browser of [...reviewerBrowsers, ...editorBrowsers]) browser.close();
  const measuredSeconds = Math.min(seconds, (performance.now() - windowStart) / 1000);

  const summary = stats.summary(measuredSeconds);
  const order: string[] = Object.values(ENDPOINTS);
  summary.sort((a, b) => order.indexOf(a.endpoint) - order.indexOf(b.endpoint));
  const rampSummary = rampStats.summary(rampSeconds);
  const errors = summary.reduce((sum, row) => sum + row.errors, 0);
  const rampErrors = rampSummary.reduce((sum, row) => sum + row.errors, 0);
  const pass = errors === 0 && rampErrors === 0 && summary.every((row) => row.p99 < P99_LIMIT_MS);
  return {
    reviewers: desk.reviewerCookies.length,
    rampSeconds,
    editors: desk.editorCookies.length,
    articles: articles.length,
    summary,
    bytes,
    errors,
    rampErrors,
    rampRequests: rampSummary.reduce((sum, row) => sum + row.count, 0),
    rampP99: rampSummary.length > 0 ? rampStats.overall().p99 : 0,
    seconds: measuredSeconds,
    counters,
    cpu: cpuResult,
    exported,
    firstErrors: [...rampStats.firstErrors, ...stats.firstErrors].sort((a, b) => a.at - b.at),
    serverErrors: errors + rampErrors > 0 ? describeServerErrors(desk) : [],
    slices: sliceTimeline(timeline, generatorHeld, measuredSeconds),
    loopHeld: server
      .loopHeld()
      .map((held) => ({ atS: (held.at - windowStartEpoch) / 1000, maxMs: held.maxMs, pid: held.pid }))
      .filter((held) => held.atS > 0 && held.atS < measuredSeconds + 10),
    pass,
  };
}

function sliceTimeline(timeline: readonly [number, number][], generatorHeld: readonly [number, number][], seconds: number): StepResult['slices'] {
  const width = (seconds * 1000) / 10;
  const within = (at: number, index: number) => at >= index * width && at < (index + 1) * width;
  return Array.from({ length: 10 }, (_, index) => {
    const latencies = timeline.filter(([at]) => within(at, index)).map(([, ms]) => ms);
    // A second's hold is charged to the tenth its end falls in, and a hold at a boundary may reach into the one before.
    const held = Math.max(0, ...generatorHeld.filter(([at]) => within(at, index)).map(([, ms]) => ms));
    return { fromS: (index * width) / 1000, count: latencies.length, p99: latencies.length > 0 ? summarise(latencies).p99 : 0, generatorHeldMs: held };
  });
}

function describeServerErrors(desk: DeskSetup): string[] {
  const lines = desk.server.unhandledErrors().map((group) => `×${group.count}  ${group.error}  e.g. ${group.example}`);
  const others = new Map<string, number>();
  for (const line of desk.server.errorLines()) {
    if (/Unhandled error in route handler/.test(line)) continue;
    const key = line.replace(/"time":"[^"]*"|"requestId":"[^"]*"|[0-9a-f]{8}-[0-9a-f-]{27}|digest: '?\w+'?/g, '').slice(0, 300);
    others.set(key, (others.get(key) ?? 0) + 1);
  }
  return [...lines, ...[...others.entries()].slice(0, 10).map(([line, n]) => `×${n}  ${line}`)];
}

const mb = (kb: number | null) => (kb === null ? '-' : `${(kb / 1024).toFixed(0)} MB`);

function printStep(result: StepResult): void {
  console.log(
    `\n${result.reviewers} reviewers on ${result.articles} articles, ${result.editors} editors; ${result.seconds.toFixed(0)} s measured after a ${result.rampSeconds} s ramp ` +
      `(${result.rampRequests} requests outside the window, the ramp's and stragglers', not in the figures: p99 ${formatMs(result.rampP99)}, ${result.rampErrors} errors)`,
  );
  printTable(
    ['endpoint', 'count', 'req/s', 'p50', 'p95', 'p99', 'max', 'errors', 'kB each'],
    result.summary.map((row) => [
      row.endpoint,
      String(row.count),
      row.rate.toFixed(1),
      formatMs(row.p50),
      formatMs(row.p95),
      formatMs(row.p99),
      formatMs(row.max),
      String(row.errors),
      ((result.bytes.get(row.endpoint) ?? 0) / row.count / 1024).toFixed(1),
    ]),
  );
  const total = result.summary.reduce((sum, row) => sum + row.count, 0);
  const { counters } = result;
  console.log(
    `total ${total} requests = ${(total / result.seconds).toFixed(1)} req/s; ${counters.saves} annotations saved, ${counters.edits} edited, ${counters.submits} reviews submitted; ` +
      `editors heard ${counters.changesHeard} changes (${counters.draftChanges} of them pending reviewers' drafts, the slow lane) and refreshed ${counters.refreshes} times (the page) and ${counters.draftRefreshes} (drafts only: the progress panels as JSON); ${counters.streamsDropped} live streams dropped by the server`,
  );
  console.log(
    `by tenth of the window (${SUBMIT_BURST ? `--submit-burst: reviews are submitted in the last ${Math.round((1 - SUBMIT_FROM) * 100)}%` : 'reviews submitted all through'}): ` +
      result.slices.map((slice) => `${slice.fromS.toFixed(0)} s: ${slice.count} req, p99 ${formatMs(slice.p99)} (generator held ${formatMs(slice.generatorHeldMs)})`).join('; '),
  );
  console.log(
    `event loop held 250 ms or more (scripts/server.ts's warning, per 10 s of one process): ${result.loopHeld.length === 0 ? 'never' : result.loopHeld.map((held) => `by ${held.atS.toFixed(0)} s, ${held.maxMs} ms in pid ${held.pid}`).join('; ')}`,
  );
  if (result.exported) {
    const e = result.exported;
    console.log(`bulk export: ${e.status}, ${e.records} records, ${e.bytes.toLocaleString('en')} bytes (compressed as sent), first byte ${formatMs(e.firstByteMs)}, last ${formatMs(e.ms)} (under load)`);
  }
  const cpu = result.cpu;
  const serverCpuMs = (cpu.groups[0]!.averagePercent / 100) * cpu.seconds * 1000;
  console.log(
    `server CPU per request, this mix: ${(serverCpuMs / Math.max(1, total)).toFixed(1)} ms (all server processes' CPU over the window / requests counted); ` +
      `the server used ${((serverCpuMs / 1000 / cpu.seconds) * 100).toFixed(0)}% of one core`,
  );
  console.log(`processes over the window (${cpu.seconds.toFixed(0)} s, ${cpu.cores} cores; CPU as % of one core, peak = busiest second):`);
  printTable(
    ['process', 'CPU avg', 'CPU peak', 'RSS peak'],
    cpu.groups.map((group) => [group.name, `${group.averagePercent.toFixed(0)}%`, `${group.peakPercent.toFixed(0)}%`, mb(group.peakRssKb)]),
  );
  console.log(`machine: ${cpu.machineBusyPercent.toFixed(0)}% busy over all ${cpu.cores} cores (everything on it: the server, PostgreSQL, this generator and any other work); load average ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  if (result.firstErrors.length > 0) {
    console.log('first errors:');
    for (const error of result.firstErrors.slice(0, 10)) console.log(`  ${error.endpoint} → ${error.status === 0 ? 'no answer' : error.status}: ${error.detail.replace(/\s+/g, ' ').slice(0, 200)}`);
    for (const line of result.serverErrors.slice(0, 12)) console.log(`  server ${line}`);
  }
  const over = result.summary.filter((row) => row.p99 >= P99_LIMIT_MS).map((row) => `${row.endpoint} p99 ${formatMs(row.p99)}`);
  const problems = [...over, ...(result.errors + result.rampErrors > 0 ? [`${result.errors + result.rampErrors} errors`] : [])];
  console.log(`${result.pass ? 'PASS' : 'FAIL'}: p99 < ${P99_LIMIT_MS} ms on every endpoint and no errors${problems.length ? ` — ${problems.join('; ')}` : ''}`);
}

// ---------------------------------------------------------------------------------------------

const cleanup = cleanupOnExit({ onSignal: 'stopping the servers and dropping the databases…' });
try {
  console.log(
    `machine: ${os.availableParallelism()} cores, load average ${os.loadavg()[0]!.toFixed(2)} before the run; ${COSTS ? 'one server process (--costs)' : `${PROCESSES} server processes (WEB_CONCURRENCY)`}, ` +
      `app pool ${process.env.DATABASE_POOL_SIZE ?? 10} connections each; PostgreSQL at ${new URL(serverUrl).host}; think time ${THINK_MS[0] / 1000}–${THINK_MS[1] / 1000} s; ` +
      `the load generator is one Node process on the same cores`,
  );
  if (COSTS) {
    const desk = await prepareDesk({ serverUrl, reviewers: REVIEWERS, editors: EDITORS, perArticle: PER_ARTICLE, processes: 1, cleanup });
    try {
      await measureRequestCosts(desk, { profile: argv.includes('--profile') });
    } finally {
      await desk.close();
    }
  } else if (!SWEEP) {
    const result = await runStep(REVIEWERS, SECONDS);
    printStep(result);
    if (!result.pass) process.exitCode = 1;
  } else {
    let largest: number | null = null;
    const rows: string[][] = [];
    for (const size of SWEEP_SIZES) {
      const result = await runStep(size, SECONDS);
      printStep(result);
      const worst = result.summary.reduce((top, row) => (row.p99 > top.p99 ? row : top), result.summary[0]!);
      rows.push([String(size), result.pass ? 'pass' : 'FAIL', `${formatMs(worst.p99)} (${worst.endpoint})`, String(result.errors + result.rampErrors), `${result.cpu.groups[0]!.averagePercent.toFixed(0)}%`, `${result.cpu.machineBusyPercent.toFixed(0)}%`]);
      if (!result.pass) break;
      largest = size;
    }
    console.log('\nsweep:');
    printTable(['reviewers', 'result', 'worst p99', 'errors', 'server CPU', 'machine busy'], rows);
    console.log(largest === null ? `no desk passed: even ${SWEEP_SIZES[0]} reviewers broke p99 < ${P99_LIMIT_MS} ms or had errors` : `largest desk with p99 < ${P99_LIMIT_MS} ms and no errors: ${largest} reviewers and ${EDITORS} editors (${SECONDS} s steps)`);
  }
} catch (error) {
  console.error(`bench/desk-scale.ts failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exitCode = 1;
} finally {
  await cleanup.run();
}
process.exit(process.exitCode ?? 0);
