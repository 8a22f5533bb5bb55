// Throughput of `npm start` with one server process and with two (WEB_CONCURRENCY), in the
// same run on the same machine: a fixed mixed load of signed-in reads — GET /api/articles/<id>
// and GET /api/articles/<id>/annotations, alternating over the seeded articles — from
// BENCH_CONCURRENCY (default 16) concurrent clients for BENCH_SECONDS (default 20) each, after a
// warm-up of BENCH_WARM_UP_SECONDS (default 10). Both servers run at once, each on a fresh
// database on DATABASE_URL's server seeded alike, and are measured in alternating windows, so
// the machine's other load falls on both alike. Prints requests/s (p50 and p99 per endpoint)
// for each and the ratio two/one. The client runs on the same machine: its CPU is reported, as
// it competes with the server processes and PostgreSQL for the cores.
// Run: npm run build && DATABASE_URL=postgresql://postgres@127.0.0.1:5432/postgres npx tsx bench/processes.ts
import os from 'node:os';
import { type RunningApp, formatMs, signIn, startApp } from './support';
import { assertLoopbackDatabase } from './support/desk';
import { EndpointStats, driveArticleReads } from './support/http-client';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 16);
/** Each process compiles and optimises its own code: on a busy machine a few seconds leave the second one colder than the first. */
const WARM_UP_SECONDS = Number(process.env.BENCH_WARM_UP_SECONDS ?? 10);
/** The measured seconds of each server are split into this many windows, taken in turns. */
const WINDOWS = 4;

const serverUrl = process.env.DATABASE_URL;
if (!serverUrl) {
  console.log('bench/processes.ts needs DATABASE_URL (a PostgreSQL server; the embedded database runs one process).');
  process.exit(0);
}
assertLoopbackDatabase(serverUrl);

type Target = { processes: number; app: RunningApp; cookie: string; articleIds: string[]; stats: EndpointStats; seconds: number; cpuMs: number };

/** Clients alternating the two reads over the articles until `seconds` have passed; non-2xx replies count as errors. */
function drive(target: Target, seconds: number, stats: EndpointStats): Promise<void> {
  return driveArticleReads(target.app.baseUrl, target.cookie, target.articleIds, { seconds, concurrency: CONCURRENCY, stats });
}

async function prepare(processes: number): Promise<Target> {
  const app = await startApp({ processes });
  const cookie = await signIn(app.baseUrl, 'reviewer1@example.org', app.password);
  const list = (await (await fetch(`${app.baseUrl}/api/articles`, { headers: { cookie } })).json()) as { articles: { id: string }[] };
  const target: Target = { processes, app, cookie, articleIds: list.articles.map((article) => article.id), stats: new EndpointStats(), seconds: 0, cpuMs: 0 };
  if (target.articleIds.length === 0) throw new Error('the seeded reviewer sees no articles');
  await drive(target, WARM_UP_SECONDS, new EndpointStats());
  return target;
}

/** One measured window on one server: its requests, wall time and this client's CPU time are added to the target's. */
async function measure(target: Target, seconds: number): Promise<void> {
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  await drive(target, seconds, target.stats);
  target.seconds += (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  target.cpuMs += (cpu.user + cpu.system) / 1000;
}

console.log(
  `machine: ${os.availableParallelism()} cores, load average ${os.loadavg()[0]!.toFixed(2)} before the run; ${CONCURRENCY} concurrent clients; ` +
    `${SECONDS} s per server in ${WINDOWS} alternating windows after ${WARM_UP_SECONDS} s of warm-up each; PostgreSQL at ${new URL(serverUrl).host}`,
);
// Both servers run side by side (each on its own fresh database, seeded alike), and are measured in
// turns: whatever else the machine does during the run weighs on both alike.
const targets = [await prepare(1), await prepare(2)];
try {
  for (let window = 0; window < WINDOWS; window += 1) {
    for (const target of window % 2 === 0 ? targets : [...targets].reverse()) await measure(target, SECONDS / WINDOWS);
  }
} finally {
  await Promise.all(targets.map((target) => target.app.stop()));
}
const rates: number[] = [];
for (const target of targets) {
  const rows = target.stats.summary(target.seconds);
  const ok = rows.reduce((sum, row) => sum + row.ok, 0);
  const errors = rows.reduce((sum, row) => sum + row.errors, 0);
  rates.push(ok / target.seconds);
  const label = `WEB_CONCURRENCY=${target.processes}`;
  for (const row of rows) console.log(`  ${label}  ${row.endpoint.padEnd(36)} ${row.ok} ok, ${row.errors} errors, ${row.rate.toFixed(1)} req/s, p50 ${formatMs(row.p50)}, p99 ${formatMs(row.p99)}`);
  console.log(`${label}: ${(ok / target.seconds).toFixed(1)} successful req/s (${ok} ok, ${errors} errors in ${target.seconds.toFixed(1)} s), bench client CPU ${((target.cpuMs / (target.seconds * 1000)) * 100).toFixed(0)}% of a core`);
}
console.log(`throughput ratio, 2 processes / 1: ${(rates[1]! / rates[0]!).toFixed(2)}×  (load average after the run ${os.loadavg()[0]!.toFixed(2)})`);
