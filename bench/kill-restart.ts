// No lost writes: concurrent reviewers create, edit and delete annotations
// while (phase 1) the whole server process group is SIGKILLed and started
// again on the same port, and (phase 2) PostgreSQL itself is stopped for a few
// seconds and started again under the running app. Every write the server
// acknowledged (2xx) is then compared with the database, and every annotation
// with its append-only history, through `pg`:
//   lost         an acknowledged create/update/delete whose row or history entry is
//                missing or different, or an annotation whose final state is not the
//                last one a client was told (must be 0);
//   half-written an annotation without its history, a history chain with a gap, a
//                last entry that does not match the row, a version that is not the
//                number of its history entries (must be 0).
// A request that got no answer (connection refused/reset) or a 5xx is not an
// acknowledgement: the client reads its annotations back (retrying until the
// server answers) to learn whether it committed, and carries on.
// Phase 2 also records every status seen while PostgreSQL was away (API: must be
// 503 with the JSON error, never 500; the article page, loaded now and then, is
// reported beside it) and how soon requests succeed after it is back.
// Needs a real PostgreSQL on this machine (pg_ctlcluster for phase 2; run as root
// or the cluster owner). PostgreSQL is started again on any exit path.
// Bounded: KR_SECONDS per phase (default 20); KR_CLIENTS (30), KR_ARTICLES (4),
// KR_THINK_MS (20), KR_PG_DOWN_MS (3000), KR_PG_STOP_MODE (fast | immediate),
// KR_PHASES ("1,2"; "1" leaves PostgreSQL alone). Unlike the other benches it
// exits 1 when a target is missed (a loss, a half-written row, a non-503 API reply).
// Run: npm run build && DATABASE_URL=postgresql://postgres@127.0.0.1:5432/postgres npx tsx bench/kill-restart.ts
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { seedDatabase } from '../prisma/seed';
import { applyMigrations, createTemporaryDatabase } from '../scripts/db/schema-engine';
import type { AnnotationView } from '../lib/views/annotation-views';
import { LABELS, type Label } from '../lib/vocabulary';
import { freePort, signIn } from './support';
import { AppServer, type DeskArticle, assertLoopbackDatabase, insertArticleCopies, insertUsers, sleep, wordSpans } from './support/desk';
import { type Reply, isJsonError, parseJson, printTable, send } from './support/http-client';
import { cleanupOnExit } from './support/cleanup';

const CLIENTS = Number(process.env.KR_CLIENTS ?? 30);
const SECONDS = Number(process.env.KR_SECONDS ?? 20);
const ARTICLES = Number(process.env.KR_ARTICLES ?? 4);
const THINK_MS = Number(process.env.KR_THINK_MS ?? 20);
/** How long PostgreSQL stays stopped in phase 2. */
const PG_DOWN_MS = Number(process.env.KR_PG_DOWN_MS ?? 3_000);
/** pg_ctl shutdown mode for phase 2: fast (what `restart` does) or immediate (crash-like, recovery on start). */
const PG_STOP_MODE = process.env.KR_PG_STOP_MODE === 'immediate' ? 'immediate' : 'fast';
/** Every phase runs at least this long after the disruption has ended. */
const AFTER_RECOVERY_MS = 6_000;
/** Which phases to run: "1,2" (default), "1" (no PostgreSQL restart) or "2". */
const PHASES = new Set((process.env.KR_PHASES ?? '1,2').split(',').map((phase) => phase.trim()));
/** Share of loop iterations that also load the article page. */
const PAGE_SHARE = 0.1;
const run = promisify(execFile);

const serverUrl = process.env.DATABASE_URL;
if (!serverUrl) {
  console.log('bench/kill-restart.ts needs a real PostgreSQL server on this machine: set DATABASE_URL=postgresql://postgres@127.0.0.1:5432/postgres ; skipped.');
  process.exit(0);
}
assertLoopbackDatabase(serverUrl);

// ---------------------------------------------------------------------------------------------
// What the clients were told

