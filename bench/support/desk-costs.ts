// `bench/desk-scale.ts --costs`: the server CPU each of the desk's requests costs, one request at a
// time on one server process, read from /proc (utime + stime of the server's processes) around
// ROUNDS requests after WARM_UP: figures that depend little on what else the machine is doing,
// unlike latencies under load. The article carries a desk's worth of annotations (8 reviewers,
// 10 each) and the project the desk's members, as in the load run.
import type { ProjectRole } from '../../lib/vocabulary';
import { formatMs } from '../support';
import { VirtualBrowser } from './browser';
import { wordSpans } from './desk';
import type { DeskSetup } from './desk-setup';
import { printTable } from './http-client';
import { clockTicksPerSecond, cpuTicks } from './process-stats';

const ROUNDS = 15;
const WARM_UP = 3;
const AUTHORS = 8;
const EACH = 10;

type Case = { name: string; as: ProjectRole; method: string; path: string; headers?: Record<string, string>; json?: () => unknown };

export async function measureRequestCosts(desk: DeskSetup): Promise<void> {
  const article = desk.articles[0]!;
  const spans = wordSpans(article.text);
  const annotation = (at: number) => ({ label: 'claim', ...spans[at % spans.length]!, rationale: 'read against the agency wire', revision: article.revision, confidence: 'high' });
  for (let author = 0; author < AUTHORS; author++) {
    const browser = new VirtualBrowser(desk.server.baseUrl, desk.reviewerCookies[author % desk.reviewerCookies.length]!);
    for (let i = 0; i < EACH; i++) {
      const reply = await browser.request('POST', `/api/articles/${article.id}/annotations`, { json: annotation(author * EACH + i) });
      if (reply.status !== 201) throw new Error(`saving an annotation answered ${reply.status}: ${reply.body.slice(0, 200)}`);
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
    { name: 'GET /api/articles/:id/consensus', as: 'editor', method: 'GET', path: `/api/articles/${article.id}/consensus` },
  ];
  const pids = await desk.serverPids();
  const ticks = async () => {
    let sum = 0;
    for (const pid of pids) sum += (await cpuTicks(pid)) ?? 0;
    return sum;
  };
  const rows: string[][] = [];
  const reviewer = new VirtualBrowser(desk.server.baseUrl, desk.reviewerCookies[0]!);
  const editor = new VirtualBrowser(desk.server.baseUrl, desk.editorCookies[0]!);
  try {
    for (const item of cases) {
      const browser = item.as === 'reviewer' ? reviewer : editor;
      const once = async () => {
        const reply = await browser.request(item.method, item.path, { headers: item.headers, json: item.json?.() });
        if (reply.status < 200 || reply.status >= 300) throw new Error(`${item.name} answered ${reply.status}: ${reply.body.slice(0, 200)}`);
        return reply;
      };
      for (let i = 0; i < WARM_UP; i++) await once();
      const before = await ticks();
      const walls: number[] = [];
      let bytes = 0;
      for (let i = 0; i < ROUNDS; i++) {
        const reply = await once();
        walls.push(reply.ms);
        bytes += reply.bytes;
      }
      const cpuMs = (((await ticks()) - before) / clockTicksPerSecond()) * 1000;
      walls.sort((a, b) => a - b);
      rows.push([item.name, formatMs(cpuMs / ROUNDS), formatMs(walls[Math.floor(ROUNDS / 2)]!), (bytes / ROUNDS / 1024).toFixed(1)]);
    }
  } finally {
    reviewer.close();
    editor.close();
  }
  console.log(`\nserver CPU per request, one at a time (${ROUNDS} after ${WARM_UP} unmeasured; the article holds ${AUTHORS * EACH} annotations by ${AUTHORS} reviewers; ${desk.reviewerCookies.length + desk.editorCookies.length} project members):`);
  printTable(['request', 'server CPU', 'wall (median)', 'kB each'], rows);
  console.log('CPU is counted in ticks of 10 ms over all server processes (primary included): read the figures to a few ms.');
}
