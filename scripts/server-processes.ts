// The app's server processes under `npm start`, with node:cluster: the start script is the
// primary (it also owns the embedded database, when there is one) and forks `count` workers,
// each running scripts/server.ts on the one shared port — the primary accepts the connections
// and hands them round to the workers. Processes keep no state of their own (sessions are signed
// tokens; rate limits, jobs, presence and live changes go through PostgreSQL), so any of them may
// answer any request.
//
// - A worker that dies is replaced in its slot after a delay that doubles with each death in
//   quick succession (1 s, 2 s, 4 s … 30 s), so a process that cannot start does not spin; one
//   that lived a minute starts the count afresh. A death before any worker has ever listened is
//   a start-up failure (bad configuration, port taken): everything stops, with its exit code.
// - A worker whose heartbeat stops (its event loop is stuck) is killed, then replaced.
// - stop(signal) passes SIGTERM / SIGINT on to every worker; each drains its requests
//   (scripts/server.ts); `exited` resolves once all are gone (killed after the grace period).
// - Only slot 0 runs the outbound job workers; see outboundArgs.
import cluster, { type Worker } from 'node:cluster';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** How often a worker tells the primary it is alive (scripts/server.ts). */
export const HEARTBEAT_INTERVAL_MS = 5_000;
/** Silence after which a listening worker is taken to be stuck: long enough for a full garbage collection or a slow synchronous step, short enough that its share of requests does not hang for minutes. */
const HEARTBEAT_TIMEOUT_MS = 60_000;
const FIRST_RESTART_DELAY_MS = 1_000;
const MAX_RESTART_DELAY_MS = 30_000;
/** A worker that lived this long did not die of something that will kill its replacement at once. */
const STABLE_AFTER_MS = 60_000;

/**
 * After a worker died: how many deaths in quick succession its slot has now seen, and how long
 * to wait before starting the next (1 s, doubling per quick death, at most 30 s).
 */
export function restartDelay(quickDeaths: number, livedMs: number): { quickDeaths: number; delayMs: number } {
  const deaths = livedMs >= STABLE_AFTER_MS ? 1 : quickDeaths + 1;
  return { quickDeaths: deaths, delayMs: Math.min(MAX_RESTART_DELAY_MS, FIRST_RESTART_DELAY_MS * 2 ** Math.min(deaths - 1, 30)) };
}

/** What a worker sends the primary over IPC. */
export type WorkerMessage = { ready?: string; alive?: true };

export type ServerProcessOptions = {
  count: number;
  dev: boolean;
  env: NodeJS.ProcessEnv;
  graceSeconds: number;
  log(message: string): void;
  /** Called once, when every worker listens for the first time, with the URL they serve. */
  onReady(url: string): void;
};

export type ServerProcesses = { stop(signal: NodeJS.Signals): void; exited: Promise<number> };

type Slot = { index: number; worker: Worker | null; startedAt: number; listening: boolean; lastSeen: number; quickDeaths: number; restart?: NodeJS.Timeout };

/**
 * The job workers (webhooks, email, due-date reminders) poll the database twice a second per
 * worker; run in every process they would multiply that idle load by the core count, for work
 * bound by the network, not the CPU. One process runs them, and its replacement takes them over
 * (jobs wait in PostgreSQL meanwhile; `npm run worker` adds more elsewhere). pg-boss would hand
 * each job to one process either way (SELECT … FOR UPDATE SKIP LOCKED).
 */
function outboundArgs(slot: number): string[] {
  return slot === 0 ? [] : ['--no-outbound'];
}