type Kind = 'create' | 'update' | 'delete';
type PhaseId = 1 | 2;
/** The state an annotation should have in the database according to what its client last learned. */
type Known = { id: string; articleId: string; authorId: string; tag: string; version: number; label: Label; rationale: string; deleted: boolean; via: 'ack' | 'read back' };
type Ack = { phase: PhaseId; kind: Kind; id: string; version: number; label: Label; rationale: string };
type Unacknowledged = { phase: PhaseId; kind: Kind; tag: string; id: string | null; statuses: number[]; outcome: 'committed' | 'not committed' | 'inconsistent' };

const acks: Ack[] = [];
const unacknowledged: Unacknowledged[] = [];
const known = new Map<string, Known>();
const notCommittedCreateTags = new Set<string>();
const unexpected: { phase: PhaseId; what: string; status: number; body: string }[] = [];

type Observation = { phase: PhaseId; client: number; endpoint: string; status: number; jsonUnavailable: boolean; sentAt: number; at: number; body: string };
const observations: Observation[] = [];

type Phase = { id: PhaseId; deadline: number };
let current: Phase = { id: 1, deadline: 0 };

function observe(client: number, endpoint: string, reply: Reply, sentAt: number): void {
  const at = performance.now();
  observations.push({ phase: current.id, client, endpoint, status: reply.status, jsonUnavailable: reply.status === 503 && isJsonError(reply, 'unavailable'), sentAt, at, body: (reply.error ?? reply.body).slice(0, 200) });
}

const isOk = (status: number) => status >= 200 && status < 300;
const ok = (reply: Reply) => isOk(reply.status);
const pick = <T>(items: readonly T[]): T => items[Math.floor(Math.random() * items.length)]!;

class Reviewer {
  private seq = 0;
  private readonly spans: { start: number; end: number; exact: string }[];
  private readonly live = new Set<string>();

  constructor(
    readonly index: number,
    readonly userId: string,
    readonly cookie: string,
    readonly article: DeskArticle,
    readonly baseUrl: string,
  ) {
    this.spans = wordSpans(article.text);
  }

  private async call(endpoint: string, method: string, pathname: string, json?: unknown): Promise<Reply> {
    const sentAt = performance.now();
    const reply = await send(this.baseUrl, this.cookie, method, pathname, { json, timeoutMs: 60_000 });
    observe(this.index, endpoint, reply, sentAt);
    return reply;
  }

  /** Reads the reviewer's live annotations back, retrying until the server answers 200. */
  private async readBack(): Promise<Map<string, AnnotationView>> {
    for (;;) {
      const reply = await this.call('GET /api/articles/:id/annotations', 'GET', `/api/articles/${this.article.id}/annotations`);
      if (reply.status === 200) {
        const list = parseJson<{ annotations: AnnotationView[] }>(reply)?.annotations ?? [];
        return new Map(list.filter((annotation) => annotation.mine).map((annotation) => [annotation.id, annotation]));
      }
      await sleep(200);
    }
  }

  private unexpectedReply(what: string, reply: Reply): void {
    unexpected.push({ phase: current.id, what, status: reply.status, body: reply.body.slice(0, 300) });
  }

  async loop(): Promise<void> {
    while (performance.now() < current.deadline) {
      const roll = Math.random();
      // Now and then the reviewer reloads the article page (HTML; not a write, recorded for the outage statuses).
      if (Math.random() < PAGE_SHARE) await this.call('GET /articles/:id (page)', 'GET', `/articles/${this.article.id}`);
      if (this.live.size < 3 || roll < 0.4) await this.create();
      else if (roll < 0.8) await this.update(pick([...this.live]));
      else await this.remove(pick([...this.live]));
      await sleep(Math.random() * THINK_MS);
    }
  }

  private tag(): string {
    return `kr-p${current.id}-c${this.index}-op${++this.seq}`;
  }

