import { describe, expect, it } from 'vitest';
import { watchEventLoop } from './event-loop-watch';

describe('watchEventLoop', () => {
  it('logs a window in which the loop was held past the threshold, with how long', async () => {
    const lines: string[] = [];
    const stop = watchEventLoop({ windowMs: 400, warnMs: 150, write: (line) => lines.push(line) });
    try {
      await new Promise((resolve) => setTimeout(resolve, 50));
      // Hold the loop for 300 ms, as a long synchronous step would.
      const until = performance.now() + 300;
      while (performance.now() < until);
      await new Promise((resolve) => setTimeout(resolve, 800));
    } finally {
      stop();
    }
    const held = lines.map((line) => JSON.parse(line) as { level: string; msg: string; maxMs: number; pid: number });
    expect(held.length).toBeGreaterThanOrEqual(1);
    expect(held[0]).toMatchObject({ level: 'warn', msg: 'The event loop was held', pid: process.pid });
    expect(Math.max(...held.map((entry) => entry.maxMs))).toBeGreaterThanOrEqual(250);
  });
});
