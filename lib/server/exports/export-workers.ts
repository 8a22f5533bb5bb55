import 'server-only';
// The export worker threads, and the one way bulk export batches are run:
// in order, a few at a time. Workers are started on the first bulk export
// and kept for the next; each holds one database connection. Running from
// source (the test runner) there is no bundled worker to start, so batches
// are written in this thread by the same code — as with EXPORT_WORKERS=0.
import { Worker } from 'node:worker_threads';
import { config } from '../../config';
import type { ExportBatchJob } from '../data/exports/read-export-batch';
import { runExportStatement } from '../data/exports/run-export-statement';
import { log } from '../log';
import { writeExportBatch } from './export-batch';
import type { ExportWorkerReply, ExportWorkerRequest } from './export-worker';
import { inOrder } from './in-order';

/** Threads writing batches at once; 0 writes them in the server thread. */
function workerCount(): number {
  return config().exportWorkers;
}

type Pending = { resolve: (bytes: Uint8Array) => void; reject: (error: Error) => void };
type ExportThread = { worker: Worker; pending: Map<number, Pending>; busy: number };

class WorkerFailure extends Error {
  constructor(message: string, readonly code?: string) {
    super(message);
  }
}

const globalForWorkers = globalThis as unknown as { corroborateExportWorkers?: ExportThread[] };
let nextRequestId = 1;

function startThread(threads: ExportThread[]): ExportThread {
  // A larger young generation: each batch allocates megabytes of short-lived rows, objects and strings; with
  // the default one a 100k JSON-LD export took 2.2 s instead of 1.6 s (bench/exports.ts), most of it collecting.
  const worker = new Worker(new URL('./export-worker.ts', import.meta.url), { resourceLimits: { maxYoungGenerationSizeMb: 64 } });
  // Idle workers must not keep the process alive at shutdown.
  worker.unref();
  const thread: ExportThread = { worker, pending: new Map(), busy: 0 };
  worker.on('message', (reply: ExportWorkerReply) => {
    const pending = thread.pending.get(reply.id);
    if (!pending) return;
    thread.pending.delete(reply.id);
    thread.busy -= 1;
    if ('bytes' in reply) pending.resolve(reply.bytes);
    else pending.reject(new WorkerFailure(reply.error.message, reply.error.code));
  });
  const fail = (error: Error) => {
    // A crashed worker fails what it held; the next export starts a fresh one in its place.
    const at = threads.indexOf(thread);
    if (at >= 0) threads.splice(at, 1);
    for (const pending of thread.pending.values()) pending.reject(error);
    thread.pending.clear();
  };
  worker.on('error', fail);
  worker.on('exit', (code) => fail(new Error(`export worker stopped (exit code ${code})`)));
  return thread;
}

function threads(count: number): ExportThread[] {
  const all = (globalForWorkers.corroborateExportWorkers ??= []);
  if (all.length >= count) return all;
  while (all.length < count) all.push(startThread(all));
  log('info', 'Export worker threads started', { workers: all.length });
  return all;
}

function runInThread(job: ExportBatchJob, pool: ExportThread[]): Promise<Uint8Array> {
  const thread = pool.reduce((least, candidate) => (candidate.busy < least.busy ? candidate : least));
  const id = nextRequestId++;
  thread.busy += 1;
  return new Promise((resolve, reject) => {
    thread.pending.set(id, { resolve, reject });
    thread.worker.postMessage({ id, job } satisfies ExportWorkerRequest);
  });
}

/**
 * Each job's output, in the jobs' order, with up to `parallel` batches being
 * written ahead of the one the consumer is sending: memory holds a few
 * batches whatever the size of the export.
 */
export function runExportBatches(jobs: AsyncIterable<ExportBatchJob>): AsyncGenerator<string | Uint8Array> {
  const count = workerCount();
  // Two per worker: each reads its next batch while it writes one. In this thread, two at a
  // time likewise lets the database work on one batch while the other is serialised.
  const parallel = count > 0 ? count * 2 : 2;
  // threads() each time: a worker that died since the last batch is replaced before the next one is sent.
  const run = (job: ExportBatchJob): Promise<string | Uint8Array> => (count > 0 ? runInThread(job, threads(count)) : writeExportBatch(runExportStatement, job));
  return inOrder(jobs, run, parallel);
}