  private async create(): Promise<void> {
    const phase = current.id;
    const tag = this.tag();
    const span = pick(this.spans);
    const label = pick(LABELS);
    const reply = await this.call('POST /api/articles/:id/annotations', 'POST', `/api/articles/${this.article.id}/annotations`, { label, ...span, rationale: tag, revision: this.article.revision });
    if (ok(reply)) {
      const annotation = parseJson<{ annotation: AnnotationView }>(reply)?.annotation;
      if (!annotation || annotation.version !== 1 || annotation.rationale !== tag) return this.unexpectedReply('create answered 201 with another annotation', reply);
      this.adopt({ id: annotation.id, articleId: this.article.id, authorId: this.userId, tag, version: 1, label, rationale: tag, deleted: false, via: 'ack' });
      acks.push({ phase, kind: 'create', id: annotation.id, version: 1, label, rationale: tag });
      return;
    }
    if (reply.status >= 400 && reply.status < 500) return this.unexpectedReply('create', reply);
    const statuses = [reply.status];
    const mine = await this.readBack();
    const found = [...mine.values()].find((annotation) => annotation.rationale === tag);
    if (found) {
      this.adopt({ id: found.id, articleId: this.article.id, authorId: this.userId, tag, version: found.version, label: found.label, rationale: found.rationale, deleted: false, via: 'read back' });
      unacknowledged.push({ phase, kind: 'create', tag, id: found.id, statuses, outcome: 'committed' });
    } else {
      notCommittedCreateTags.add(tag);
      unacknowledged.push({ phase, kind: 'create', tag, id: null, statuses, outcome: 'not committed' });
    }
  }

  private async update(id: string): Promise<void> {
    const phase = current.id;
    const before = known.get(id)!;
    const label = pick(LABELS);
    const rationale = `${before.tag} / edit ${this.tag()}`;
    const reply = await this.call('PATCH /api/annotations/:id', 'PATCH', `/api/annotations/${id}`, { version: before.version, label, rationale });
    if (ok(reply)) {
      const annotation = parseJson<{ annotation: AnnotationView }>(reply)?.annotation;
      if (!annotation || annotation.version !== before.version + 1 || annotation.rationale !== rationale || annotation.label !== label) return this.unexpectedReply('update answered 200 with another state', reply);
      this.adopt({ ...before, version: annotation.version, label, rationale, via: 'ack' });
      acks.push({ phase, kind: 'update', id, version: annotation.version, label, rationale });
      return;
    }
    if (reply.status >= 400 && reply.status < 500) return this.unexpectedReply('update', reply);
    const mine = await this.readBack();
    const seen = mine.get(id);
    if (seen && seen.version === before.version + 1 && seen.rationale === rationale && seen.label === label) {
      this.adopt({ ...before, version: seen.version, label, rationale, via: 'read back' });
      unacknowledged.push({ phase, kind: 'update', tag: rationale, id, statuses: [reply.status], outcome: 'committed' });
    } else if (seen && seen.version === before.version && seen.rationale === before.rationale) {
      unacknowledged.push({ phase, kind: 'update', tag: rationale, id, statuses: [reply.status], outcome: 'not committed' });
    } else {
      // Neither the old nor the new state: a lost or foreign write. Counted, and the client adopts what it sees.
      unacknowledged.push({ phase, kind: 'update', tag: rationale, id, statuses: [reply.status], outcome: 'inconsistent' });
      if (seen) this.adopt({ ...before, version: seen.version, label: seen.label, rationale: seen.rationale, via: 'read back' });
    }
  }

  private async remove(id: string): Promise<void> {
    const phase = current.id;
    const before = known.get(id)!;
    const reply = await this.call('DELETE /api/annotations/:id', 'DELETE', `/api/annotations/${id}?version=${before.version}`);
    if (ok(reply)) {
      this.adopt({ ...before, version: before.version + 1, deleted: true, via: 'ack' });
      acks.push({ phase, kind: 'delete', id, version: before.version + 1, label: before.label, rationale: before.rationale });
      return;
    }
    if (reply.status >= 400 && reply.status < 500) return this.unexpectedReply('delete', reply);
    const mine = await this.readBack();
    const seen = mine.get(id);
    if (!seen) {
      this.adopt({ ...before, version: before.version + 1, deleted: true, via: 'read back' });
      unacknowledged.push({ phase, kind: 'delete', tag: before.tag, id, statuses: [reply.status], outcome: 'committed' });
    } else if (seen.version === before.version) {
      unacknowledged.push({ phase, kind: 'delete', tag: before.tag, id, statuses: [reply.status], outcome: 'not committed' });
    } else {
      unacknowledged.push({ phase, kind: 'delete', tag: before.tag, id, statuses: [reply.status], outcome: 'inconsistent' });
      this.adopt({ ...before, version: seen.version, label: seen.label, rationale: seen.rationale, via: 'read back' });
    }
  }

