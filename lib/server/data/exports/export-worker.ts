// Entry of an export worker thread: writes the batches the server sends it
// (see export-workers.ts), with its own database connection, and hands each
// back as UTF-8 bytes whose memory moves to the server thread without a copy.
// Bulk exports are CPU-bound (reading rows, serialising, encoding); here they
// run beside the server's event loop instead of on it, several at once.
import { parentPort } from 'node:worker_threads';
import pg from 'pg';
import { type ExportBatchJob, type RunStatement, writeExportBatch } from './export-batch';

export type ExportWorkerRequest = { id: number; job: ExportBatchJob };
export type ExportWorkerReply = { id: number; bytes: Uint8Array } | { id: number; error: { message: string; code?: string } };

const port = parentPort;
if (!port) throw new Error('export-worker.ts runs as a worker thread');

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 1, connectionTimeoutMillis: 3_000, idleTimeoutMillis: 30_000 });
pool.on('error', () => undefined); // an idle connection lost with the server; the next batch reconnects
const run: RunStatement = async <Row>(statement: { text: string; values: unknown[] }) => (await pool.query(statement.text, statement.values)).rows as Row[];
const encoder = new TextEncoder();

port.on('message', async ({ id, job }: ExportWorkerRequest) => {
  try {
    const bytes = encoder.encode(await writeExportBatch(run, job));
    port.postMessage({ id, bytes } satisfies ExportWorkerReply, [bytes.buffer]);
  } catch (error) {
    // pg's error codes (and connection error codes) go back so the server classifies an outage as it would its own.
    const code = typeof (error as { code?: unknown }).code === 'string' ? (error as { code: string }).code : undefined;
    port.postMessage({ id, error: { message: error instanceof Error ? error.message : String(error), code } } satisfies ExportWorkerReply);
  }
});
