import { describe, expect, it } from 'vitest';
import { readAhead } from './read-ahead';

/** A source that records when each value is asked for and when the source is closed. */
function recordingSource(values: readonly number[], events: string[], failAt?: number) {
  return (async function* () {
    try {
      for (const [index, value] of values.entries()) {
        events.push(`produce ${value}`);
        await new Promise((resolve) => setTimeout(resolve, 1));
        if (index === failAt) throw new Error(`failed at ${value}`);
        yield value;
      }
    } finally {
      events.push('closed');
    }
  })();
}

describe('readAhead', () => {
  it('yields every value in order and starts the next before the consumer is done with the current', async () => {
    const events: string[] = [];
    const seen: number[] = [];
    for await (const value of readAhead(recordingSource([1, 2, 3], events))) {
      events.push(`consume ${value}`);
      seen.push(value);
    }
    expect(seen).toEqual([1, 2, 3]);
    // "produce 2" comes before "consume 1": the second batch was under way while the first was consumed.
    expect(events.indexOf('produce 2')).toBeLessThan(events.indexOf('consume 1'));
    expect(events.filter((event) => event === 'closed')).toHaveLength(1);
  });

  it('closes the source when the consumer stops early, after the step in flight', async () => {
    const events: string[] = [];
    for await (const value of readAhead(recordingSource([1, 2, 3, 4], events))) {
      if (value === 2) break;
    }
    expect(events).toEqual(['produce 1', 'produce 2', 'produce 3', 'closed']);
  });

  it('rethrows a failure of the look-ahead step at the step it belongs to, without an unhandled rejection', async () => {
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    try {
      const events: string[] = [];
      const seen: number[] = [];
      const run = async () => {
        for await (const value of readAhead(recordingSource([1, 2, 3], events, 1))) {
          seen.push(value);
          // Busy long enough for the failing look-ahead to settle before the next step is awaited.
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
      };
      await expect(run()).rejects.toThrow('failed at 2');
      expect(seen).toEqual([1]);
      await new Promise((resolve) => setTimeout(resolve, 10));
      expect(unhandled).toEqual([]);
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
  });

  it('passes an empty source through', async () => {
    const events: string[] = [];
    const seen: number[] = [];
    for await (const value of readAhead(recordingSource([], events))) seen.push(value);
    expect(seen).toEqual([]);
    expect(events).toEqual(['closed']);
  });
});