  private adopt(state: Known): void {
    known.set(state.id, state);
    if (state.deleted) this.live.delete(state.id);
    else this.live.add(state.id);
  }
}

// ---------------------------------------------------------------------------------------------
// The database compared with what the clients were told

type Snapshot = { label: Label; rationale: string; version: number; deletedAt: string | null } & Record<string, unknown>;
type EventRow = { id: string; annotationId: string; actorId: string; action: string; before: Snapshot | null; after: Snapshot | null };
type AnnotationRow = { id: string; authorId: string; label: Label; rationale: string; version: number; deleted: boolean };
type Verification = {
  rows: number;
  events: number;
  lostCreates: number;
  lostUpdates: number;
  lostDeletes: number;
  finalStateMismatches: number;
  halfWritten: number;
  lateCommits: number;
  problems: string[];
};

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonical((value as Record<string, unknown>)[key])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

async function verify(databaseUrl: string, userIds: ReadonlySet<string>): Promise<Verification> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const rows = (await client.query<AnnotationRow>('SELECT id, "authorId", label::text AS label, rationale, version, "deletedAt" IS NOT NULL AS deleted FROM "Annotation"')).rows;
    const events = (await client.query<EventRow>('SELECT e.id::text AS id, e."annotationId", e."actorId", e.action::text AS action, e.before, e.after FROM "AnnotationEvent" e ORDER BY e."annotationId", e.id')).rows;
    const orphans = Number((await client.query<{ n: string }>('SELECT count(*) AS n FROM "AnnotationEvent" e LEFT JOIN "Annotation" a ON a.id = e."annotationId" WHERE a.id IS NULL')).rows[0]!.n);
    const problems: string[] = [];
    const note = (problem: string) => {
      if (problems.length < 30) problems.push(problem);
    };
    const byId = new Map(rows.map((row) => [row.id, row]));
    const history = new Map<string, EventRow[]>();
    for (const event of events) {
      const list = history.get(event.annotationId) ?? [];
      list.push(event);
      history.set(event.annotationId, list);
    }

    // Half-written: every annotation against its own history.
    let halfWritten = orphans;
    if (orphans) note(`${orphans} history rows without their annotation`);
    for (const row of rows) {
      const chain = history.get(row.id) ?? [];
      const faults: string[] = [];
      if (chain.length === 0) faults.push('no history');
      else {
        if (chain[0]!.action !== 'create' || chain[0]!.before !== null || chain[0]!.after?.version !== 1) faults.push('first history entry is not its create');
        if (chain.filter((event) => event.action === 'create').length !== 1) faults.push('more than one create entry');
        for (let i = 1; i < chain.length; i++) {
          const event = chain[i]!;
          if (canonical(event.before) !== canonical(chain[i - 1]!.after)) faults.push(`entry ${i} does not start where entry ${i - 1} ended`);
          if (event.after?.version !== (event.before?.version ?? 0) + 1) faults.push(`entry ${i} does not add one version`);
        }
        const last = chain[chain.length - 1]!.after;
        if (!last || last.label !== row.label || last.rationale !== row.rationale || last.version !== row.version || (last.deletedAt !== null) !== row.deleted) faults.push('row differs from its last history entry');
        if (row.version !== chain.length) faults.push(`version ${row.version} but ${chain.length - 1} changes after the create`);
        if (chain.some((event) => event.actorId !== row.authorId)) faults.push('history by someone other than the author');
      }
      if (faults.length) {
        halfWritten += 1;
        note(`half-written ${row.id}: ${faults.join('; ')}`);
      }
    }

    // Lost: every acknowledged write must be in the history, and each row where its client left it.
    let lostCreates = 0;
    let lostUpdates = 0;
    let lostDeletes = 0;
    for (const ack of acks) {
      const chain = history.get(ack.id) ?? [];
      const present =
        ack.kind === 'create'
          ? byId.has(ack.id) && chain.some((event) => event.action === 'create' && event.after?.rationale === ack.rationale && event.after.label === ack.label)
          : chain.some((event) => event.action === ack.kind && event.after?.version === ack.version && event.after.rationale === ack.rationale && event.after.label === ack.label);
      if (!present) {
        if (ack.kind === 'create') lostCreates += 1;
        else if (ack.kind === 'update') lostUpdates += 1;
        else lostDeletes += 1;
        note(`lost acknowledged ${ack.kind} of ${ack.id} (version ${ack.version}, phase ${ack.phase})`);
      }
    }
    let finalStateMismatches = 0;
    for (const state of known.values()) {
      const row = byId.get(state.id);
      if (!row || row.version !== state.version || row.label !== state.label || row.rationale !== state.rationale || row.deleted !== state.deleted) {
        finalStateMismatches += 1;
        note(`final state of ${state.id} (${state.via}): expected v${state.version} ${state.label} deleted=${state.deleted}, found ${row ? `v${row.version} ${row.label} deleted=${row.deleted}` : 'no row'}`);
      }
    }
    // Rows by the bench's reviewers that no client knows of: creates that committed after their client gave up on them.
    let lateCommits = 0;
    for (const row of rows) {
      if (!userIds.has(row.authorId) || known.has(row.id)) continue;
      const tag = (history.get(row.id) ?? [])[0]?.after?.rationale;
      lateCommits += 1;
      note(`annotation ${row.id} (${tag}) committed but never acknowledged nor read back${tag && notCommittedCreateTags.has(tag) ? ' (its client read back without it)' : ''}`);
    }
    return { rows: rows.length, events: events.length, lostCreates, lostUpdates, lostDeletes, finalStateMismatches, halfWritten, lateCommits, problems };
  } finally {
    await client.end();
  }
}

