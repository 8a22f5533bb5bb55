// The README's first command, as its own test: clone this repository's HEAD to
// a temporary folder, run the command exactly as the README writes it (no
// build, no generated files, no DATABASE_URL or other configuration), wait
// until the console says the server is ready, then do what a newcomer does
// next: read the demo password off the console, sign in, list the sample
// articles. Also fails on npm warnings in the install output (a newcomer can do
// nothing about them). `npm test` runs it; alone: `npx tsx scripts/first-run.ts`.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CONFIG_VARIABLES } from '../lib/config';

const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const READY_TIMEOUT_MS = 15 * 60_000;
const startedAt = Date.now();

function log(message: string): void {
  console.log(`[first-run ${((Date.now() - startedAt) / 1000).toFixed(0).padStart(4)} s] ${message}`);
}

/** The first line of the README's first fenced code block. */
export function firstCommand(readme: string): string {
  const block = /^```[a-z]*\n([\s\S]*?)^```/m.exec(readme);
  const command = block?.[1]?.split('\n')[0]?.trim();
  if (!command) throw new Error('README.md has no fenced code block with the commands');
  return command;
}

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '0.0.0.0', () => server.close(() => resolve(true)));
  });
}

/** This process's environment without anything that configures Corroborate: a newcomer has none of it. */
async function pristineEnvironment(): Promise<NodeJS.ProcessEnv> {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of [...CONFIG_VARIABLES, 'AUTH_TRUST_HOST', 'NODE_ENV', 'VITEST', 'E2E_BASE_URL']) delete env[name];
  // The README's default port, unless something on this machine holds it (then the command still runs as written, on another port).
  if (!(await portIsFree(3000))) {
    const other = await new Promise<number>((resolve) => {
      const server = net.createServer().listen(0, '127.0.0.1', () => {
        const address = server.address();
        server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
      });
    });
    log(`port 3000 is taken here; running with PORT=${other}`);
    env.PORT = String(other);
  }
  return env;
}

type Started = { child: ChildProcess; output: () => string; ready: Promise<{ url: string; password: string }> };

function startCommand(command: string, cwd: string, env: NodeJS.ProcessEnv): Started {
  const child = spawn('bash', ['-c', command], { cwd, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const ready = new Promise<{ url: string; password: string }>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`not ready after ${READY_TIMEOUT_MS / 60_000} minutes`)), READY_TIMEOUT_MS);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const url = /ready in [\d.]+ s: open (http:\/\/\S+) and sign in/.exec(output)?.[1];
      const password = /^\[corroborate\]\s+password: (\S+)/m.exec(output)?.[1];
      if (url && password) {
        clearTimeout(timer);
        resolve({ url, password });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the command exited with code ${code} before the server was ready`));
    });
  });
  return { child, output: () => output, ready };
}

async function signInAndListArticles(url: string, password: string): Promise<string[]> {
  const health = await fetch(`${url}/api/health`);
  if (health.status !== 200) throw new Error(`/api/health answered ${health.status}`);
  const csrf = await fetch(`${url}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const cookies = csrf.headers.getSetCookie().map((cookie) => cookie.split(';')[0]);
  const signIn = await fetch(`${url}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: cookies.join('; ') },
    body: new URLSearchParams({ csrfToken, email: 'reviewer1@example.org', password, json: 'true' }),
  });
  const session = signIn.headers.getSetCookie().map((cookie) => cookie.split(';')[0]).find((cookie) => cookie?.includes('session-token'));
  if (!session) throw new Error(`signing in as reviewer1@example.org with the printed password failed (status ${signIn.status})`);
  const articles = await fetch(`${url}/api/articles`, { headers: { cookie: [...cookies, session].join('; ') } });
  if (articles.status !== 200) throw new Error(`GET /api/articles answered ${articles.status}`);
  return ((await articles.json()) as { articles: { title: string }[] }).articles.map((article) => article.title);
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.pid === undefined) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  process.kill(-child.pid, 'SIGTERM');
  const killed = setTimeout(() => child.pid !== undefined && process.kill(-child.pid, 'SIGKILL'), 20_000);
  await exited;
  clearTimeout(killed);
}

async function main(): Promise<void> {
  const readme = await readFile(path.join(PROJECT_ROOT, 'README.md'), 'utf8');
  const command = firstCommand(readme);
  const folder = await mkdtemp(path.join(os.tmpdir(), 'corroborate-first-run-'));
  let started: Started | null = null;
  try {
    const status = spawnSync('git', ['status', '--porcelain', '--untracked-files=no'], { cwd: PROJECT_ROOT, encoding: 'utf8' }).stdout.trim();
    if (status) log('note: uncommitted changes are not part of this check (it clones HEAD)');
    const clone = spawnSync('git', ['clone', '--quiet', PROJECT_ROOT, folder], { stdio: 'inherit' });
    if (clone.status !== 0) throw new Error('git clone failed');
    log(`fresh clone in ${folder}; running the README's first command: ${command}`);
    started = startCommand(command, folder, await pristineEnvironment());
    const { url, password } = await started.ready;
    log(`the console says the server is ready at ${url} and shows the demo password`);
    const titles = await signInAndListArticles(url.replace('localhost', '127.0.0.1'), password);
    const samples = JSON.parse(await readFile(path.join(PROJECT_ROOT, 'prisma/seed-data/articles/index.json'), 'utf8')) as unknown[];
    if (titles.length !== samples.length) throw new Error(`expected the ${samples.length} sample articles, got: ${JSON.stringify(titles)}`);
    log(`signed in as reviewer1@example.org and listed the sample articles: ${titles.join(' | ')}`);
    const warnings = started.output().split('\n').filter((line) => /^npm warn|EBADENGINE|ERR_MODULE_NOT_FOUND/i.test(line));
    if (warnings.length > 0) throw new Error(`the install printed warnings a newcomer cannot act on:\n${warnings.join('\n')}`);
    log('PASS');
  } catch (error) {
    console.error(started ? `--- output of the command ---\n${started.output().slice(-6000)}\n---` : '');
    throw error;
  } finally {
    if (started) await stop(started.child);
    await rm(folder, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`[first-run] FAIL: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
