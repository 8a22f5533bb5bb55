// Past one machine: the production topology of the README ("Production topology") on loopback.
// A fresh database on DATABASE_URL's PostgreSQL, PgBouncer in front of it (transaction pooling,
// deploy/pgbouncer.ini), two app servers as if on two hosts (`npm start`, WEB_CONCURRENCY=1
// each, their own ports, sharing only NEXTAUTH_SECRET and the database: DATABASE_URL through
// PgBouncer, DATABASE_DIRECT_URL straight to PostgreSQL for LISTEN and migrations), and HAProxy
// round-robin over them (deploy/haproxy.cfg, health check /api/health/ready).
//
// Throughput: signed-in reads (as bench/processes.ts) through HAProxy with one backend enabled
// and with both, in alternating windows of the same run (the other backend is disabled through
// HAProxy's runtime API, not stopped). Then each behaviour the two hosts share through
// PostgreSQL, PASS or FAIL: a session signed in on one works on the other; the sign-in rate limit
// counts attempts made on both; a write on one reaches a live stream on the other; webhook jobs
// queued on both are delivered once each; stopping one backend (SIGTERM) while clients read
// through HAProxy loses no request.
// Needs haproxy and pgbouncer (Debian: apt-get install haproxy pgbouncer) and a build.
// Run: npm run build && DATABASE_URL=postgresql://postgres@127.0.0.1:5432/postgres npx tsx bench/topology.ts
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import { PAIR_FAILURES } from '../lib/security/sign-in-limits';
import { createTemporaryDatabase } from '../scripts/db/schema-engine';
import { readEvents } from '../tests/support/event-stream';
import { startWebhookReceiver } from '../tests/support/webhook-receiver';
import { type RunningApp, api, attemptSignIn, formatMs, signIn, startApp } from './support';
import { assertLoopbackDatabase } from './support/desk';
import { EndpointStats, driveArticleReads, send } from './support/http-client';
import { type Balancer, installed, startHaproxy, startPgBouncer } from './support/topology';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 16);
const WARM_UP_SECONDS = Number(process.env.BENCH_WARM_UP_SECONDS ?? 10);
const WINDOWS = 4;
/** Each app process's pool: two hosts × WEB_CONCURRENCY=1 × this many client connections share PgBouncer's server pool. */
const APP_POOL_SIZE = 10;
/** PgBouncer's server connections for the app: fewer than the apps' client connections together, as in production. */
const PGBOUNCER_POOL_SIZE = 10;
const WEBHOOK_EVENTS = 20;

const serverUrl = process.env.DATABASE_URL;
if (!serverUrl) {
  console.log('bench/topology.ts needs DATABASE_URL (a PostgreSQL server for PgBouncer to pool).');
  process.exit(0);
}
assertLoopbackDatabase(serverUrl);
const missing = ['haproxy', 'pgbouncer'].filter((program) => !installed(program));
if (missing.length > 0) {
  console.log(`bench/topology.ts needs ${missing.join(' and ')} (Debian: apt-get install haproxy pgbouncer).`);
  process.exit(0);
}

const results: { behaviour: string; pass: boolean; detail: string }[] = [];
function report(behaviour: string, pass: boolean, detail: string): void {
  results.push({ behaviour, pass, detail });
  console.log(`${pass ? 'PASS' : 'FAIL'}  ${behaviour}: ${detail}`);
}

/** Runs a check; an exception is its FAIL. */
async function check(behaviour: string, run: () => Promise<{ pass: boolean; detail: string }>): Promise<void> {
  try {
    const { pass, detail } = await run();
    report(behaviour, pass, detail);
  } catch (error) {
    report(behaviour, false, error instanceof Error ? error.message : String(error));
  }
}

/** Clients alternating two reads over the articles until `seconds` have passed; non-2xx replies count as errors. */
function drive(baseUrl: string, cookie: string, articleIds: string[], seconds: number, stats: EndpointStats): Promise<void> {
  return driveArticleReads(baseUrl, cookie, articleIds, { seconds, concurrency: CONCURRENCY, stats });
}

type Mode = { name: string; servers: string[]; stats: EndpointStats; seconds: number };

async function enableOnly(balancer: Balancer, mode: Mode): Promise<void> {
  for (const name of ['app1', 'app2']) await balancer.command(`${mode.servers.includes(name) ? 'enable' : 'disable'} server app/${name}`);
  await balancer.waitFor('UP', mode.servers);
}