// ---------------------------------------------------------------------------------------------
// PostgreSQL control (phase 2)

type Cluster = { version: string; name: string; port: number };

async function localCluster(url: string): Promise<Cluster | null> {
  const port = Number(new URL(url).port || 5432);
  const versions = await readdir('/etc/postgresql').catch(() => [] as string[]);
  for (const version of versions) {
    for (const name of await readdir(path.join('/etc/postgresql', version)).catch(() => [] as string[])) {
      const listed = await run('pg_lsclusters', ['-h', version, name]).then(
        (result) => result.stdout,
        () => '',
      );
      // "15 main 5432 online postgres /var/lib/… /var/log/…"
      const fields = listed.trim().split(/\s+/);
      if (Number(fields[2]) === port) return { version, name, port };
    }
  }
  return null;
}

async function clusterOnline(cluster: Cluster): Promise<boolean> {
  const listed = await run('pg_lsclusters', ['-h', cluster.version, cluster.name]).then(
    (result) => result.stdout,
    () => '',
  );
  return /\bonline\b/.test(listed);
}

async function pgCtl(cluster: Cluster, action: 'start' | 'stop', extra: string[] = []): Promise<void> {
  await run('pg_ctlcluster', ['--skip-systemctl-redirect', ...extra, cluster.version, cluster.name, action], { timeout: 120_000 });
}

