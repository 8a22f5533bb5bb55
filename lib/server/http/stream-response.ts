import 'server-only';
// A streamed download: text chunks pulled from an async generator only as fast
// as the client reads them (backpressure), so an export never piles up in memory.
// The first chunk is produced before the response starts, so a refusal or a
// database outage at the start still gets its proper status instead of a 200
// with a broken body.
import { log } from '../log';

/** Chunks are gathered to about this size before they are sent: every write is flushed through compression, and 100,000 tiny ones cost seconds. */
const SEND_BYTES = 64 * 1024;

/**
 * The generator's strings regrouped into pieces of at least SEND_BYTES
 * characters (the last may be shorter); bytes (already encoded, e.g. by an
 * export worker) pass as they are, after the text gathered before them.
 */
async function* coalesce(chunks: AsyncGenerator<string | Uint8Array>): AsyncGenerator<string | Uint8Array> {
  let pending = '';
  for await (const chunk of chunks) {
    if (typeof chunk !== 'string') {
      if (pending !== '') yield pending;
      pending = '';
      yield chunk;
      continue;
    }
    pending += chunk;
    if (pending.length >= SEND_BYTES) {
      yield pending;
      pending = '';
    }
  }
  if (pending !== '') yield pending;
}

export async function streamResponse(chunks: AsyncGenerator<string | Uint8Array>, headers: Record<string, string>): Promise<Response> {
  const encoder = new TextEncoder();
  const bytes = (chunk: string | Uint8Array) => (typeof chunk === 'string' ? encoder.encode(chunk) : chunk);
  const first = await chunks.next();
  const rest = coalesce(chunks);
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      if (first.done) controller.close();
      else controller.enqueue(bytes(first.value));
    },
    async pull(controller) {
      try {
        const next = await rest.next();
        if (next.done) controller.close();
        else controller.enqueue(bytes(next.value));
      } catch (error) {
        // Headers are gone by now; a broken stream is all the client can be told.
        log('error', 'Export stream failed', { error });
        controller.error(error);
      }
    },
    async cancel() {
      await rest.return(undefined);
      await chunks.return(undefined);
    },
  });
  return new Response(body, { status: 200, headers: { 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff', ...headers } });
}

/** A Content-Disposition value for a download name made of safe characters only. */
export function attachment(filename: string): string {
  const safe = filename.replace(/[^A-Za-z0-9._-]+/g, '-').slice(0, 120);
  return `attachment; filename="${safe}"`;
}
