// While a server process's event loop is held (a long synchronous render, a full garbage
// collection, a starved core), every request it holds waits: a latency spike with no slow query
// to show for it. Each window in which the loop was held for `warnMs` or more is written as a
// warning in the structured log's shape (lib/server/log.ts), so such a spike has a time and a
// process to look at. scripts/server.ts starts it in every server process.
import { monitorEventLoopDelay } from 'node:perf_hooks';

export type LoopWatchOptions = { windowMs: number; warnMs: number; write(line: string): void };

/** Starts watching; the returned function stops it. The timer never keeps the process alive. */
export function watchEventLoop({ windowMs, warnMs, write }: LoopWatchOptions): () => void {
  const delay = monitorEventLoopDelay({ resolution: 20 });
  delay.enable();
  const timer = setInterval(() => {
    const maxMs = Math.round(delay.max / 1e6);
    if (maxMs >= warnMs) {
      const line = { time: new Date().toISOString(), level: 'warn', msg: 'The event loop was held', maxMs, p99Ms: Math.round(delay.percentile(99) / 1e6), windowMs, pid: process.pid };
      write(`${JSON.stringify(line)}\n`);
    }
    delay.reset();
  }, windowMs);
  timer.unref();
  return () => {
    clearInterval(timer);
    delay.disable();
  };
}
