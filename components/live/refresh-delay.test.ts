import { describe, expect, it } from 'vitest';
import { GATHER_MS, MIN_INTERVAL_MS, refreshDelay } from './refresh-delay';

describe('refreshDelay', () => {
  it('gathers a first change briefly, then keeps refreshes a second apart', () => {
    const now = 1_000_000;
    expect(refreshDelay(0, now)).toBe(GATHER_MS);
    expect(refreshDelay(now - 200, now)).toBe(MIN_INTERVAL_MS - 200);
    expect(refreshDelay(now - 950, now)).toBe(GATHER_MS);
    expect(refreshDelay(now - 5_000, now)).toBe(GATHER_MS);
  });
});