export function runServerProcesses(options: ServerProcessOptions): ServerProcesses {
  const slots: Slot[] = Array.from({ length: options.count }, (_, index) => ({ index, worker: null, startedAt: 0, listening: false, lastSeen: 0, quickDeaths: 0 }));
  let stopping: NodeJS.Signals | null = null;
  let failure: number | null = null;
  let anyListened = false;
  let announced = false;
  let finish: (code: number) => void = () => undefined;
  const exited = new Promise<number>((resolve) => (finish = resolve));

  const watchdog = setInterval(() => {
    for (const slot of slots) {
      if (!slot.worker || !slot.listening || Date.now() - slot.lastSeen < HEARTBEAT_TIMEOUT_MS) continue;
      options.log(`server process ${slot.index + 1} (pid ${slot.worker.process.pid}) has not answered for ${HEARTBEAT_TIMEOUT_MS / 1000} s: killing it`);
      slot.worker.process.kill('SIGKILL');
    }
  }, HEARTBEAT_INTERVAL_MS);

  const finishIfAllGone = () => {
    if (!slots.every((slot) => slot.worker === null)) return;
    clearInterval(watchdog);
    finish(failure ?? (stopping === 'SIGINT' ? 130 : 143));
  };

  function stop(signal: NodeJS.Signals): void {
    if (stopping) return;
    stopping = signal;
    for (const slot of slots) {
      clearTimeout(slot.restart);
      slot.worker?.process.kill(signal);
    }
    setTimeout(() => slots.forEach((slot) => slot.worker?.process.kill('SIGKILL')), (options.graceSeconds + 5) * 1000).unref();
    finishIfAllGone();
  }

  function onExit(slot: Slot, worker: Worker, code: number | null, signal: NodeJS.Signals | null): void {
    if (slot.worker !== worker) return;
    slot.worker = null;
    slot.listening = false;
    if (stopping) return finishIfAllGone();
    const how = signal ? `killed by ${signal}` : `exited with code ${code}`;
    if (!anyListened) {
      options.log(`the server process ${how} during start-up; stopping`);
      failure = code || 1;
      return stop('SIGTERM');
    }
    const lived = Date.now() - slot.startedAt;
    const { quickDeaths, delayMs: delay } = restartDelay(slot.quickDeaths, lived);
    slot.quickDeaths = quickDeaths;
    options.log(`server process ${slot.index + 1} (pid ${worker.process.pid}) ${how} after ${(lived / 1000).toFixed(0)} s; starting another in ${delay / 1000} s`);
    slot.restart = setTimeout(() => fork(slot), delay);
  }

  function fork(slot: Slot): void {
    cluster.setupPrimary({ args: [...(options.dev ? ['--dev'] : []), ...outboundArgs(slot.index)] });
    const worker = cluster.fork(options.env);
    Object.assign(slot, { worker, startedAt: Date.now(), listening: false, lastSeen: Date.now(), restart: undefined });
    worker.on('message', (message: WorkerMessage) => {
      slot.lastSeen = Date.now();
      if (!message.ready) return;
      slot.listening = true;
      anyListened = true;
      if (!announced && slots.every((each) => each.listening)) {
        announced = true;
        options.onReady(message.ready);
      }
    });
    worker.on('exit', (code, signal) => onExit(slot, worker, code, signal as NodeJS.Signals | null));
  }

  const scripts = path.dirname(fileURLToPath(import.meta.url));
  // In the project, wherever `npm start` was run from: `--import tsx` is resolved from the working directory.
  cluster.setupPrimary({ exec: path.join(scripts, 'server.ts'), execArgv: ['--import', 'tsx', ...youngGenerationFlags()], cwd: path.resolve(scripts, '..') });
  slots.forEach(fork);
  return { stop, exited };
}

/**
 * A larger young generation for the server processes. A page render allocates megabytes that die
 * with its request; with V8's default 16 MB semi-space, a worker under the 1,000-reviewer desk
 * bench scavenged about four times a second and spent 9.6 s of 150 in it (`--trace-gc`, two
 * workers). At 32 MB: 8.1 s; at 64 MB: 6.2 s in a third as many pauses, the longest 77 ms (was 43);
 * at 128 MB: 6.5 s, the longest 140 ms. A semi-space size in NODE_OPTIONS is the operator's choice
 * and wins.
 */
const SEMI_SPACE_MB = 64;

function youngGenerationFlags(): string[] {
  return /--max-semi-space-size\b/.test(process.env.NODE_OPTIONS ?? '') ? [] : [`--max-semi-space-size=${SEMI_SPACE_MB}`];
}
