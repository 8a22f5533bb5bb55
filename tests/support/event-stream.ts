// Reading a Server-Sent Events answer (GET /api/events) in tests and benchmarks: every event
// as it arrives, with the time it arrived, and a way to wait for the one a test expects.
export type StreamEvent = { event: string; data: Record<string, unknown>; at: number };

export type EventReader = {
  events: StreamEvent[];
  /** Comment lines and `retry:` fields, as sent. */
  fields: string[];
  /** The first event (from `from` on) that `match` accepts; rejects after `timeoutMs`. */
  next(match: (event: StreamEvent) => boolean, timeoutMs?: number, from?: number): Promise<StreamEvent>;
  /** Resolves when the server ends the stream. */
  ended: Promise<void>;
};

export function readEvents(response: Response): EventReader {
  const events: StreamEvent[] = [];
  const fields: string[] = [];
  const waiting = new Set<() => void>();
  const decoder = new TextDecoder();
  const reader = response.body!.getReader();
  let buffer = '';
  const ended = (async () => {
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        buffer += decoder.decode(value, { stream: true });
        for (let end = buffer.indexOf('\n\n'); end >= 0; end = buffer.indexOf('\n\n')) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          let event = 'message';
          let data = '';
          for (const line of block.split('\n')) {
            if (line.startsWith('event: ')) event = line.slice(7);
            else if (line.startsWith('data: ')) data += line.slice(6);
            else fields.push(line);
          }
          if (data !== '') events.push({ event, data: JSON.parse(data) as Record<string, unknown>, at: performance.now() });
        }
        for (const wake of waiting) wake();
      }
    } catch {
      // aborted by the test
    }
    for (const wake of waiting) wake();
  })();
  let done = false;
  void ended.then(() => (done = true));
  return {
    events,
    fields,
    ended,
    next(match, timeoutMs = 2_000, from = 0) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const found = events.slice(from).find(match);
          if (found) {
            finish();
            resolve(found);
          } else if (done) {
            finish();
            reject(new Error(`the stream ended without the event; it had ${JSON.stringify(events)}`));
          }
        };
        const timer = setTimeout(() => {
          finish();
          reject(new Error(`no such event within ${timeoutMs} ms; the stream had ${JSON.stringify(events)}`));
        }, timeoutMs);
        const finish = () => {
          clearTimeout(timer);
          waiting.delete(check);
        };
        waiting.add(check);
        check();
      });
    },
  };
}
