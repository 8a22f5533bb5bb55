import 'server-only';
// One page's Server-Sent Events stream (GET /api/events). Events:
//   ready     the feed is listening; sent again after it reconnected (the page reads afresh)
//   change    {kind, articleId, by?}: something the page shows may have changed; it refetches
//             through its own guarded reads, so the stream never carries content
//   presence  {people}: who else has the article's consensus page open (consensus readers only)
// A comment line every 15 s keeps proxies from closing an idle stream and touches this stream's
// presence entry. A stream ends after MAX_AGE_MS and the browser's EventSource opens a new one
// (after `retry`), so the actor's session and project membership are checked again.
import { randomUUID } from 'node:crypto';
import type { LiveChangeEvent, PresentPerson } from '../../views/live-views';
import type { Actor } from '../actor';
import { joinPresence, leavePresence, touchPresence } from '../data/live/record-presence';
import type { Authorized } from '../guards';
import { log } from '../log';
import { type LiveScope, changeHub } from './change-hub';

const HEARTBEAT_MS = 15_000;
const MAX_AGE_MS = 10 * 60_000;
const RETRY_MS = 2_000;
/** Events a client has not read before it is dropped: a stalled tab reconnects and reads afresh. */
const MAX_BACKLOG = 256;

export type LiveStreamOptions = LiveScope & {
  /** Set when the stream is an article's consensus page for someone allowed to open it. */
  presenceReader: Authorized<'consensus:read'> | null;
  /** Also list this person as having the page open (presence=1). */
  joinPresence: boolean;
};

export const EVENT_STREAM_HEADERS = {
  'Content-Type': 'text/event-stream; charset=utf-8',
  // no-transform: a compressing proxy or server would hold events back to fill its buffer.
  'Cache-Control': 'no-store, no-transform',
  'X-Accel-Buffering': 'no',
} as const;

export async function openLiveStream(actor: Actor, options: LiveStreamOptions, signal: AbortSignal): Promise<Response> {
  // 503 before any stream is made when the change feed cannot listen.
  await changeHub().whenListening();
  const encoder = new TextEncoder();
  const streamId = randomUUID();
  let controller!: ReadableStreamDefaultController<Uint8Array>;
  let closed = false;
  let unsubscribe = () => {};
  const timers: { heartbeat?: NodeJS.Timeout; maxAge?: NodeJS.Timeout } = {};
  let joined = false;

  const close = () => {
    if (closed) return;
    closed = true;
    clearInterval(timers.heartbeat);
    clearTimeout(timers.maxAge);
    unsubscribe();
    if (joined) void leavePresence(streamId).catch((error: unknown) => log('warn', 'Could not remove a presence entry', { error: String(error) }));
    try {
      controller.close();
    } catch {
      // already closed or cancelled by the client
    }
  };
  const write = (text: string) => {
    if (closed) return;
    if ((controller.desiredSize ?? 0) < -MAX_BACKLOG) return close();
    controller.enqueue(encoder.encode(text));
  };
  const send = (event: string, data: unknown) => write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);

  const body = new ReadableStream<Uint8Array>(
    {
      start(started) {
        controller = started;
      },
      cancel: close,
    },
    new CountQueuingStrategy({ highWaterMark: 16 }),
  );
  write(`retry: ${RETRY_MS}\n: live changes\n\n`);
  // Throws (429) before any response is made when the person has too many streams open.
  unsubscribe = changeHub().subscribe(actor, options, options.presenceReader, {
    change: (event: LiveChangeEvent) => send('change', event),
    presence: (people: PresentPerson[]) => send('presence', { people }),
    ready: () => send('ready', {}),
  });
  if (signal.aborted) close();
  signal.addEventListener('abort', close, { once: true });
  if (options.joinPresence && options.presenceReader && options.articleId && !closed) {
    try {
      await joinPresence(options.presenceReader, options.articleId, streamId);
      joined = true;
      // The page went away while the entry was being written: take it out again.
      if (closed) void leavePresence(streamId).catch(() => undefined);
    } catch (error) {
      close();
      throw error;
    }
  }
  if (!closed) {
    timers.heartbeat = setInterval(() => {
      write(': ping\n\n');
      if (joined) void touchPresence(streamId).catch(() => undefined);
    }, HEARTBEAT_MS);
    timers.maxAge = setTimeout(close, MAX_AGE_MS);
  }
  return new Response(body, { status: 200, headers: EVENT_STREAM_HEADERS });
}
