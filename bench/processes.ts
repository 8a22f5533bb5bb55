// Throughput of `npm start` with one server process and then two (WEB_CONCURRENCY), in the
// same run on the same machine: a fixed mixed load of signed-in reads — GET /api/articles/<id>
// and GET /api/articles/<id>/annotations, alternating over the seeded articles — from
// BENCH_CONCURRENCY (default 16) concurrent clients for BENCH_SECONDS (default 20) each, after
// a 3 s warm-up. Each run gets a fresh database on DATABASE_URL's server, seeded alike. Prints
// requests/s (p50 and p99 per endpoint) for each and the ratio two/one. The client runs on the same machine:
// its CPU is reported, as it competes with the server processes and PostgreSQL for the cores.
// Run: npm run build && DATABASE_URL=postgresql://postgres@127.0.0.1:5432/postgres npx tsx bench/processes.ts
import os from 'node:os';
import { type RunningApp, formatMs, signIn, startApp } from './support';
import { assertLoopbackDatabase } from './support/desk';
import { EndpointStats, send } from './support/http-client';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 16);
const WARM_UP_SECONDS = 3;

const serverUrl = process.env.DATABASE_URL;
if (!serverUrl) {
  console.log('bench/processes.ts needs DATABASE_URL (a PostgreSQL server; the embedded database runs one process).');
  process.exit(0);
}
assertLoopbackDatabase(serverUrl);

type Run = { processes: number; rate: number; ok: number; errors: number; clientCpuPercent: number };

/** Clients alternating the two reads over `articleIds` until `seconds` have passed; non-2xx replies count as errors. */
async function drive(app: RunningApp, cookie: string, articleIds: string[], seconds: number): Promise<EndpointStats> {
  const stats = new EndpointStats();
  const deadline = performance.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async (_, client) => {
      for (let call = client; performance.now() < deadline; call += 1) {
        const id = articleIds[call % articleIds.length]!;
        const [endpoint, pathname] = call % 2 === 0 ? ['GET /api/articles/:id', `/api/articles/${id}`] : ['GET /api/articles/:id/annotations', `/api/articles/${id}/annotations`];
        stats.record(endpoint, await send(app.baseUrl, cookie, 'GET', pathname, { read: 'count', timeoutMs: 30_000 }));
      }
    }),
  );
  return stats;
}

async function measure(processes: number): Promise<Run> {
  const app = await startApp({ processes });
  try {
    const cookie = await signIn(app.baseUrl, 'reviewer1@example.org', app.password);
    const list = (await (await fetch(`${app.baseUrl}/api/articles`, { headers: { cookie } })).json()) as { articles: { id: string }[] };
    const articleIds = list.articles.map((article) => article.id);
    if (articleIds.length === 0) throw new Error('the seeded reviewer sees no articles');
    await drive(app, cookie, articleIds, WARM_UP_SECONDS);
    const cpuBefore = process.cpuUsage();
    const started = performance.now();
    const stats = await drive(app, cookie, articleIds, SECONDS);
    const elapsed = (performance.now() - started) / 1000;
    const cpu = process.cpuUsage(cpuBefore);
    const rows = stats.summary(elapsed);
    const ok = rows.reduce((sum, row) => sum + row.ok, 0);
    const errors = rows.reduce((sum, row) => sum + row.errors, 0);
    const run: Run = { processes, rate: ok / elapsed, ok, errors, clientCpuPercent: ((cpu.user + cpu.system) / 1000 / (elapsed * 1000)) * 100 };
    for (const row of rows) console.log(`  ${processes} process${processes === 1 ? '' : 'es'}  ${row.endpoint.padEnd(36)} ${row.ok} ok, ${row.errors} errors, ${row.rate.toFixed(1)} req/s, p50 ${formatMs(row.p50)}, p99 ${formatMs(row.p99)}`);
    return run;
  } finally {
    await app.stop();
  }
}

console.log(`machine: ${os.availableParallelism()} cores, load average ${os.loadavg()[0]!.toFixed(2)} before the run; ${CONCURRENCY} concurrent clients, ${SECONDS} s per run after ${WARM_UP_SECONDS} s of warm-up; PostgreSQL at ${new URL(serverUrl).host}`);
const runs: Run[] = [];
for (const processes of [1, 2]) runs.push(await measure(processes));
for (const run of runs) {
  console.log(
    `WEB_CONCURRENCY=${run.processes}: ${run.rate.toFixed(1)} successful req/s (${run.ok} ok, ${run.errors} errors), bench client CPU ${run.clientCpuPercent.toFixed(0)}% of a core`,
  );
}
console.log(`throughput ratio, 2 processes / 1: ${(runs[1]!.rate / runs[0]!.rate).toFixed(2)}×`);
