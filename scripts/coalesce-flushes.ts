// Next.js flushes the compression after every chunk it streams (next/dist/server/pipe-readable.js
// calls the `flush` the compression package adds to the response), and a page's RSC payload is
// written as a dozen or more chunks in one turn of the event loop. Each flush ends a deflate block
// (a few bytes more on the wire), goes through zlib on the thread pool, and is written to the
// socket by writes of its own. Measured on the seeded article with the server counting
// (issue 16): its RSC refresh asked for 16 flushes and made 70 socket writes; with the flushes of a
// turn made one at its end, 6 flushes and 30 writes (the consensus page's refresh: 13 → 5 and
// 58 → 26), and the desk's consensus refresh sent 19.4 kB instead of 20.9.
//
// What a turn wrote still leaves at the end of that turn (setImmediate), so streaming is kept: a
// part of the page that comes later (a Suspense boundary resolving) is flushed in its own turn.
import type { ServerResponse } from 'node:http';

type Flushable = ServerResponse & { flush?: () => void };

/** Makes `response.flush` (the compression's) flush once per turn of the event loop, however often it is called in it. */
export function coalesceFlushes(response: ServerResponse): void {
  const target = response as Flushable;
  const flush = target.flush;
  if (typeof flush !== 'function') return;
  let scheduled = false;
  target.flush = () => {
    if (scheduled) return;
    scheduled = true;
    setImmediate(() => {
      scheduled = false;
      // After end() the compression has flushed everything itself.
      if (!response.writableEnded) flush.call(response);
    });
  };
}
