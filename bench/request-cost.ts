// Server CPU per request (issue 16, part 2): the production build under `npm start` (one
// server process, a fresh database), a seeded reviewer signed in, and for each endpoint
// BENCH_REQUESTS sequential requests (pages: BENCH_PAGE_REQUESTS) after a warm-up, cut into
// BENCH_BLOCKS (10) blocks in which the endpoints take turns. The CPU is the server process's
// own (the scheduler's nanoseconds, /proc/<pid>/task/*/schedstat, of the pid /api/health/live
// names) over those requests, divided by their number; beside it the database's (the
// embedded PGlite in the start process, or the PostgreSQL backends of the bench's database).
// The API routes are a reviewer's (the article, its annotations, their list and notifications) and
// the desk's, as an editor (the discussion, the reviews and assignments panels, the consensus).
// Each API route is set against the bare route handler of the same build (GET
// /api/bench/bare), each page against a bare page carrying as much text (/bench/text with the
// article's size). A write (saving an annotation) is set against both the bare GET route and a
// bare write (POST /api/bench/bare reading the same JSON body): the gap between the two bare
// routes is what Next.js costs for a request body. BENCH_ROUNDS rounds; the median round is printed with
// the range, and the ratio is the median of each round's ratio to that round's bare endpoint.
// Saving an annotation is measured on POSTs alone; what they made is deleted after.
// Linux only (/proc). Run: npm run build && npx tsx bench/request-cost.ts
//
// --profile: one round against a server process under `node --cpu-prof`, then the top self-time
// items of each endpoint's requests and the app's functions by inclusive time (the profile cut to
// its window; figures inflated by the profiler). Build with CORROBORATE_PROFILE_BUILD=1 for the
// app's function names (next.config.js).
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { ROOT, formatMs, freePort, signIn, startApp, summarise } from './support';
import { formatSummary, readProfile, summariseProfile } from './support/cpu-profile';
import { NAVIGATION_HEADERS } from './support/browser';
import { type Reply, send } from './support/http-client';
import { cpuNanoseconds, postgresBackendsOf } from './support/process-stats';

const PROFILE = process.argv.includes('--profile');
const ROUNDS = PROFILE ? 1 : Number(process.env.BENCH_ROUNDS ?? 3);
const API_REQUESTS = Number(process.env.BENCH_REQUESTS ?? 200);
const PAGE_REQUESTS = Number(process.env.BENCH_PAGE_REQUESTS ?? 60);
const WARM_UP = 15;
/** Turns per round: each endpoint's requests are cut into this many blocks, the endpoints taking turns. */
const BLOCKS = Number(process.env.BENCH_BLOCKS ?? 10);

/** What an endpoint is set against: a bare GET route, a bare route reading a JSON body (writes, which are set against both), a bare page. */
type Baseline = 'route' | 'write' | 'page';
type Endpoint = { name: string; kind: Baseline; bare?: true; requests: number; call(index: number): Promise<Reply>; expect: number; cleanUp?(replies: Reply[]): Promise<void> };
type Round = { cpuMs: number; dbMs: number; wall: number[]; windows: { fromUs: number; toUs: number }[] };

const profileDir = PROFILE ? await mkdtemp(path.join(os.tmpdir(), 'corroborate-cpu-prof-')) : null;
// Node refuses --cpu-prof in NODE_OPTIONS, and the cluster workers take their own flags: the
// profile is of one more server process (scripts/server.ts under node --cpu-prof) on the same
// database, with the same secret, which the bench then sends its requests to.
const databasePort = await freePort();
const secret = randomBytes(36).toString('base64url');
const started = await startApp(profileDir ? { env: { EMBEDDED_DB_PORT: String(databasePort), NEXTAUTH_SECRET: secret } } : {});
const profiled = profileDir ? await startProfiledServer(profileDir) : null;
const app = profiled ? { ...started, baseUrl: profiled.baseUrl } : started;
const monotonicUs = () => Number(process.hrtime.bigint() / 1000n);
let stopped = false;
const stopApp = async () => {
  if (stopped) return;
  stopped = true;
  await profiled?.stop();
  await started.stop();
};

