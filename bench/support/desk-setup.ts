// A desk for bench/desk-scale.ts: a fresh database on a PostgreSQL server (migrated, seeded, then
// filled with copies of the sample article and the desk's accounts), the production server on it
// as `npm start` runs it (WEB_CONCURRENCY processes), a session cookie for everyone, and one
// unmeasured request of each kind to show the way in works. Everything it makes is also handed to
// `cleanup`, so a failure or a signal still stops the server and drops the database.
import type { ProjectRole } from '../../lib/vocabulary';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { seedDatabase } from '../../prisma/seed';
import { applyMigrations, createTemporaryDatabase } from '../../scripts/db/schema-engine';
import { freePort } from '../support';
import { VirtualBrowser } from './browser';
import type { Cleanup } from './cleanup';
import { AppServer, type DeskArticle, insertArticleCopies, insertUsers, sleep } from './desk';
import { commandOf, descendantsOf } from './process-memory';
import { sessionCookie } from './session-cookies';

const WARM_UP_TRIES = 5;

export type DeskSetup = {
  server: AppServer;
  databaseName: string;
  articles: DeskArticle[];
  reviewerCookies: string[];
  editorCookies: string[];
  /** The cluster's workers (scripts/server.ts), found once the server answered. */
  workerPids: number[];
  /** The primary (scripts/start.ts) and its workers, found anew at each call (a dead worker is replaced). */
  serverPids(): Promise<number[]>;
  /** Stops the server, drops the database. */
  close(): Promise<void>;
};

export type DeskOptions = { serverUrl: string; reviewers: number; editors: number; perArticle: number; processes: number; cleanup: Cleanup };

export async function prepareDesk(options: DeskOptions): Promise<DeskSetup> {
  const steps: (() => Promise<unknown>)[] = [];
  const own = (step: () => Promise<unknown>) => {
    let done: Promise<unknown> | undefined;
    const once = () => (done ??= step());
    steps.push(once);
    options.cleanup.add(once);
  };
  const close = async () => {
    for (const step of [...steps].reverse()) await step().catch((error: unknown) => console.error(`cleanup: ${error instanceof Error ? error.message : String(error)}`));
  };
  try {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'corroborate-bench-desk-'));
    own(() => rm(dataDir, { recursive: true, force: true }));
    const database = await createTemporaryDatabase(options.serverUrl, 'corroborate_bench_desk_');
    own(() => database.drop());
    await applyMigrations(database.url);
    await seedDatabase(database.url, { demoAccounts: true, demoPassword: randomBytes(12).toString('base64url') });

    const pool = new pg.Pool({ connectionString: database.url, max: 1 });
    pool.on('error', () => undefined);
    const password = randomBytes(12).toString('base64url');
    let articles: DeskArticle[];
    let people: { id: string; email: string; name: string; role: ProjectRole }[];
    try {
      articles = await insertArticleCopies(pool, Math.max(1, Math.ceil(options.reviewers / options.perArticle)));
      const accounts = [
        ...Array.from({ length: options.reviewers }, (_, i) => ({ email: `desk-reviewer-${i}@example.org`, name: `Desk Reviewer ${i}`, role: 'reviewer' as const })),
        ...Array.from({ length: options.editors }, (_, i) => ({ email: `desk-editor-${i}@example.org`, name: `Desk Editor ${i}`, role: 'editor' as const })),
      ];
      const inserted = await insertUsers(pool, accounts, password);
      people = inserted.map((user, i) => ({ id: user.id, email: user.email, name: accounts[i]!.name, role: accounts[i]!.role }));
    } finally {
      await pool.end();
    }

    const secret = AppServer.secret();
    const server = new AppServer({ port: await freePort(), dataDir, databaseUrl: database.url, authSecret: secret, extraEnv: { WEB_CONCURRENCY: String(options.processes) } });
    own(() => server.stop());
    await server.start();
    const workerPids = await findWorkers(server.launcherPid!, options.processes);

    const cookies = await Promise.all(people.map((person) => sessionCookie(secret, person)));
    const reviewerCookies = cookies.slice(0, options.reviewers);
    const editorCookies = cookies.slice(options.reviewers);
    await warmUp(server.baseUrl, reviewerCookies[0]!, editorCookies[0] ?? null, articles[0]!.id, options.processes);
    const primary = server.launcherPid!;
    const serverPids = async () => [primary, ...(await descendantsOf(primary))];
    return { server, databaseName: database.name, articles, reviewerCookies, editorCookies, workerPids, serverPids, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/** The cluster's workers under `primary`; looked for again for a few seconds while fewer than `count` are found (a busy machine). */
async function findWorkers(primary: number, count: number): Promise<number[]> {
  let found: number[] = [];
  for (let attempt = 0; attempt < 20 && found.length < count; attempt++) {
    if (attempt > 0) await sleep(250);
    found = [];
    for (const pid of await descendantsOf(primary)) if ((await commandOf(pid)).includes('scripts/server.ts')) found.push(pid);
  }
  return found;
}

/**
 * One request of each kind the desk makes, from as many fresh connections as there are server
 * processes (the primary hands them round), each answered 200: the session cookies are taken,
 * and the first request of each route in each process (compilation, first connections) is not
 * in the ramp's figures. Annotation writes are left out, so the articles start empty.
 */
async function warmUp(baseUrl: string, reviewer: string, editor: string | null, articleId: string, processes: number): Promise<void> {
  // A cold process on a busy machine may miss its first database connection (3 s): a few tries each.
  const check = async (browser: VirtualBrowser, pathname: string, headers: Record<string, string> = {}) => {
    let reply = await browser.request('GET', pathname, { headers, read: 'text' });
    for (let attempt = 1; attempt < WARM_UP_TRIES && reply.status >= 500; attempt++) {
      await sleep(1_000);
      reply = await browser.request('GET', pathname, { headers, read: 'text' });
    }
    if (reply.status !== 200) throw new Error(`warm-up GET ${pathname} answered ${reply.status}${reply.headers?.get('location') ? ` → ${reply.headers.get('location')}` : ''}: ${(reply.error ?? reply.body).slice(0, 300)}`);
  };
  for (let round = 0; round < processes; round++) {
    const asReviewer = new VirtualBrowser(baseUrl, reviewer);
    const asEditor = editor ? new VirtualBrowser(baseUrl, editor) : null;
    try {
      await check(asReviewer, `/articles/${articleId}`);
      await check(asReviewer, `/articles/${articleId}?_rsc=`, { rsc: '1' });
      await check(asReviewer, `/api/articles/${articleId}/annotations`);
      if (asEditor) {
        await check(asEditor, `/articles/${articleId}/consensus`);
        await check(asEditor, `/articles/${articleId}/consensus?_rsc=`, { rsc: '1' });
        await check(asEditor, `/api/articles/${articleId}/consensus`);
        const stream = asEditor.events(`/api/events?article=${articleId}&presence=1`, () => undefined);
        const opened = await stream.opened;
        stream.close();
        if (opened?.status !== 200) throw new Error(`warm-up GET /api/events answered ${opened?.status}: ${(opened?.error ?? opened?.body ?? '').slice(0, 300)}`);
      }
    } finally {
      asReviewer.close();
      asEditor?.close();
    }
  }
}
