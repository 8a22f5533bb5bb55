// `bench/desk-scale.ts --costs`: the server CPU each of the desk's requests costs, one request at a
// time on one server process, read from /proc (the scheduler's nanoseconds of the server's processes) around
// ROUNDS requests after WARM_UP, the kinds taking turns (BLOCKS): figures that depend little on
// what else the machine is doing, unlike latencies under load. The article carries a desk's worth of annotations (8 reviewers,
// 10 each, all but the first of them submitted, so the consensus page has reviews to show) and
// the project the desk's members, as in the load run.
//
// With `profile`, the same requests then go to one more server process (scripts/server.ts under
// `node --cpu-prof`, on the desk's database with its secret), and the top self-time items of each
// kind of request are printed (the profile cut to its window; figures inflated by the profiler).
import { spawn } from 'node:child_process';
import { mkdtemp, readdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { ProjectRole } from '../../lib/vocabulary';
import { formatMs } from '../support';
import { ROOT, freePort } from '../support';
import { VirtualBrowser } from './browser';
import { formatSummary, readProfile, summariseProfile } from './cpu-profile';
import { wordSpans } from './desk';
import type { DeskSetup } from './desk-setup';
import { printTable } from './http-client';
import { cpuNanoseconds } from './process-stats';

const ROUNDS = 30;
/**
 * The kinds take turns, ROUNDS / BLOCKS requests each: this machine's speed drifts by a quarter
 * over minutes (other work on the host), and kinds compared with each other (the consensus page
 * on either tab) should meet the same drift.
 */
const BLOCKS = 5;
const WARM_UP = 3;
const AUTHORS = 8;
const EACH = 10;

type Case = { name: string; as: ProjectRole; method: string; path: string; headers?: Record<string, string>; json?: () => unknown };

export async function measureRequestCosts(desk: DeskSetup, options: { profile?: boolean } = {}): Promise<void> {
  const article = desk.articles[0]!;
  const spans = wordSpans(article.text);
  const annotation = (at: number) => ({ label: 'claim', ...spans[at % spans.length]!, rationale: 'read against the agency wire', revision: article.revision, confidence: 'high' });
  for (let author = 0; author < AUTHORS; author++) {
    const browser = new VirtualBrowser(desk.server.baseUrl, desk.reviewerCookies[author % desk.reviewerCookies.length]!);
    for (let i = 0; i < EACH; i++) {
      const reply = await browser.request('POST', `/api/articles/${article.id}/annotations`, { json: annotation(author * EACH + i) });
      if (reply.status !== 201) throw new Error(`saving an annotation answered ${reply.status}: ${reply.body.slice(0, 200)}`);
    }
    // The first reviewer keeps drafting (the page and the saves measured are theirs); the others submit.
    if (author > 0) {
      const submitted = await browser.request('POST', `/api/articles/${article.id}/submit`);
      if (submitted.status !== 201) throw new Error(`submitting a review answered ${submitted.status}: ${submitted.body.slice(0, 200)}`);
    }
    browser.close();
  }
  const rsc = { rsc: '1' };
  let saved = 0;
  const cases: Case[] = [
    { name: 'GET /articles/:id (page)', as: 'reviewer', method: 'GET', path: `/articles/${article.id}` },
    { name: 'GET /articles/:id (RSC refresh)', as: 'reviewer', method: 'GET', path: `/articles/${article.id}?_rsc=`, headers: rsc },
    { name: 'GET /api/articles/:id/annotations', as: 'reviewer', method: 'GET', path: `/api/articles/${article.id}/annotations` },
    { name: 'POST /api/articles/:id/annotations', as: 'reviewer', method: 'POST', path: `/api/articles/${article.id}/annotations`, json: () => annotation(saved++) },
    { name: 'GET /articles/:id/consensus (page)', as: 'editor', method: 'GET', path: `/articles/${article.id}/consensus` },
    { name: 'GET /articles/:id/consensus (RSC refresh)', as: 'editor', method: 'GET', path: `/articles/${article.id}/consensus?_rsc=`, headers: rsc },
    // The figures tab: the figures are rendered on the server only for it (components/consensus/consensus-tab.ts).
    { name: 'GET /articles/:id/consensus?view=figures (page)', as: 'editor', method: 'GET', path: `/articles/${article.id}/consensus?view=figures` },
    { name: 'GET /api/articles/:id/consensus', as: 'editor', method: 'GET', path: `/api/articles/${article.id}/consensus` },
  ];
  const pids = await desk.serverPids();
  // Nanoseconds, not 10 ms ticks: a turn is a few requests, and ticks would round each to tens of ms.
  const cpuNs = async () => {
    let sum = 0;
    for (const pid of pids) sum += (await cpuNanoseconds(pid)) ?? 0;
    return sum;
  };
  const totals = new Map<string, { ns: number; walls: number[]; bytes: number; rawBytes: number }>();
  await runCases(desk, desk.server.baseUrl, cases, BLOCKS, async (item, run) => {
    const before = await cpuNs();
    const sample = await run();
    const spent = (await cpuNs()) - before;
    const total = totals.get(item.name) ?? { ns: 0, walls: [], bytes: 0, rawBytes: 0 };
    totals.set(item.name, { ns: total.ns + spent, walls: [...total.walls, ...sample.walls], bytes: total.bytes + sample.bytes, rawBytes: total.rawBytes + sample.rawBytes });
  });
  const rows = [...totals].map(([name, { ns: spent, walls, bytes, rawBytes }]) => {
    walls.sort((a, b) => a - b);
    return [name, formatMs(spent / 1e6 / ROUNDS), formatMs(walls[Math.floor(ROUNDS / 2)]!), (bytes / ROUNDS / 1024).toFixed(1), (rawBytes / ROUNDS / 1024).toFixed(1)];
  });
  const members = desk.reviewerCookies.length + desk.editorCookies.length;
  console.log(`\nserver CPU per request, one at a time (${ROUNDS} after ${WARM_UP} unmeasured, in ${BLOCKS} turns of ${ROUNDS / BLOCKS} per kind; the article holds ${AUTHORS * EACH} annotations by ${AUTHORS} reviewers, ${AUTHORS - 1} of them submitted; ${members} project members):`);
  printTable(['request', 'server CPU', 'wall (median)', 'kB each (sent)', 'kB each (decoded)'], rows);
  console.log('CPU is the scheduler\'s count over all server processes (primary included) and their threads.');
  if (options.profile) await profileCases(desk, cases);
}

type Run = () => Promise<{ walls: number[]; bytes: number; rawBytes: number }>;

/** Each case WARM_UP times unmeasured, then in `blocks` turns `measure` around ROUNDS / blocks of its requests. */
async function runCases(desk: DeskSetup, baseUrl: string, cases: Case[], blocks: number, measure: (item: Case, run: Run) => Promise<void>): Promise<void> {
  const reviewer = new VirtualBrowser(baseUrl, desk.reviewerCookies[0]!);
  const editor = new VirtualBrowser(baseUrl, desk.editorCookies[0]!);
  const once = async (item: Case) => {
    const browser = item.as === 'reviewer' ? reviewer : editor;
    const reply = await browser.request(item.method, item.path, { headers: item.headers, json: item.json?.() });
    if (reply.status < 200 || reply.status >= 300) throw new Error(`${item.name} answered ${reply.status}: ${reply.body.slice(0, 200)}`);
    return reply;
  };
  try {
    for (const item of cases) for (let i = 0; i < WARM_UP; i++) await once(item);
    for (let block = 0; block < blocks; block++) {
      for (const item of cases) {
        await measure(item, async () => {
          const walls: number[] = [];
          let bytes = 0;
          let rawBytes = 0;
          for (let i = 0; i < ROUNDS / blocks; i++) {
            const reply = await once(item);
            walls.push(reply.ms);
            bytes += reply.bytes;
            rawBytes += Buffer.byteLength(reply.body);
          }
          return { walls, bytes, rawBytes };
        });
      }
    }
  } finally {
    reviewer.close();
    editor.close();
  }
}

// Node refuses --cpu-prof in NODE_OPTIONS and the cluster's workers take their own flags: the
// profile is of one more server process on the same database, with the same secret.
async function profileCases(desk: DeskSetup, cases: Case[]): Promise<void> {
  const directory = await mkdtemp(path.join(os.tmpdir(), 'corroborate-desk-prof-'));
  const port = await freePort();
  const { databaseUrl, authSecret } = desk.server.options;
  const child = spawn(process.execPath, ['--cpu-prof', `--cpu-prof-dir=${directory}`, '--import', 'tsx', 'scripts/server.ts', '--no-outbound'], {
    cwd: ROOT,
    env: { ...process.env, NODE_ENV: 'production', PORT: String(port), DATABASE_URL: databaseUrl ?? '', NEXTAUTH_SECRET: authSecret, NEXT_TELEMETRY_DISABLED: '1' },
    stdio: 'ignore',
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  const windows = new Map<string, { fromUs: number; toUs: number }>();
  const monotonicUs = () => Number(process.hrtime.bigint() / 1000n);
  try {
    while (!(await fetch(`${baseUrl}/api/health`).then((response) => response.ok, () => false))) {
      if (child.exitCode !== null) throw new Error('the profiled server exited during start-up');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    await runCases(desk, baseUrl, cases, 1, async (item, run) => {
      const fromUs = monotonicUs();
      await run();
      windows.set(item.name, { fromUs, toUs: monotonicUs() });
    });
  } finally {
    child.kill('SIGTERM'); // it writes its profile as it exits
    if (child.exitCode === null) await new Promise((resolve) => child.once('exit', resolve));
  }
  const file = (await readdir(directory)).find((name) => name.endsWith('.cpuprofile'));
  if (!file) throw new Error(`no profile was written to ${directory}`);
  const profile = await readProfile(path.join(directory, file));
  for (const [name, window] of windows) {
    console.log(`\n${name}: profile of its ${ROUNDS} requests (self time; under the profiler)`);
    console.log(formatSummary(summariseProfile(profile, { window, top: 14 })));
  }
}
