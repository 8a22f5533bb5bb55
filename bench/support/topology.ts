// PgBouncer and HAProxy for bench/topology.ts: each started in the foreground from the example
// configuration in deploy/ (the README's "Production topology"), rewritten only where a
// throwaway loopback run must differ (addresses, ports, the database, authentication), in a
// temporary folder. Both are Debian packages (apt-get install haproxy pgbouncer); neither is
// run as a system service.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { chmod, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ROOT, freePort } from '../support';

export type Daemon = { port: number; stop(): Promise<void> };

/** Replaces `key = value` lines (INI) or `keyword …` lines (HAProxy) matched by `pattern`; throws when one is missing, so the template and the bench cannot drift apart silently. */
function rewrite(text: string, pattern: RegExp, replacement: string): string {
  if (!pattern.test(text)) throw new Error(`deploy template: no line matches ${pattern}`);
  return text.replace(pattern, replacement);
}

/** Whether `program` is on the PATH. */
export function installed(program: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${program}`]).status === 0;
}

/** Starts `command`, keeping its output (for an error message, and HAProxy's log); resolves once `ready()` holds. */
async function startDaemon(command: string, args: string[], dir: string, ready: () => Promise<boolean>): Promise<ChildProcess & { output(): string }> {
  const child = spawn(command, args, { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const deadline = Date.now() + 10_000;
  while (!(await ready())) {
    if (child.exitCode !== null || Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`${command} did not start:\n${output.slice(-2000)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return Object.assign(child, { output: () => output });
}

async function stopDaemon(child: ChildProcess, dir: string): Promise<void> {
  if (child.exitCode === null) {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  }
  await rm(dir, { recursive: true, force: true });
}

const accepts = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });

/**
 * PgBouncer from deploy/pgbouncer.ini in transaction mode, its one pooled database `corroborate`
 * pointing at `databaseUrl`'s (a loopback PostgreSQL trusting its clients). PgBouncer refuses to
 * run as root: then it runs as `postgres` (-u).
 */
export async function startPgBouncer(databaseUrl: string, poolSize: number): Promise<Daemon & { url: string }> {
  if (!installed('pgbouncer')) throw new Error('pgbouncer is not installed (apt-get install pgbouncer)');
  const target = new URL(databaseUrl);
  const user = decodeURIComponent(target.username) || 'postgres';
  const dir = await mkdtemp(path.join(tmpdir(), 'corroborate-pgbouncer-'));
  const port = await freePort();
  let ini = await readFile(path.join(ROOT, 'deploy/pgbouncer.ini'), 'utf8');
  ini = rewrite(ini, /^\[databases\][\s\S]*?(?=^\[pgbouncer\])/m, `[databases]\ncorroborate = host=${target.hostname} port=${target.port || 5432} dbname=${target.pathname.slice(1)} user=${user}\n\n`);
  ini = rewrite(ini, /^listen_addr = .*$/m, 'listen_addr = 127.0.0.1');
  ini = rewrite(ini, /^listen_port = .*$/m, `listen_port = ${port}`);
  // Loopback only, and the PostgreSQL behind it trusts loopback: no passwords to handle here.
  ini = rewrite(ini, /^auth_type = .*$/m, 'auth_type = trust');
  ini = rewrite(ini, /^auth_file = .*$/m, `auth_file = ${path.join(dir, 'userlist.txt')}`);
  ini = rewrite(ini, /^default_pool_size = .*$/m, `default_pool_size = ${poolSize}`);
  await writeFile(path.join(dir, 'pgbouncer.ini'), ini);
  await writeFile(path.join(dir, 'userlist.txt'), `"${user}" ""\n`);
  // Readable by the user PgBouncer drops to.
  await chmod(dir, 0o755);
  const asRoot = process.getuid?.() === 0;
  const child = await startDaemon('pgbouncer', [...(asRoot ? ['-u', 'postgres'] : []), path.join(dir, 'pgbouncer.ini')], dir, () => accepts(port));
  const url = new URL(databaseUrl);
  url.port = String(port);
  url.pathname = '/corroborate';
  return { port, url: url.toString(), stop: () => stopDaemon(child, dir) };
}

export type Balancer = Daemon & {
  baseUrl: string;
  /** HAProxy's runtime API (stats socket): one command, its answer. */
  command(line: string): Promise<string>;
  /** Waits until every named server is in the given state (UP, MAINT, DOWN) as HAProxy's health checks see it. */
  waitFor(state: string, servers: readonly string[]): Promise<void>;
  /** HAProxy's output so far: its log of requests that went wrong (option dontlog-normal). */
  output(): string;
};

/** HAProxy from deploy/haproxy.cfg, round-robin over `servers` (name → loopback port), checking /api/health/ready. */
export async function startHaproxy(servers: Record<string, number>): Promise<Balancer> {
  if (!installed('haproxy')) throw new Error('haproxy is not installed (apt-get install haproxy)');
  const dir = await mkdtemp(path.join(tmpdir(), 'corroborate-haproxy-'));
  const port = await freePort();
  const socketPath = path.join(dir, 'admin.sock');
  let cfg = await readFile(path.join(ROOT, 'deploy/haproxy.cfg'), 'utf8');
  cfg = rewrite(cfg, /^(\s*stats socket )\S+/m, `$1${socketPath}`);
  cfg = rewrite(cfg, /^(\s*bind ).*$/m, `$1127.0.0.1:${port}`);
  cfg = rewrite(cfg, /^(\s*server .*\n)+/m, Object.entries(servers).map(([name, serverPort]) => `    server ${name} 127.0.0.1:${serverPort}\n`).join(''));
  await writeFile(path.join(dir, 'haproxy.cfg'), cfg);
  // -db: foreground, so the bench owns the process and its end.
  const child = await startDaemon('haproxy', ['-db', '-f', path.join(dir, 'haproxy.cfg')], dir, () => accepts(port));
  const command = (line: string) =>
    new Promise<string>((resolve, reject) => {
      let answer = '';
      const socket = connect(socketPath);
      socket.on('data', (chunk) => (answer += chunk.toString()));
      socket.on('end', () => resolve(answer));
      socket.on('error', reject);
      socket.end(`${line}\n`);
    });
  const waitFor = async (state: string, names: readonly string[]) => {
    const deadline = Date.now() + 30_000;
    for (;;) {
      // `show stat` is CSV: pxname, svname, … with the server's status in the column named "status".
      const [header, ...rows] = (await command('show stat')).trim().split('\n');
      const statusColumn = header!.replace(/^# /, '').split(',').indexOf('status');
      const states = new Map(rows.map((row) => row.split(',')).filter((cells) => cells[0] === 'app').map((cells) => [cells[1]!, cells[statusColumn]!]));
      if (names.every((name) => states.get(name)?.startsWith(state))) return;
      if (Date.now() > deadline) throw new Error(`HAProxy servers not ${state}: ${JSON.stringify(Object.fromEntries(states))}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  };
  return { port, baseUrl: `http://127.0.0.1:${port}`, command, waitFor, output: child.output, stop: () => stopDaemon(child, dir) };
}
