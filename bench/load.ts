// A desk under load, through the production server on 127.0.0.1: 100
// reviewers reading an article (page and annotations), saving annotations,
// sometimes editing them and submitting their review; 5 editors opening
// consensus (API and page); one bulk CSV export streamed to the end in the
// middle of the run. Reports per endpoint: count, throughput, p50, p99,
// errors (any non-2xx or no response; the target is zero), and the server
// process's CPU (% of one core, from /proc/<pid>/stat) and resident memory.
// Bounded: LOAD_SECONDS (default 60) and at most LOAD_MAX_REQUESTS (default 100,000).
// Each virtual user is an async loop with a think time of 0–LOAD_THINK_MS (default 1,000 ms)
// between requests, not a process.
// Run: npm run build && DATABASE_URL=postgresql://postgres@127.0.0.1:5432/postgres npx tsx bench/load.ts
//  or: npx tsx bench/load.ts   (no DATABASE_URL: the embedded PGlite that `npm start` uses, one connection)
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { seedDatabase } from '../prisma/seed';
import { applyMigrations, createTemporaryDatabase } from '../scripts/db/schema-engine';
import type { AnnotationView } from '../lib/views/annotation-views';
import { CONFIDENCES, LABELS } from '../lib/vocabulary';
import { formatMs, freePort, signIn } from './support';
import { AppServer, type DeskArticle, assertLoopbackDatabase, insertArticleCopies, insertUsers, sleep, wordSpans } from './support/desk';
import { EndpointStats, type Reply, parseJson, printTable, send } from './support/http-client';
import { resetPeakRss, sampleRss, statusKb } from './support/process-memory';
import { postgresBackendsOf, sampleCpu } from './support/process-stats';
import { cleanupOnExit } from './support/cleanup';

const SECONDS = Number(process.env.LOAD_SECONDS ?? 60);
const MAX_REQUESTS = Number(process.env.LOAD_MAX_REQUESTS ?? 100_000);
const REVIEWERS = Number(process.env.LOAD_REVIEWERS ?? 100);
const EDITORS = Number(process.env.LOAD_EDITORS ?? 5);
const ARTICLES = Number(process.env.LOAD_ARTICLES ?? 10);
const THINK_MS = Number(process.env.LOAD_THINK_MS ?? 1_000);
/** Share of reviewer iterations that also edit the annotation just saved. */
const EDIT_SHARE = 0.3;

const serverUrl = process.env.DATABASE_URL || null;
if (serverUrl) assertLoopbackDatabase(serverUrl);

const stats = new EndpointStats();
let requests = 0;
let deadline = 0;
const running = () => performance.now() < deadline && requests < MAX_REQUESTS;
const think = () => sleep(Math.random() * THINK_MS);
const pick = <T>(items: readonly T[]): T => items[Math.floor(Math.random() * items.length)]!;

async function call(baseUrl: string, cookie: string, endpoint: string, method: string, pathname: string, options: { json?: unknown; read?: 'text' | 'count' } = {}): Promise<Reply> {
  requests += 1;
  const reply = await send(baseUrl, cookie, method, pathname, { ...options, timeoutMs: 120_000 });
  stats.record(endpoint, reply);
  return reply;
}

async function reviewer(baseUrl: string, cookie: string, article: DeskArticle, counters: { saves: number; edits: number; submits: number }): Promise<void> {
  const spans = wordSpans(article.text);
  const submitAfter = 2 + Math.floor(Math.random() * 6);
  let iteration = 0;
  await sleep(Math.random() * THINK_MS); // users do not all arrive in the same millisecond
  while (running()) {
    await call(baseUrl, cookie, 'GET /articles/:id (page)', 'GET', `/articles/${article.id}`);
    await think();
    if (!running()) break;
    await call(baseUrl, cookie, 'GET /api/articles/:id/annotations', 'GET', `/api/articles/${article.id}/annotations`);
    await think();
    if (!running()) break;
    const span = pick(spans);
    const saved = await call(baseUrl, cookie, 'POST /api/articles/:id/annotations', 'POST', `/api/articles/${article.id}/annotations`, {
      json: { label: pick(LABELS), ...span, rationale: `load iteration ${iteration}`, revision: article.revision, confidence: pick(CONFIDENCES) },
    });
    const annotation = saved.status === 201 ? parseJson<{ annotation: AnnotationView }>(saved)?.annotation : undefined;
    if (annotation) counters.saves += 1;
    if (annotation && Math.random() < EDIT_SHARE && running()) {
      await think();
      const edited = await call(baseUrl, cookie, 'PATCH /api/annotations/:id', 'PATCH', `/api/annotations/${annotation.id}`, {
        json: { version: annotation.version, label: pick(LABELS), rationale: `edited after iteration ${iteration}`, evidence: [{ url: 'https://data.example.org/series/42', type: 'official_data' }] },
      });
      if (edited.status === 200) counters.edits += 1;
    }
    iteration += 1;
    if (iteration === submitAfter && running()) {
      await think();
      const submitted = await call(baseUrl, cookie, 'POST /api/articles/:id/submit', 'POST', `/api/articles/${article.id}/submit`);
      if (submitted.status === 201 || submitted.status === 200) counters.submits += 1;
    }
    await think();
  }
}