const database = await createTemporaryDatabase(serverUrl, 'corroborate_topology_');
const pgbouncer = await startPgBouncer(database.url, PGBOUNCER_POOL_SIZE);
const password = randomBytes(12).toString('base64url');
const env = {
  DATABASE_URL: pgbouncer.url,
  DATABASE_DIRECT_URL: database.url,
  DATABASE_POOL_SIZE: String(APP_POOL_SIZE),
  NEXTAUTH_SECRET: randomBytes(48).toString('base64url'),
  SEED_DEMO_PASSWORD: password,
  OUTBOUND_ALLOW_HOSTS: '127.0.0.1',
  // HAProxy adds X-Forwarded-For (option forwardfor): the one proxy the apps trust.
  TRUST_PROXY: '1',
  LOG_LEVEL: 'warn',
};
const apps: RunningApp[] = [];
let balancer: Balancer | undefined;
try {
  // One after the other: the first migrates and seeds, the second finds it done.
  apps.push(await startApp({ env }));
  apps.push(await startApp({ env }));
  const [appA, appB] = apps as [RunningApp, RunningApp];
  balancer = await startHaproxy({ app1: Number(new URL(appA.baseUrl).port), app2: Number(new URL(appB.baseUrl).port) });
  await balancer.waitFor('UP', ['app1', 'app2']);
  console.log(
    `machine: ${os.availableParallelism()} cores, load average ${os.loadavg()[0]!.toFixed(2)}; PostgreSQL at ${new URL(serverUrl).host} behind PgBouncer (transaction pooling, ` +
      `${PGBOUNCER_POOL_SIZE} server connections for 2 × ${APP_POOL_SIZE} app connections); two app servers (WEB_CONCURRENCY=1 each) behind HAProxy round-robin`,
  );

  // Throughput through HAProxy: one backend enabled, then both, in alternating windows.
  const cookie = await signIn(balancer.baseUrl, 'reviewer1@example.org', password);
  const { articles } = await api<{ articles: { id: string }[] }>(balancer.baseUrl, cookie, 'GET', '/api/articles');
  const articleIds = articles.map((article) => article.id);
  const modes: Mode[] = [
    { name: 'one backend ', servers: ['app1'], stats: new EndpointStats(), seconds: 0 },
    { name: 'two backends', servers: ['app1', 'app2'], stats: new EndpointStats(), seconds: 0 },
  ];
  await enableOnly(balancer, modes[1]!);
  await drive(balancer.baseUrl, cookie, articleIds, WARM_UP_SECONDS, new EndpointStats());
  for (let window = 0; window < WINDOWS; window += 1) {
    for (const mode of window % 2 === 0 ? modes : [...modes].reverse()) {
      await enableOnly(balancer, mode);
      const started = performance.now();
      await drive(balancer.baseUrl, cookie, articleIds, SECONDS / WINDOWS, mode.stats);
      mode.seconds += (performance.now() - started) / 1000;
    }
  }
  await enableOnly(balancer, modes[1]!);
  const rates: number[] = [];
  for (const mode of modes) {
    const rows = mode.stats.summary(mode.seconds);
    const ok = rows.reduce((sum, row) => sum + row.ok, 0);
    const errors = rows.reduce((sum, row) => sum + row.errors, 0);
    rates.push(ok / mode.seconds);
    for (const row of rows) console.log(`  ${mode.name}  ${row.endpoint.padEnd(36)} ${row.ok} ok, ${row.errors} errors, ${row.rate.toFixed(1)} req/s, p50 ${formatMs(row.p50)}, p99 ${formatMs(row.p99)}`);
    console.log(`${mode.name}: ${(ok / mode.seconds).toFixed(1)} successful req/s (${ok} ok, ${errors} errors in ${mode.seconds.toFixed(1)} s)`);
  }
  console.log(`throughput ratio, two backends / one: ${(rates[1]! / rates[0]!).toFixed(2)}×  (load average after ${os.loadavg()[0]!.toFixed(2)}; client, HAProxy, PgBouncer and PostgreSQL share the same cores)`);

  await check('session signed in on A works on B', async () => {
    const session = await signIn(appA.baseUrl, 'reviewer2@example.org', password);
    const reply = await send(appB.baseUrl, session, 'GET', '/api/articles');
    return { pass: reply.status === 200, detail: `GET /api/articles on B with A's cookie: ${reply.status}` };
  });

  await check('sign-in rate limit counts attempts on A and B together', async () => {
    // An address the account signed in from is spared the per-account backoff, so only the
    // per-(account, address) limit applies: PAIR_FAILURES failures lock the pair.
    const email = 'reviewer3@example.org';
    if (!(await attemptSignIn(appA.baseUrl, email, password))) throw new Error('the first, correct sign-in was refused');
    const hosts = [appA, appB];
    for (let attempt = 0; attempt < PAIR_FAILURES; attempt += 1) {
      if (await attemptSignIn(hosts[attempt % 2]!.baseUrl, email, 'wrong-password')) throw new Error('a wrong password was accepted');
    }
    // The right password on B, which saw fewer than PAIR_FAILURES of the failures itself.
    const after = await attemptSignIn(appB.baseUrl, email, password);
    return { pass: after === null, detail: `${PAIR_FAILURES} wrong passwords alternating A, B; then the right one on B: ${after === null ? 'refused (limit reached)' : 'accepted (each host counted alone)'}` };
  });

  await check('a write through one backend reaches a live stream on the other', async () => {
    const editor = await signIn(appA.baseUrl, 'editor@example.org', password);
    const articleId = articleIds[0]!;
    const lines: string[] = [];
    let pass = true;
    for (const [writer, reader, label] of [[appA, appB, 'A→B'], [appB, appA, 'B→A']] as const) {
      const controller = new AbortController();
      try {
        const response = await fetch(`${reader.baseUrl}/api/events`, { headers: { cookie: editor, accept: 'text/event-stream' }, signal: controller.signal });
        const events = readEvents(response);
        await events.next((event) => event.event === 'ready', 10_000);
        const mark = events.events.length;
        const sent = performance.now();
        await api(writer.baseUrl, editor, 'POST', `/api/articles/${articleId}/assigned-only`, { assignedOnly: label === 'A→B' });
        const arrived = await events.next((event) => event.event === 'change' && event.data.kind === 'article' && event.data.articleId === articleId, 5_000, mark).then((event) => event.at - sent, () => null);
        if (arrived === null) pass = false;
        lines.push(`${label} ${arrived === null ? 'not within 5 s' : formatMs(arrived)}`);
      } finally {
        controller.abort();
      }
    }
    return { pass, detail: `assigned-only switched on one, change event on the other's /api/events: ${lines.join(', ')}` };
  });

  await check('webhook jobs queued on both backends are delivered exactly once', async () => {
    const receiver = await startWebhookReceiver();
    try {
      const admin = await signIn(appA.baseUrl, 'admin@example.org', password);
      await api(appA.baseUrl, admin, 'POST', '/api/webhooks', { url: receiver.url, events: ['comment.created'] });
      const editor = await signIn(appB.baseUrl, 'editor@example.org', password);
      for (let index = 0; index < WEBHOOK_EVENTS; index += 1) {
        await api(apps[index % 2]!.baseUrl, editor, 'POST', `/api/articles/${articleIds[0]}/comments`, { body: `topology bench comment ${index}` });
      }
      const deadline = Date.now() + 30_000;
      const distinct = () => new Set(receiver.received.map((entry) => entry.deliveryId)).size;
      while (distinct() < WEBHOOK_EVENTS && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
      // Time for a duplicate to show up, were a job taken by both hosts' workers.
      await new Promise((resolve) => setTimeout(resolve, 3_000));
      const received = receiver.received.length;
      return { pass: distinct() === WEBHOOK_EVENTS && received === WEBHOOK_EVENTS, detail: `${WEBHOOK_EVENTS} comments (half on each) → ${distinct()} distinct deliveries, ${received} requests received (both hosts run workers)` };
    } finally {
      await receiver.close();
    }
  });

  await check('stopping one backend (SIGTERM) under load loses no request through HAProxy', async () => {
    const stats = new EndpointStats();
    const logged = balancer!.output().length;
    const load = drive(balancer!.baseUrl, cookie, articleIds, 8, stats);
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    const stopping = performance.now();
    await appB.stop();
    apps.pop();
    const stoppedMs = performance.now() - stopping;
    await load;
    const rows = stats.summary(8);
    const ok = rows.reduce((sum, row) => sum + row.ok, 0);
    const errors = rows.reduce((sum, row) => sum + row.errors, 0);
    const first = stats.firstErrors[0];
    // HAProxy logs only the requests that were not plain successes (option dontlog-normal): those it sent
    // again to the other backend (`+1` in the retries field), and any it could not complete (flags not `----`).
    const requests = balancer!.output().slice(logged).split('\n').filter((line) => line.includes(' "GET '));
    const redispatched = requests.filter((line) => / \d+\/\d+\/\d+\/\d+\/\+\d+ /.test(line)).length;
    const broken = requests.filter((line) => !line.includes(' ---- '));
    for (const line of broken.slice(0, 5)) console.log(`  HAProxy: ${line}`);
    return { pass: errors === 0 && ok > 0, detail: `${ok} ok, ${errors} failed over 8 s; B stopped 3 s in (exited after ${formatMs(stoppedMs)}); HAProxy sent ${redispatched} requests again to A, ${broken.length} ended abnormally${first ? `; first failure ${first.status} ${first.detail}` : ''}` };
  });
} finally {
  await balancer?.stop();
  await Promise.all(apps.map((app) => app.stop()));
  await pgbouncer.stop();
  await database.drop();
}
const failed = results.filter((result) => !result.pass).length;
console.log(`\n${results.length - failed} of ${results.length} shared behaviours PASS${failed ? `, ${failed} FAIL` : ''}`);
