// Entry of an export worker thread: writes the batches the server sends it
// (see export-workers.ts), with its own database connection, and hands each
// back as UTF-8 bytes whose memory moves to the server thread without a copy.
// Bulk exports are CPU-bound (reading rows, serialising, encoding); here they
// run beside the server's event loop instead of on it, several at once.
import { parentPort } from 'node:worker_threads';
import { config } from '../../config';
import { openExportConnection } from '../data/exports/export-connection';
import { type ExportBatchData, type ExportBatchJob, readExportBatch } from '../data/exports/read-export-batch';
import { lowerThisThread } from '../thread-priority';
import { formatExportBatch } from './export-batch';

/** Linux's niceness for export threads: at 10 a busy server thread gets about nine tenths of a contended core. */
const EXPORT_NICENESS = 10;

export type ExportWorkerRequest = { id: number; job: ExportBatchJob };
export type ExportWorkerReply = { id: number; bytes: Uint8Array } | { id: number; error: { message: string; code?: string } };

const port = parentPort;
if (!port) throw new Error('export-worker.ts runs as a worker thread');

// An export is a download someone waits seconds for; the server's requests are waited on in
// milliseconds. So this thread runs on what the server's threads leave (thread-priority.ts).
lowerThisThread(EXPORT_NICENESS);

const run = openExportConnection(config().databaseUrl ?? undefined);
const encoder = new TextEncoder();

type Queued = { id: number; job: ExportBatchJob; data: Promise<ExportBatchData> };
const queue: Queued[] = [];
let writing = false;

// Batches are read as soon as they arrive (the database works on the next while this thread writes
// the current one) but written strictly one after another, oldest first: the server sends them in
// export order and waits for the oldest, so interleaving two would only delay it.
port.on('message', ({ id, job }: ExportWorkerRequest) => {
  const data = readExportBatch(run, job);
  data.catch(() => undefined); // reported when its turn comes
  queue.push({ id, job, data });
  void writeQueued();
});

async function writeQueued(): Promise<void> {
  if (writing) return;
  writing = true;
  try {
    for (let next = queue.shift(); next; next = queue.shift()) {
      try {
        const bytes = encoder.encode(formatExportBatch(next.job, await next.data));
        port!.postMessage({ id: next.id, bytes } satisfies ExportWorkerReply, [bytes.buffer]);
      } catch (error) {
        // pg's error codes (and connection error codes) go back so the server classifies an outage as it would its own.
        const code = typeof (error as { code?: unknown }).code === 'string' ? (error as { code: string }).code : undefined;
        port!.postMessage({ id: next.id, error: { message: error instanceof Error ? error.message : String(error), code } } satisfies ExportWorkerReply);
      }
    }
  } finally {
    writing = false;
  }
}