async function startProfiledServer(directory: string): Promise<{ baseUrl: string; stop(): Promise<void> }> {
  const port = await freePort();
  const child = spawn(process.execPath, [`--cpu-prof`, `--cpu-prof-dir=${directory}`, '--import', 'tsx', 'scripts/server.ts', '--no-outbound'], {
    cwd: ROOT,
    env: { ...process.env, NODE_ENV: 'production', PORT: String(port), DATABASE_URL: started.databaseUrl ?? `postgresql://postgres@127.0.0.1:${databasePort}/postgres`, DATABASE_POOL_SIZE: '1', NEXTAUTH_SECRET: secret, NEXT_TELEMETRY_DISABLED: '1' },
    stdio: 'ignore',
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  while (!(await fetch(`${baseUrl}/api/health`).then((response) => response.ok, () => false))) {
    if (child.exitCode !== null) throw new Error('the profiled server exited during start-up');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    baseUrl,
    async stop() {
      child.kill('SIGTERM'); // it writes its profile as it exits
      if (child.exitCode === null) await new Promise((resolve) => child.once('exit', resolve));
    },
  };
}

try {
  const live = (await (await fetch(`${app.baseUrl}/api/health/live`)).json()) as { process: { pid: number } };
  const serverPid = live.process.pid;
  // The cluster primary (scripts/start.ts, the parent of npm start's server process) holds the embedded database.
  const workerPid = ((await (await fetch(`${started.baseUrl}/api/health/live`)).json()) as { process: { pid: number } }).process.pid;
  const primaryPid = Number((await readFile(`/proc/${workerPid}/stat`, 'utf8')).split(') ')[1]!.split(' ')[1]);
  const databasePids = async () => (app.databaseUrl ? postgresBackendsOf(new URL(app.databaseUrl).pathname.slice(1)) : [primaryPid]);

  const cookie = await signIn(app.baseUrl, 'reviewer1@example.org', app.password);
  // The desk's reads (consensus, reviews, assignments, the discussion) are an editor's.
  const editorCookie = await signIn(app.baseUrl, 'editor@example.org', app.password);
  const list = (await (await fetch(`${app.baseUrl}/api/articles`, { headers: { cookie } })).json()) as { articles: { id: string; title: string }[] };
  const articleId = list.articles.find((candidate) => candidate.title.startsWith('Russian Troops'))!.id;
  const { article } = (await (await fetch(`${app.baseUrl}/api/articles/${articleId}`, { headers: { cookie } })).json()) as { article: { text: string; revision: number } };
  const paragraphs = article.text.split('\n').filter(Boolean).length;
  const get = (pathname: string, as = cookie) => () => send(app.baseUrl, as, 'GET', pathname, { read: 'count' });
  /** A page as a browser opens it (the document, with the interface's catalogue for its client components). */
  const open = (pathname: string) => () => send(app.baseUrl, cookie, 'GET', pathname, { read: 'count', headers: NAVIGATION_HEADERS });
  /** Spans spread over the text, 24 characters each, one per request. */
  const span = (index: number) => {
    const start = (index * 97) % (article.text.length - 24);
    return { label: 'claim', start, end: start + 24, exact: article.text.slice(start, start + 24), revision: article.revision, rationale: 'request-cost bench' };
  };
  const deleteMade = async (replies: Reply[]) => {
    for (const reply of replies) {
      const id = (JSON.parse(reply.body) as { annotation?: { id: string } }).annotation?.id;
      if (id) await send(app.baseUrl, cookie, 'DELETE', `/api/annotations/${id}`, { headers: { origin: app.baseUrl } });
    }
  };

  const endpoints: Endpoint[] = [
    { name: 'GET /api/bench/bare (bare route)', kind: 'route', bare: true, requests: API_REQUESTS, call: get('/api/bench/bare'), expect: 200 },
    { name: 'GET /api/health/live', kind: 'route', requests: API_REQUESTS, call: get('/api/health/live'), expect: 200 },
    { name: 'GET /api/health', kind: 'route', requests: API_REQUESTS, call: get('/api/health'), expect: 200 },
    { name: 'GET /api/articles/<id>', kind: 'route', requests: API_REQUESTS, call: get(`/api/articles/${articleId}`), expect: 200 },
    { name: 'GET /api/articles/<id>/annotations', kind: 'route', requests: API_REQUESTS, call: get(`/api/articles/${articleId}/annotations`), expect: 200 },
    { name: 'GET /api/articles', kind: 'route', requests: API_REQUESTS, call: get('/api/articles'), expect: 200 },
    { name: 'GET /api/notifications', kind: 'route', requests: API_REQUESTS, call: get('/api/notifications'), expect: 200 },
    { name: 'GET /api/articles/<id>/comments (editor)', kind: 'route', requests: API_REQUESTS, call: get(`/api/articles/${articleId}/comments`, editorCookie), expect: 200 },
    { name: 'GET /api/articles/<id>/reviews (editor)', kind: 'route', requests: API_REQUESTS, call: get(`/api/articles/${articleId}/reviews`, editorCookie), expect: 200 },
    { name: 'GET /api/articles/<id>/assignments (editor)', kind: 'route', requests: API_REQUESTS, call: get(`/api/articles/${articleId}/assignments`, editorCookie), expect: 200 },
    { name: 'GET /api/articles/<id>/consensus (editor)', kind: 'route', requests: API_REQUESTS, call: get(`/api/articles/${articleId}/consensus`, editorCookie), expect: 200 },
    {
      name: 'POST /api/bench/bare (bare write)',
      kind: 'write',
      bare: true,
      requests: API_REQUESTS,
      call: (index) => send(app.baseUrl, cookie, 'POST', '/api/bench/bare', { json: span(index), headers: { origin: app.baseUrl } }),
      expect: 201,
    },
    {
      name: 'POST /api/articles/<id>/annotations',
      kind: 'write',
      requests: API_REQUESTS,
      call: (index) => send(app.baseUrl, cookie, 'POST', `/api/articles/${articleId}/annotations`, { json: span(index), headers: { origin: app.baseUrl } }),
      expect: 201,
      cleanUp: deleteMade,
    },
    { name: `GET /bench/text (bare page, ${article.text.length} chars)`, kind: 'page', bare: true, requests: PAGE_REQUESTS, call: open(`/bench/text?chars=${article.text.length}&paragraphs=${paragraphs}`), expect: 200 },
    { name: 'GET /articles/<id> (article page)', kind: 'page', requests: PAGE_REQUESTS, call: open(`/articles/${articleId}`), expect: 200 },
  ];

  const cpuNsOf = async (pids: readonly number[]) => {
    let ns = 0;
    for (const pid of pids) ns += (await cpuNanoseconds(pid)) ?? 0;
    return ns;
  };
  const check = (endpoint: Endpoint, reply: Reply) => {
    if (reply.status !== endpoint.expect) throw new Error(`${endpoint.name} answered ${reply.status} (expected ${endpoint.expect}): ${reply.body.slice(0, 300)}`);
    return reply;
  };

  /**
   * One round: a warm-up of each endpoint, then BLOCKS blocks in which the endpoints take turns,
   * a few requests each. The host's speed drifts by a quarter over minutes; endpoints measured one
   * after another for a minute each would carry that drift into their ratios, turns of a few
   * hundred milliseconds do not. Each endpoint's CPU is the sum over its blocks (the scheduler's
   * nanoseconds: 10 ms ticks would be too coarse for a block).
   */
  async function measureRound(round: number): Promise<Map<Endpoint, Round>> {
    const measured = new Map<Endpoint, Round>();
    const dbPids = await databasePids();
    for (const endpoint of endpoints) {
      const offset = round * (endpoint.requests + WARM_UP);
      const warm: Reply[] = [];
      for (let index = 0; index < WARM_UP; index += 1) warm.push(check(endpoint, await endpoint.call(offset + index)));
      await endpoint.cleanUp?.(warm);
      measured.set(endpoint, { cpuMs: 0, dbMs: 0, wall: [], windows: [] });
    }
    for (let block = 0; block < BLOCKS; block += 1) {
      for (const endpoint of endpoints) {
        const at = measured.get(endpoint)!;
        // Requests [from, to) of this endpoint's share of the round fall in this block.
        const [from, to] = [Math.floor((endpoint.requests * block) / BLOCKS), Math.floor((endpoint.requests * (block + 1)) / BLOCKS)];
        const offset = round * (endpoint.requests + WARM_UP) + WARM_UP;
        const [serverBefore, dbBefore] = [await cpuNsOf([serverPid]), await cpuNsOf(dbPids)];
        const fromUs = monotonicUs();
        const replies: Reply[] = [];
        for (let index = from; index < to; index += 1) replies.push(check(endpoint, await endpoint.call(offset + index)));
        at.windows.push({ fromUs, toUs: monotonicUs() });
        const [serverAfter, dbAfter] = [await cpuNsOf([serverPid]), await cpuNsOf(dbPids)];
        at.cpuMs += (serverAfter - serverBefore) / 1e6 / endpoint.requests;
        at.dbMs += (dbAfter - dbBefore) / 1e6 / endpoint.requests;
        at.wall.push(...replies.map((reply) => reply.ms));
        await endpoint.cleanUp?.(replies);
      }
    }
    return measured;
  }

  const rounds = new Map<Endpoint, Round[]>(endpoints.map((endpoint) => [endpoint, []]));
  for (let round = 0; round < ROUNDS; round += 1) {
    for (const [endpoint, measured] of await measureRound(round)) rounds.get(endpoint)!.push(measured);
  }

  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  const cpuMedian = (endpoint: Endpoint) => median(rounds.get(endpoint)!.map((round) => round.cpuMs));
  console.log(
    `machine: ${os.availableParallelism()} cores, load average ${os.loadavg()[0]!.toFixed(2)}; ${app.databaseUrl ? "PostgreSQL at DATABASE_URL's server" : 'embedded database (PGlite)'}; ` +
      `${ROUNDS} round(s) of ${API_REQUESTS} API / ${PAGE_REQUESTS} page requests each, sequential, in ${BLOCKS} turns of the endpoints, after ${WARM_UP} warm-up${PROFILE ? '; UNDER THE PROFILER (figures inflated)' : ''}`,
  );
  console.log(`${'endpoint'.padEnd(48)} ${'server CPU/request'.padEnd(28)} ${'ratio to bare, per round'.padEnd(56)} database CPU/request   wall p50`);
  for (const endpoint of endpoints) {
    const measured = rounds.get(endpoint)!;
    const cpu = measured.map((round) => round.cpuMs);
    const range = measured.length > 1 ? ` (${Math.min(...cpu).toFixed(2)}–${Math.max(...cpu).toFixed(2)})` : '';
    // Each round's ratio to the bare endpoint of the same round (measured minutes apart at most), then
    // their median: steadier on a VM whose speed drifts than the ratio of two medians.
    const against = (kind: Baseline) => {
      const bareRounds = rounds.get(endpoints.find((other) => other.kind === kind && other.bare)!)!;
      const ratios = measured.map((round, index) => round.cpuMs / bareRounds[index]!.cpuMs);
      return `${median(ratios).toFixed(2)}× ${kind.padEnd(5)}${measured.length > 1 ? ` (${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)})` : ''}`;
    };
    // A write is also set against the bare GET route: the bare write's own cost over it is Next.js's.
    const ratio = endpoint.kind === 'write' ? `${against('write')}; ${against('route')}` : against(endpoint.kind);
    console.log(
      `${endpoint.name.padEnd(48)} ${`${cpuMedian(endpoint).toFixed(2)} ms${range}`.padEnd(28)} ${ratio.padEnd(56)} ${`${median(measured.map((round) => round.dbMs)).toFixed(2)} ms`.padEnd(22)} ${formatMs(summarise(measured.flatMap((round) => round.wall)).p50)}`,
    );
  }

  if (profileDir) {
    await stopApp(); // the profile is written as the server process exits
    const file = (await readdir(profileDir)).find((name) => name.includes(`.${serverPid}.`));
    if (!file) throw new Error(`no profile of the server process ${serverPid} in ${profileDir}`);
    const profile = await readProfile(path.join(profileDir, file));
    for (const endpoint of endpoints) {
      const [round] = rounds.get(endpoint)!;
      console.log(`\n${endpoint.name}: profile of its ${endpoint.requests} requests (self time)`);
      console.log(formatSummary(summariseProfile(profile, { window: round!.windows, top: 12 })));
    }
    // Each endpoint's windows beside the profile, for another look at one of them (cpu-profile.ts <file> [top] <windows> <endpoint>).
    const windowsFile = path.join(profileDir, 'windows.json');
    await writeFile(windowsFile, JSON.stringify(Object.fromEntries(endpoints.map((endpoint) => [endpoint.name, rounds.get(endpoint)![0]!.windows]))));
    console.log(`\nprofile kept in ${path.join(profileDir, file)}, each endpoint's windows in ${windowsFile} (npx tsx bench/support/cpu-profile.ts <file> [top] [<windows> <endpoint>])`);
  }
} finally {
  await stopApp().catch(() => undefined);
}
