import { describe, expect, it } from 'vitest';
import { wilsonInterval } from './wilson-interval';

// Reference values: Newcombe (1998), "Two-sided confidence intervals for the
// single proportion", Statistics in Medicine 17, 857–872, table I (method 3).
describe('wilsonInterval', () => {
  it('matches Newcombe’s table for 81/263, 15/148, 0/20 and 1/29', () => {
    for (const [successes, trials, low, high] of [
      [81, 263, 0.2553, 0.3662],
      [15, 148, 0.0624, 0.1605],
      [0, 20, 0, 0.1611],
      [1, 29, 0.0061, 0.1718],
    ] as const) {
      const interval = wilsonInterval(successes / trials, trials)!;
      expect(interval.low).toBeCloseTo(low, 4);
      expect(interval.high).toBeCloseTo(high, 4);
      expect(interval).toMatchObject({ level: 0.95, resamples: 0, method: 'wilson-score' });
    }
  });

  it('keeps a width at a share of 1 and stays inside [0, 1]', () => {
    const interval = wilsonInterval(1, 10)!;
    expect(interval.high).toBe(1);
    expect(wilsonInterval(0, 10)!.low).toBe(0);
    expect(interval.low).toBeCloseTo(0.7225, 4);
  });

  it('has no interval without trials or with a share that is not one', () => {
    expect(wilsonInterval(0.5, 0)).toBeNull();
    expect(wilsonInterval(Number.NaN, 10)).toBeNull();
    expect(wilsonInterval(1.5, 10)).toBeNull();
  });
});
