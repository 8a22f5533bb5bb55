// Shared by bench/kill-restart.ts and bench/load.ts: a fresh database filled
// like a newsroom desk (demo accounts, extra reviewers and editors with one
// shared password hash, copies of the sample article), and the production
// server started as its own process group on 127.0.0.1, so that it can be
// SIGKILLed as a whole and started again on the same port.
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { createWriteStream, existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import { prepareArticle } from '../../lib/articles/prepare-article';
import { hashPassword } from '../../lib/security/password-hash';
import type { Role } from '../../lib/vocabulary';
import { ROOT } from '../support';
import { commandOf, descendantsOf, servingPid } from './process-memory';

export type { Role };
export type DeskUser = { id: string; email: string; role: Role };
export type DeskArticle = { id: string; title: string; text: string; revision: number };

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1', '[::1]']);

/** Refuses a PostgreSQL that is not on this machine: the benches put load on it. */
export function assertLoopbackDatabase(url: string): void {
  const host = new URL(url).hostname;
  if (!LOOPBACK.has(host)) throw new Error(`the benches run on loopback only: DATABASE_URL points at ${host}`);
}

/** The project the migrations make (the oldest): the seed's demo accounts and articles are in it, and so is the desk. */
async function defaultProjectId(pool: pg.Pool): Promise<string> {
  const { rows } = await pool.query<{ id: string }>('SELECT id FROM "Project" ORDER BY "createdAt" LIMIT 1');
  if (!rows[0]) throw new Error('the database has no project: run the migrations first');
  return rows[0].id;
}

/**
 * Inserts accounts that all share one argon2id hash of `password` (hashed once: cheap), reviewers and
 * editors members of the default project in their account's role (a person outside an article's
 * project is answered 404); admins see every project without joining.
 */
export async function insertUsers(pool: pg.Pool, accounts: readonly { email: string; name: string; role: Role }[], password: string): Promise<DeskUser[]> {
  const passwordHash = await hashPassword(password);
  const ids = accounts.map(() => randomUUID());
  await pool.query(
    `INSERT INTO "User" (id, email, name, role, "passwordHash", "updatedAt")
     SELECT id, email, name, role::"Role", $5, now() FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[]) AS u(id, email, name, role)`,
    [ids, accounts.map((a) => a.email), accounts.map((a) => a.name), accounts.map((a) => a.role), passwordHash],
  );
  const members = accounts.flatMap((account, index) => (account.role === 'admin' ? [] : [{ id: ids[index]!, role: account.role }]));
  await pool.query(
    `INSERT INTO "ProjectMember" ("projectId", "userId", role) SELECT $1, id, role::"ProjectRole" FROM unnest($2::uuid[], $3::text[]) AS m(id, role)`,
    [await defaultProjectId(pool), members.map((m) => m.id), members.map((m) => m.role)],
  );
  return accounts.map((account, index) => ({ id: ids[index]!, email: account.email, role: account.role }));
}

/** `count` copies of a sample article (its headline numbered) in the default project, each with its first revision. */
export async function insertArticleCopies(pool: pg.Pool, count: number, sampleFile = 'russian-troops-in-iran.txt'): Promise<DeskArticle[]> {
  const source = await readFile(path.join(ROOT, 'prisma/seed-data/articles', sampleFile), 'utf8');
  const projectId = await defaultProjectId(pool);
  const [headline, ...body] = source.split('\n');
  const articles: DeskArticle[] = [];
  for (let i = 1; i <= count; i++) {
    const prepared = prepareArticle({ text: [`${headline} (desk copy ${i})`, ...body].join('\n') });
    const id = randomUUID();
    await pool.query(
      `INSERT INTO "Article" (id, title, html, text, "textHash", publisher, "projectId", "updatedAt") VALUES ($1, $2, $3, $4, $5, 'Bench Wire', $6, now())`,
      [id, prepared.title, prepared.html, prepared.text, prepared.textHash, projectId],
    );
    await pool.query(`INSERT INTO "ArticleRevision" (id, "articleId", revision, title, html, text, "textHash") VALUES ($1, $2, 1, $3, $4, $5, $6)`, [
      randomUUID(),
      id,
      prepared.title,
      prepared.html,
      prepared.text,
      prepared.textHash,
    ]);
    articles.push({ id, title: prepared.title, text: prepared.text, revision: 1 });
  }
  return articles;
}

/** Spans of 2–8 whole words of `text`, as the annotation API wants them (`text.slice(start, end) === exact`). */
export function wordSpans(text: string): { start: number; end: number; exact: string }[] {
  const words = [...text.matchAll(/[^\s]+/g)].map((match) => ({ start: match.index, end: match.index + match[0].length }));
  const spans: { start: number; end: number; exact: string }[] = [];
  for (let i = 0; i + 8 < words.length; i += 3) {
    const last = words[i + 1 + (i % 7)]!;
    // Stay inside one line (a block): spans across blocks are allowed, but keep them like a mouse selection in a paragraph.
    const exact = text.slice(words[i]!.start, last.end);
    if (exact.includes('\n')) continue;
    spans.push({ start: words[i]!.start, end: last.end, exact });
  }
  return spans;
}

// ---------------------------------------------------------------------------------------------
// The server

export type ServerOptions = {
  port: number;
  dataDir: string;
  /** A real PostgreSQL; null runs the embedded PGlite that `npm start` uses (served on `embeddedDbPort`). */
  databaseUrl: string | null;
  embeddedDbPort?: number;
  authSecret: string;
  extraEnv?: Record<string, string>;
  /** Every line the server prints is also appended here (BENCH_SERVER_LOG unless set): its request log, to read a run's slow requests afterwards. */
  logFile?: string;
};

type LogEntry = { msg?: string; requestId?: string; method?: string; path?: string; status?: number; error?: { name?: string; message?: string } };

export class AppServer {
  readonly baseUrl: string;
  private child: ChildProcess | null = null;
  private lines: string[] = [];
  private errors: string[] = [];
  private held: { at: number; maxMs: number; pid: number }[] = [];
  private exited: Promise<void> = Promise.resolve();
  /** The server process (Next.js' server) that answers, once healthy. */
  serverPid: number | null = null;
  /** The launcher (tsx → scripts/start.ts); with the embedded database, PGlite runs in scripts/start.ts. */
  launcherPid: number | null = null;
  starts = 0;

  constructor(readonly options: ServerOptions) {
    this.baseUrl = `http://127.0.0.1:${options.port}`;
  }

  static secret(): string {
    return randomBytes(48).toString('base64url');
  }

  /** Last lines the server printed (stdout and stderr), for reports. */
  log(): string[] {
    return [...this.lines];
  }

  /** The windows in which a server process's event loop was held (scripts/server.ts's warning): when it was logged (Date.now()), for how long at most, which process. */
  loopHeld(): { at: number; maxMs: number; pid: number }[] {
    return [...this.held];
  }

  /** Every line (up to 5,000) that mentions an error, from all starts. */
  errorLines(): string[] {
    return [...this.errors];
  }

  /**
   * The structured "Unhandled error in route handler" lines grouped by error name and message
   * (first line, whitespace collapsed), each with the request (method, path, status) of one example.
   */
  unhandledErrors(): { error: string; count: number; example: string }[] {
    const requests = new Map<string, string>();
    const groups = new Map<string, { count: number; requestId: string }>();
    for (const line of this.errors) {
      const json = line.slice(line.indexOf('{'));
      let entry: LogEntry;
      try {
        entry = JSON.parse(json) as LogEntry;
      } catch {
        continue;
      }
      if (entry.msg === 'request' && entry.requestId) requests.set(entry.requestId, `${entry.method} ${entry.path} → ${entry.status}`);
      if (entry.msg?.startsWith('Unhandled') && entry.error) {
        const message = (entry.error.message ?? '').replace(/\s+/g, ' ').trim().slice(0, 240);
        const key = `${entry.error.name}: ${message}`;
        const group = groups.get(key) ?? { count: 0, requestId: entry.requestId ?? '' };
        group.count += 1;
        groups.set(key, group);
      }
    }
    return [...groups.entries()].map(([error, group]) => ({ error, count: group.count, example: requests.get(group.requestId) ?? group.requestId }));
  }

  /** Spawns `scripts/start.ts` as a new process group and waits until /api/health answers 200; returns ms taken. */
  async start(timeoutMs = 180_000): Promise<number> {
    await waitForBuild();
    const started = performance.now();
    const { options } = this;
    const child = spawn(process.execPath, [path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'scripts/start.ts'], {
      cwd: ROOT,
      env: {
        ...process.env,
        DATABASE_URL: options.databaseUrl ?? '',
        ...(options.databaseUrl === null && options.embeddedDbPort ? { EMBEDDED_DB_PORT: String(options.embeddedDbPort) } : {}),
        PORT: String(options.port),
        HOSTNAME_BIND: '127.0.0.1',
        CORROBORATE_DATA_DIR: options.dataDir,
        NEXTAUTH_SECRET: options.authSecret,
        NEXT_TELEMETRY_DISABLED: '1',
        // One server process unless a bench asks for more: serverPid is then the process serving every request.
        WEB_CONCURRENCY: '1',
        ...options.extraEnv,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    this.child = child;
    this.starts += 1;
    this.serverPid = null;
    this.launcherPid = child.pid ?? null;
    this.exited = new Promise((resolve) => child.once('exit', () => resolve()));
    const generation = this.starts;
    const logFile = options.logFile ?? process.env.BENCH_SERVER_LOG;
    const copy = logFile ? createWriteStream(logFile, { flags: 'a' }) : null;
    if (copy) void this.exited.then(() => copy.end());
    const keeper = () => {
      let partial = '';
      return (chunk: Buffer) => {
        const parts = (partial + chunk.toString()).split('\n');
        partial = parts.pop() ?? '';
        for (const line of parts) {
          if (!line.trim()) continue;
          copy?.write(`${line}\n`);
          this.lines.push(`[start ${generation}] ${line}`);
          if (/"level":"error"|\berror\b/i.test(line) && this.errors.length < 5_000) this.errors.push(`[start ${generation}] ${line}`);
          if (line.includes('"The event loop was held"') && this.held.length < 5_000) {
            const entry = JSON.parse(line.slice(line.indexOf('{'))) as { time: string; maxMs: number; pid: number };
            this.held.push({ at: Date.parse(entry.time), maxMs: entry.maxMs, pid: entry.pid });
          }
        }
        if (this.lines.length > 5_000) this.lines.splice(0, this.lines.length - 5_000);
      };
    };
    child.stdout!.on('data', keeper());
    child.stderr!.on('data', keeper());
    const deadline = started + timeoutMs;
    for (;;) {
      if (child.exitCode !== null || child.signalCode !== null) throw new Error(`the app exited during start-up:\n${this.lines.slice(-30).join('\n')}`);
      if (performance.now() > deadline) throw new Error(`the app did not answer /api/health within ${timeoutMs / 1000} s:\n${this.lines.slice(-30).join('\n')}`);
      const ok = await fetch(`${this.baseUrl}/api/health`, { signal: AbortSignal.timeout(5_000) }).then(
        (response) => response.ok,
        () => false,
      );
      if (ok) break;
      await sleep(50);
    }
    const launcher = child.pid!;
    const family = [launcher, ...(await descendantsOf(launcher))];
    this.serverPid = await servingPid(this.baseUrl);
    // With PGlite the database lives in the process running scripts/start.ts (tsx's child).
    for (const pid of family) {
      if ((await commandOf(pid)).includes('scripts/start.ts') && pid !== launcher) this.launcherPid = pid;
    }
    return performance.now() - started;
  }

  /** Sends `signal` to the server's whole process group (launcher, tsx, Next.js and its workers). */
  signalGroup(signal: NodeJS.Signals): void {
    const pid = this.child?.pid;
    if (pid === undefined) return;
    try {
      process.kill(-pid, signal);
    } catch {
      // already gone
    }
  }

  /** SIGKILL of the process group; resolves once the launcher has exited and the listening process is gone. */
  async kill(): Promise<void> {
    const pid = this.serverPid;
    this.signalGroup('SIGKILL');
    await this.exited;
    for (let i = 0; pid !== null && i < 200 && (await alive(pid)); i++) await sleep(25);
    this.child = null;
  }

  /** SIGTERM (SIGKILL after 10 s) and wait for the exit. */
  async stop(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    this.signalGroup('SIGTERM');
    const timer = setTimeout(() => this.signalGroup('SIGKILL'), 10_000);
    await this.exited;
    clearTimeout(timer);
    // Stragglers of the group (a worker that outlived its parent) get no mercy.
    this.signalGroup('SIGKILL');
    this.child = null;
  }
}

/**
 * scripts/start.ts builds when there is no production build; a bench must not (a build takes the
 * machine for a minute, and another one may be running): wait up to 5 minutes for .next/BUILD_ID.
 */
async function waitForBuild(): Promise<void> {
  const marker = path.join(ROOT, '.next/BUILD_ID');
  for (let waited = 0; !existsSync(marker); waited += 1_000) {
    if (waited === 0) console.log('waiting for a production build (.next/BUILD_ID); run `npm run build` if none is in progress…');
    if (waited > 300_000) throw new Error('no production build: run `npm run build` first');
    await sleep(1_000);
  }
}

async function alive(pid: number): Promise<boolean> {
  return readFile(`/proc/${pid}/stat`, 'utf8').then(
    (stat) => !/^\d+ \(.*\) [ZX]/.test(stat),
    () => false,
  );
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