/** Waits until PostgreSQL accepts a connection and answers a query. */
async function waitForPostgres(url: string, timeoutMs = 60_000): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2_000 });
    client.on('error', () => undefined);
    try {
      await client.connect();
      await client.query('SELECT 1');
      await client.end();
      return;
    } catch {
      await client.end().catch(() => undefined);
      if (performance.now() > deadline) throw new Error('PostgreSQL did not come back');
      await sleep(100);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// The run

/** Set once the cluster is known: starts PostgreSQL if it is stopped. Runs first and last in clean-up. */
let ensurePostgres: () => Promise<void> = async () => {};
const cleanup = cleanupOnExit({ onSignal: 'starting PostgreSQL if it is stopped, stopping the server, dropping the database…', around: () => ensurePostgres() });

const fmt = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

type PhaseReport = {
  id: PhaseId;
  name: string;
  seconds: number;
  disruption: string;
  recovery: string;
  verification: Verification;
};

async function runPhase(id: PhaseId, clients: readonly Reviewer[], disrupt: () => Promise<{ startedAt: number; endedAt: number; description: string }>): Promise<{ seconds: number; startedAt: number; endedAt: number; description: string }> {
  const started = performance.now();
  current = { id, deadline: started + SECONDS * 1000 };
  const loops = clients.map((client) => client.loop());
  await sleep(SECONDS * 400);
  const window = await disrupt();
  current.deadline = Math.max(current.deadline, window.endedAt + AFTER_RECOVERY_MS);
  await Promise.all(loops);
  return { seconds: (performance.now() - started) / 1000, ...window };
}

function statusTally(list: readonly Observation[]): string {
  const counts = new Map<string, number>();
  for (const o of list) {
    const key = o.status === 0 ? 'no response' : o.status === 503 ? (o.jsonUnavailable ? '503 JSON unavailable' : '503 other body') : String(o.status);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts.entries()].map(([key, n]) => `${key} ×${n}`).join(', ') || 'none';
}

try {
  const database = await createTemporaryDatabase(serverUrl, 'corroborate_bench_kr_');
  cleanup.add(() => database.drop());
  const dataDir = await mkdtemp(path.join(tmpdir(), 'corroborate-bench-kr-'));
  cleanup.add(() => rm(dataDir, { recursive: true, force: true }));
  const cluster = await localCluster(serverUrl);
  // Whatever happens, PostgreSQL is running again at the end.
  if (cluster) {
    ensurePostgres = async () => {
      if (await clusterOnline(cluster)) return;
      console.error('cleanup: PostgreSQL is stopped; starting it');
      await pgCtl(cluster, 'start');
      await waitForPostgres(serverUrl);
    };
  }

  await applyMigrations(database.url);
  const password = randomBytes(12).toString('base64url');
  await seedDatabase(database.url, { demoAccounts: true, demoPassword: password });
  const pool = new pg.Pool({ connectionString: database.url, max: 2 });
  pool.on('error', () => undefined);
  const articles = await insertArticleCopies(pool, ARTICLES);
  const reviewerPassword = 'kill-restart-password';
  const users = await insertUsers(
    pool,
    Array.from({ length: CLIENTS }, (_, i) => ({ email: `kr-reviewer-${i}@example.org`, name: `Crash Reviewer ${i}`, role: 'reviewer' as const })),
    reviewerPassword,
  );
  await pool.end();

  const server = new AppServer({ port: await freePort(), dataDir, databaseUrl: database.url, authSecret: AppServer.secret() });
  cleanup.add(() => server.stop());
  const coldMs = await server.start();
  console.log(
    `database: fresh "${database.name}" on DATABASE_URL's server; ${ARTICLES} article copies, ${CLIENTS} reviewers (one article each of ${ARTICLES}); server pid ${server.serverPid} on ${server.baseUrl} (ready in ${fmt(coldMs)}); ` +
      `${SECONDS} s per phase, disruption at ${(SECONDS * 0.4).toFixed(0)} s, think time ≤ ${THINK_MS} ms`,
  );

  const cookies: string[] = [];
  for (let at = 0; at < users.length; at += 5) {
    cookies.push(...(await Promise.all(users.slice(at, at + 5).map((user) => signIn(server.baseUrl, user.email, reviewerPassword)))));
  }
  const clients = users.map((user, index) => new Reviewer(index, user.id, cookies[index]!, articles[index % articles.length]!, server.baseUrl));
  const userIds = new Set(users.map((user) => user.id));
  const reports: PhaseReport[] = [];

  // Phase 1: SIGKILL the server's process group mid-run, start it again on the same port.
  if (PHASES.has('1')) {
    const phase1 = await runPhase(1, clients, async () => {
      const startedAt = performance.now();
      const pid = server.serverPid;
      await server.kill();
      const killedMs = performance.now() - startedAt;
      const restartMs = await server.start();
      const endedAt = performance.now();
      return { startedAt, endedAt, description: `SIGKILL to process group of pid ${pid} (gone after ${fmt(killedMs)}); restarted on the same port, healthy after ${fmt(restartMs)} (new pid ${server.serverPid})` };
    });
    {
      const verification = await verify(database.url, userIds);
      const list = observations.filter((o) => o.phase === 1);
      const during = list.filter((o) => o.at >= phase1.startedAt && o.sentAt <= phase1.endedAt && !isOk(o.status));
      const firstOk = list.filter((o) => o.sentAt >= phase1.endedAt && isOk(o.status)).reduce((min, o) => Math.min(min, o.at), Infinity);
      const failedAfter = list.filter((o) => o.sentAt >= phase1.endedAt && (o.status === 0 || o.status >= 500));
      const inFlight = list.filter((o) => o.sentAt <= phase1.startedAt && o.at >= phase1.startedAt);
      reports.push({
        id: 1,
        name: 'SIGKILL app + restart',
        seconds: phase1.seconds,
        disruption: `${phase1.description}; outage ${fmt(phase1.endedAt - phase1.startedAt)}; requests in flight at the kill: ${inFlight.length} (${statusTally(inFlight)}); failed replies during the outage: ${statusTally(during)}`,
        recovery: `first 2xx ${fmt(firstOk - phase1.endedAt)} after healthy; failures on requests sent after that: ${statusTally(failedAfter)}`,
        verification,
      });
    }
  }

  // Phase 2: PostgreSQL stopped for PG_DOWN_MS and started again; the app is left alone.
  if (!PHASES.has('2')) {
    console.log('phase 2 skipped (KR_PHASES)');
  } else if (!cluster) {
    console.log(`phase 2 skipped: no local cluster listens on port ${new URL(serverUrl).port || 5432} (pg_lsclusters)`);
  } else {
    const appPid = server.serverPid;
    const phase2 = await runPhase(2, clients, async () => {
      const startedAt = performance.now();
      await pgCtl(cluster, 'stop', ['-m', PG_STOP_MODE]);
      const stoppedAt = performance.now();
      await sleep(PG_DOWN_MS);
      await pgCtl(cluster, 'start');
      await waitForPostgres(database.url);
      const endedAt = performance.now();
      return { startedAt, endedAt, description: `pg_ctlcluster stop -m ${PG_STOP_MODE} (${fmt(stoppedAt - startedAt)}), ${fmt(PG_DOWN_MS)} down, start (accepting queries ${fmt(endedAt - stoppedAt - PG_DOWN_MS)} later)` };
    });
    const verification = await verify(database.url, userIds);
    const list = observations.filter((o) => o.phase === 2);
    const failures = list.filter((o) => !isOk(o.status));
    const during = failures.filter((o) => o.at >= phase2.startedAt && o.sentAt <= phase2.endedAt);
    const outside = failures.filter((o) => !(o.at >= phase2.startedAt && o.sentAt <= phase2.endedAt));
    const bad = failures.filter((o) => !o.endpoint.endsWith('(page)') && !(o.status === 503 && o.jsonUnavailable));
    const badPages = failures.filter((o) => o.endpoint.endsWith('(page)') && o.status !== 503);
    const sentAfter = list.filter((o) => o.sentAt >= phase2.endedAt);
    const firstOk = sentAfter.filter((o) => isOk(o.status)).reduce((min, o) => Math.min(min, o.at), Infinity);
    const lastFailure = sentAfter.filter((o) => o.status === 0 || o.status >= 500).reduce((max, o) => Math.max(max, o.at), -Infinity);
    // Each client: its first success on a request sent after PostgreSQL was back.
    const perClient = clients.map((client) => sentAfter.filter((o) => o.client === client.index && isOk(o.status)).reduce((min, o) => Math.min(min, o.at), Infinity));
    const slowest = Math.max(...perClient);
    const byEndpoint = new Map<string, Observation[]>();
    for (const o of during) byEndpoint.set(o.endpoint, [...(byEndpoint.get(o.endpoint) ?? []), o]);
    const sameApp = server.serverPid === appPid && server.starts === (PHASES.has('1') ? 2 : 1);
    reports.push({
      id: 2,
      name: 'PostgreSQL restart',
      seconds: phase2.seconds,
      disruption:
        `${phase2.description}; app not restarted (${sameApp ? `same pid ${appPid}` : 'RESTARTED?'}); replies during the outage: ${statusTally(during)}` +
        ` [${[...byEndpoint.entries()].map(([endpoint, list]) => `${endpoint}: ${statusTally(list)}`).join('; ')}]` +
        `; failures outside the outage window: ${statusTally(outside)}; API replies not 503-JSON: ${bad.length}${bad.length ? ` (e.g. ${bad[0]!.status} ${bad[0]!.body})` : ''}` +
        `; page replies not 503: ${badPages.length}${badPages.length ? ` (e.g. ${badPages[0]!.status} ${badPages[0]!.body.slice(0, 80)}…)` : ''}`,
      recovery:
        `first 2xx ${fmt(firstOk - phase2.endedAt)} after PostgreSQL accepted queries, every client had a 2xx within ${fmt(slowest - phase2.endedAt)}; ` +
        (lastFailure === -Infinity ? 'no failure on any request sent after that' : `last failure on a request sent after that: +${fmt(lastFailure - phase2.endedAt)}`),
      verification,
    });
  }

  // ---------------------------------------------------------------------------------------------
  console.log('');
  const count = (phase: PhaseId, kind: Kind) => acks.filter((ack) => ack.phase === phase && ack.kind === kind).length;
  const unack = (phase: PhaseId, outcome: Unacknowledged['outcome']) => unacknowledged.filter((u) => u.phase === phase && u.outcome === outcome).length;
  printTable(
    ['phase', 'seconds', 'acked creates', 'acked updates', 'acked deletes', 'acked/s', 'unacked: committed', 'not committed', 'inconsistent', 'lost', 'final-state mismatch', 'half-written', 'late commits', 'unexpected 4xx'],
    reports.map((report) => {
      const v = report.verification;
      const acked = count(report.id, 'create') + count(report.id, 'update') + count(report.id, 'delete');
      return [
        `${report.id} ${report.name}`,
        report.seconds.toFixed(1),
        String(count(report.id, 'create')),
        String(count(report.id, 'update')),
        String(count(report.id, 'delete')),
        (acked / report.seconds).toFixed(0),
        String(unack(report.id, 'committed')),
        String(unack(report.id, 'not committed')),
        String(unack(report.id, 'inconsistent')),
        String(v.lostCreates + v.lostUpdates + v.lostDeletes),
        String(v.finalStateMismatches),
        String(v.halfWritten),
        String(v.lateCommits),
        String(unexpected.filter((u) => u.phase === report.id).length),
      ];
    }),
  );
  console.log('(lost, final-state mismatch, half-written and late commits are checked over the whole database after each phase, so phase 2 includes phase 1)');
  for (const report of reports) {
    console.log(`\nphase ${report.id} (${report.name})`);
    console.log(`  disruption: ${report.disruption}`);
    console.log(`  recovery:   ${report.recovery}`);
    console.log(`  database:   ${report.verification.rows} annotations, ${report.verification.events} history rows`);
    for (const problem of report.verification.problems) console.log(`  PROBLEM: ${problem}`);
  }
  for (const u of unexpected.slice(0, 10)) console.log(`unexpected reply (phase ${u.phase}, ${u.what}): ${u.status} ${u.body}`);
  const last = reports[reports.length - 1]?.verification;
  const lost = last ? last.lostCreates + last.lostUpdates + last.lostDeletes + last.finalStateMismatches : NaN;
  const phase2Failures = observations.filter((o) => o.phase === 2 && !isOk(o.status));
  const phase2Bad = phase2Failures.filter((o) => !o.endpoint.endsWith('(page)') && !(o.status === 503 && o.jsonUnavailable)).length;
  const phase2BadPages = phase2Failures.filter((o) => o.endpoint.endsWith('(page)') && o.status !== 503).length;
  const ran2 = reports.some((r) => r.id === 2);
  console.log(
    `\nresult: ${acks.length} acknowledged writes; lost ${lost}; half-written ${last?.halfWritten ?? 'n/a'}; ` +
      `phase 2 API replies other than 2xx or 503-JSON: ${ran2 ? phase2Bad : 'n/a'}; phase 2 page replies other than 2xx or 503: ${ran2 ? phase2BadPages : 'n/a'}`,
  );
  const unhandled = server.unhandledErrors();
  console.log(`server log: ${unhandled.reduce((sum, group) => sum + group.count, 0)} "Unhandled error in route handler" lines (the 500s)${unhandled.length ? ':' : ''}`);
  for (const group of unhandled) console.log(`  ×${group.count}  ${group.error}\n        e.g. ${group.example}`);
  if (lost !== 0 || last?.halfWritten !== 0 || phase2Bad !== 0) process.exitCode = 1;
} catch (error) {
  console.error(`bench/kill-restart.ts failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exitCode = 1;
} finally {
  await cleanup.run();
}
// Client loops that were still waiting for a server that never came back must not keep the process alive.
process.exit(process.exitCode ?? 0);