async function editor(baseUrl: string, cookie: string, articles: readonly DeskArticle[], index: number): Promise<void> {
  let turn = index;
  await sleep(Math.random() * THINK_MS);
  while (running()) {
    const article = articles[turn++ % articles.length]!;
    await call(baseUrl, cookie, 'GET /api/articles/:id/consensus', 'GET', `/api/articles/${article.id}/consensus`);
    await think();
    if (!running()) break;
    await call(baseUrl, cookie, 'GET /articles/:id/consensus (page)', 'GET', `/articles/${article.id}/consensus`);
    await think();
  }
}

// ---------------------------------------------------------------------------------------------

const cleanup = cleanupOnExit({ onSignal: 'stopping the server and dropping the database…' });

const mb = (kb: number | null) => (kb === null ? 'n/a' : `${(kb / 1024).toFixed(0)} MB`);

try {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'corroborate-bench-load-'));
  cleanup.add(() => rm(dataDir, { recursive: true, force: true }));
  const demoPassword = randomBytes(12).toString('base64url');
  let databaseUrl: string;
  let databaseName: string | null = null;
  let server: AppServer;
  if (serverUrl) {
    const database = await createTemporaryDatabase(serverUrl, 'corroborate_bench_load_');
    cleanup.add(() => database.drop());
    await applyMigrations(database.url);
    await seedDatabase(database.url, { demoAccounts: true, demoPassword });
    databaseUrl = database.url;
    databaseName = database.name;
    server = new AppServer({ port: await freePort(), dataDir, databaseUrl: database.url, authSecret: AppServer.secret() });
  } else {
    // The embedded database lives in the launcher; it is served on a port we choose, so that we can fill it.
    const embeddedDbPort = await freePort();
    databaseUrl = `postgresql://postgres@127.0.0.1:${embeddedDbPort}/postgres`;
    server = new AppServer({ port: await freePort(), dataDir, databaseUrl: null, embeddedDbPort, authSecret: AppServer.secret(), extraEnv: { SEED_DEMO_PASSWORD: demoPassword } });
  }
  cleanup.add(() => server.stop());
  const coldMs = await server.start();

  const pool = new pg.Pool({ connectionString: databaseUrl, max: 1 });
  pool.on('error', () => undefined);
  const articles = await insertArticleCopies(pool, ARTICLES);
  const password = 'load-bench-password';
  const reviewers = await insertUsers(
    pool,
    Array.from({ length: REVIEWERS }, (_, i) => ({ email: `load-reviewer-${i}@example.org`, name: `Load Reviewer ${i}`, role: 'reviewer' as const })),
    password,
  );
  const extraEditors = await insertUsers(
    pool,
    Array.from({ length: Math.max(0, EDITORS - 1) }, (_, i) => ({ email: `load-editor-${i}@example.org`, name: `Load Editor ${i}`, role: 'editor' as const })),
    password,
  );
  await pool.end();
  const serverPid = server.serverPid;
  if (serverPid === null) throw new Error('could not find the process listening on the server port');
  console.log(
    `database: ${serverUrl ? `fresh "${databaseName}" on DATABASE_URL's server (app pool ${process.env.DATABASE_POOL_SIZE ?? 10} connections)` : 'embedded PGlite in the launcher process (app pool 1 connection)'}; ` +
      `${ARTICLES} copies of the sample article (${(articles[0]!.text.length / 1000).toFixed(1)} kB text), ${REVIEWERS} reviewers, ${EDITORS} editors; ` +
      `server pid ${serverPid} on ${server.baseUrl} (ready in ${(coldMs / 1000).toFixed(1)} s)`,
  );

  // Sign everyone in (argon2 on the server: a few at a time), then one unmeasured request per endpoint.
  const signInAll = async (users: readonly { email: string }[], pass: string) => {
    const cookies: string[] = [];
    for (let at = 0; at < users.length; at += 4) cookies.push(...(await Promise.all(users.slice(at, at + 4).map((user) => signIn(server.baseUrl, user.email, pass)))));
    return cookies;
  };
  const t0 = performance.now();
  const reviewerCookies = await signInAll(reviewers, password);
  const editorCookies = [await signIn(server.baseUrl, 'editor@example.org', demoPassword), ...(await signInAll(extraEditors, password))];
  const signInMs = performance.now() - t0;
  const warm = async (cookie: string, pathname: string) => {
    const reply = await send(server.baseUrl, cookie, 'GET', pathname);
    if (reply.status !== 200) throw new Error(`warm-up GET ${pathname} answered ${reply.status}: ${(reply.error ?? reply.body).slice(0, 300)}`);
  };
  for (const pathname of [`/articles/${articles[0]!.id}`, `/api/articles/${articles[0]!.id}/annotations`]) await warm(reviewerCookies[0]!, pathname);
  for (const pathname of [`/api/articles/${articles[0]!.id}/consensus`, `/articles/${articles[0]!.id}/consensus`]) await warm(editorCookies[0]!, pathname);
  console.log(`signed in ${reviewerCookies.length + editorCookies.length} users in ${(signInMs / 1000).toFixed(1)} s (not measured); ${SECONDS} s run, think time 0–${THINK_MS} ms, at most ${MAX_REQUESTS.toLocaleString('en')} requests`);

  // The measured run.
  const rssBeforeKb = await statusKb(serverPid, 'VmRSS');
  const hwmReset = await resetPeakRss(serverPid);
  const rss = sampleRss(serverPid, 100);
  const cpu = sampleCpu([
    { name: 'app server (Next.js)', pids: [serverPid], rss: true },
    serverUrl
      ? { name: 'PostgreSQL backends of the database', pids: () => postgresBackendsOf(databaseName!), rss: false }
      : { name: 'launcher with embedded PGlite', pids: server.launcherPid === null ? [] : [server.launcherPid], rss: true },
    { name: 'this load generator', pids: [process.pid], rss: false },
  ]);
  const started = performance.now();
  deadline = started + SECONDS * 1000;
  const counters = { saves: 0, edits: 0, submits: 0 };
  const exportRun = (async () => {
    await sleep((SECONDS * 1000) / 2);
    const reply = await call(server.baseUrl, editorCookies[0]!, 'GET /api/exports?format=csv (bulk)', 'GET', '/api/exports?format=csv', { read: 'count' });
    return { reply, records: reply.headers?.get('x-export-records') ?? 'n/a' };
  })();
  await Promise.all([
    ...reviewerCookies.map((cookie, index) => reviewer(server.baseUrl, cookie, articles[index % articles.length]!, counters)),
    ...editorCookies.map((cookie, index) => editor(server.baseUrl, cookie, articles, index)),
  ]);
  const exported = await exportRun;
  const seconds = (performance.now() - started) / 1000;
  const cpuResult = await cpu.stop();
  const rssResult = await rss.stop();
  const hwmKb = hwmReset ? await statusKb(serverPid, 'VmHWM') : null;

  // Report.
  const summary = stats.summary(seconds);
  const order = ['GET /articles/:id (page)', 'GET /api/articles/:id/annotations', 'POST /api/articles/:id/annotations', 'PATCH /api/annotations/:id', 'POST /api/articles/:id/submit', 'GET /api/articles/:id/consensus', 'GET /articles/:id/consensus (page)', 'GET /api/exports?format=csv (bulk)'];
  summary.sort((a, b) => order.indexOf(a.endpoint) - order.indexOf(b.endpoint));
  const statusText = (statuses: Map<number, number>) => [...statuses.entries()].sort((a, b) => a[0] - b[0]).map(([status, n]) => `${status === 0 ? 'no response' : status}×${n}`).join(' ');
  console.log('');
  printTable(
    ['endpoint', 'count', 'req/s', 'p50', 'p99', 'max', 'errors', 'statuses'],
    summary.map((row) => [row.endpoint, String(row.count), row.rate.toFixed(1), formatMs(row.p50), formatMs(row.p99), formatMs(row.max), String(row.errors), statusText(row.statuses)]),
  );
  const total = summary.reduce((sum, row) => sum + row.count, 0);
  const errors = summary.reduce((sum, row) => sum + row.errors, 0);
  console.log(`total: ${total} requests in ${seconds.toFixed(1)} s = ${(total / seconds).toFixed(1)} req/s; errors ${errors}; ${counters.saves} annotations saved, ${counters.edits} edited, ${counters.submits} reviews submitted`);
  console.log(`bulk export: ${exported.reply.status}, ${exported.records} records, ${exported.reply.bytes.toLocaleString('en')} bytes in ${formatMs(exported.reply.ms)} (started at ${(SECONDS / 2).toFixed(0)} s, under load)`);
  console.log(`\nprocesses over the run (${cpuResult.seconds.toFixed(1)} s, ${cpuResult.cores} cores; CPU as % of one core, busiest ${500} ms interval as peak):`);
  printTable(
    ['process', 'CPU avg', 'CPU peak', 'RSS peak'],
    cpuResult.groups.map((group) => [group.name, `${group.averagePercent.toFixed(0)}%`, `${group.peakPercent.toFixed(0)}%`, group.peakRssKb === null ? '-' : mb(group.peakRssKb)]),
  );
  console.log(`machine: ${cpuResult.machineBusyPercent.toFixed(0)}% busy over all ${cpuResult.cores} cores (everything on this machine, other users included)`);
  console.log(`app server RSS: ${mb(rssBeforeKb)} before the run, peak ${mb(rssResult.peakKb)} (sampled every 100 ms, ${rssResult.samples} samples)${hwmKb === null ? '' : `, kernel peak (VmHWM) ${mb(hwmKb)}`}`);
  if (errors > 0) {
    console.log('\nERRORS (target 0). First failing requests:');
    for (const error of stats.firstErrors.slice(0, 10)) console.log(`  at ${((error.at - started) / 1000).toFixed(1)} s  ${error.endpoint} → ${error.status === 0 ? 'no response' : error.status}: ${error.detail.replace(/\s+/g, ' ').slice(0, 240)}`);
    const unhandled = server.unhandledErrors();
    console.log(`server log: ${unhandled.reduce((sum, group) => sum + group.count, 0)} "Unhandled error" lines${unhandled.length ? ':' : ''}`);
    for (const group of unhandled) console.log(`  ×${group.count}  ${group.error}\n        e.g. ${group.example}`);
    const lines = server.errorLines();
    const requestLines = lines.filter((line) => /"msg":"request"/.test(line));
    const byStatus = new Map<string, number>();
    for (const line of requestLines) {
      const status = /"status":(\d+)/.exec(line)?.[1] ?? '?';
      byStatus.set(status, (byStatus.get(status) ?? 0) + 1);
    }
    console.log(`server request log, error level: ${[...byStatus.entries()].map(([status, n]) => `${status}×${n}`).join(' ') || 'none'}`);
    // Other error lines (page rendering, Next.js itself), de-duplicated without times and ids.
    const others = new Map<string, number>();
    for (const line of lines) {
      if (/"msg":"request"|Unhandled error in route handler/.test(line)) continue;
      const key = line.replace(/"time":"[^"]*"|"requestId":"[^"]*"|[0-9a-f]{8}-[0-9a-f-]{27}|digest: '?\w+'?/g, '').slice(0, 400);
      others.set(key, (others.get(key) ?? 0) + 1);
    }
    for (const [line, n] of [...others.entries()].slice(0, 12)) console.log(`  server ×${n}: ${line}`);
    process.exitCode = 1;
  }
} catch (error) {
  console.error(`bench/load.ts failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exitCode = 1;
} finally {
  await cleanup.run();
}
process.exit(process.exitCode ?? 0);
