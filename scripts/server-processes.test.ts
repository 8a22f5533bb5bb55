import { describe, expect, it } from 'vitest';
import { restartDelay } from './server-processes';

describe('restartDelay', () => {
  it('doubles from 1 s with each death in quick succession, up to 30 s', () => {
    let quickDeaths = 0;
    const delays: number[] = [];
    for (let death = 0; death < 8; death += 1) {
      const next = restartDelay(quickDeaths, 2_000);
      quickDeaths = next.quickDeaths;
      delays.push(next.delayMs);
    }
    expect(delays).toEqual([1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 30_000, 30_000]);
  });

  it('starts afresh after a process that lived a minute', () => {
    expect(restartDelay(6, 60_000)).toEqual({ quickDeaths: 1, delayMs: 1_000 });
    expect(restartDelay(6, 59_000)).toEqual({ quickDeaths: 7, delayMs: 30_000 });
  });
});
