// First start (issue 16, part 6): the README's `npm install && npm start` on a fresh clone of
// this repository's HEAD, with no configuration (embedded database, no build, no generated
// client), timed until GET /api/health answers 200; then the same `npm start` stopped and run
// again with the build present. Prints both figures, the install's share of the first, and
// the steps scripts/start.ts logged with their seconds ("(12.3 s)" at the end of a line).
// npm install uses this machine's npm cache, as a newcomer's second project would.
// Takes a few minutes. Run: npx tsx bench/first-start.ts  (uncommitted changes are not measured)
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { CONFIG_VARIABLES } from '../lib/config';
import { ROOT, freePort } from './support';

const TIMEOUT_MS = 15 * 60_000;

type Run = { child: ChildProcess; output: () => string; exited: Promise<number | null> };

function runCommand(command: string, cwd: string, env: NodeJS.ProcessEnv): Run {
  const child = spawn('bash', ['-c', command], { cwd, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, output: () => output, exited };
}

/** Milliseconds from now until `url` answers 200, or throws if the command ends first or it takes too long. */
async function untilHealthy(run: Run, url: string): Promise<number> {
  const started = performance.now();
  let ended = false;
  void run.exited.then(() => (ended = true));
  while (performance.now() - started < TIMEOUT_MS) {
    if (ended) throw new Error(`the command ended before the server was healthy:\n${run.output().slice(-4000)}`);
    if (await fetch(url).then((response) => response.status === 200, () => false)) return performance.now() - started;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`not healthy after ${TIMEOUT_MS / 60_000} minutes`);
}

function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

/** SIGTERM to the command's whole process group (npm, the start script, the server processes); waits until every one has exited. */
async function stop(run: Run): Promise<number> {
  const started = performance.now();
  const pgid = run.child.pid!;
  if (!groupAlive(pgid)) return 0;
  process.kill(-pgid, 'SIGTERM');
  while (groupAlive(pgid)) {
    if (performance.now() - started > 60_000) process.kill(-pgid, 'SIGKILL');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return performance.now() - started;
}

/** The lines scripts/start.ts ends with "(N s)": its steps and their seconds. */
function steps(output: string): string[] {
  return output.split('\n').filter((line) => /^\[corroborate\] .*\([\d.]+ s\)$/.test(line)).map((line) => `    ${line.replace(/^\[corroborate\] /, '').replace(/^(.{0,110}).*(\([\d.]+ s\))$/, (_, head: string, time: string) => `${head.length >= 110 ? `${head}…` : head} ${time}`)}`);
}

/** The top-level spans of next build's trace (compile, type check, page data, prerendering) with their seconds. */
async function buildSteps(folder: string): Promise<string> {
  const trace = await readFile(path.join(folder, '.next/trace'), 'utf8').catch(() => '');
  const spans = trace.split('\n').filter(Boolean).flatMap((line) => JSON.parse(line) as { name: string; parentId?: number; duration: number }[]);
  return spans
    .filter((span) => span.parentId === 1 && span.duration > 300_000)
    .map((span) => `${span.name} ${(span.duration / 1e6).toFixed(1)} s`)
    .join(', ');
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

const folder = await mkdtemp(path.join(os.tmpdir(), 'corroborate-first-start-'));
const running: Run[] = [];
try {
  if (spawnSync('git', ['status', '--porcelain', '--untracked-files=no'], { cwd: ROOT, encoding: 'utf8' }).stdout.trim()) console.log('note: uncommitted changes are not measured (this clones HEAD)');
  if (spawnSync('git', ['clone', '--quiet', ROOT, folder], { stdio: 'inherit' }).status !== 0) throw new Error('git clone failed');
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(await freePort()) };
  for (const name of [...CONFIG_VARIABLES, 'AUTH_TRUST_HOST', 'NODE_ENV', 'VITEST', 'E2E_BASE_URL']) if (name !== 'PORT') delete env[name];
  const health = `http://127.0.0.1:${env.PORT}/api/health`;
  console.log(`machine: ${os.availableParallelism()} cores, load average ${os.loadavg()[0]!.toFixed(2)}; fresh clone in ${folder}`);

  const install = runCommand('npm install', folder, env);
  running.push(install);
  const installStarted = performance.now();
  if ((await install.exited) !== 0) throw new Error(`npm install failed:\n${install.output().slice(-4000)}`);
  const installMs = performance.now() - installStarted;

  const first = runCommand('npm start', folder, env);
  running.push(first);
  const firstStartMs = await untilHealthy(first, health);
  console.log(`fresh clone, npm install && npm start → healthy: ${seconds(installMs + firstStartMs)}  (npm install ${seconds(installMs)}, npm start ${seconds(firstStartMs)}; target ≤ 90 s)`);
  console.log(steps(first.output()).join('\n'));
  console.log(`  next build's own steps (.next/trace): ${await buildSteps(folder)}`);
  console.log(`  stopped in ${seconds(await stop(first))} (SIGTERM to every process, until all had exited)`);

  const second = runCommand('npm start', folder, env);
  running.push(second);
  const secondStartMs = await untilHealthy(second, health);
  console.log(`build present, npm start → healthy: ${seconds(secondStartMs)}  (target ≤ 6 s)`);
  console.log(steps(second.output()).join('\n'));
  await stop(second);
} finally {
  for (const run of running) await stop(run).catch(() => undefined);
  await rm(folder, { recursive: true, force: true });
}
process.exit(0);
