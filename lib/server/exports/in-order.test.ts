import { describe, expect, it } from 'vitest';
import { inOrder } from './in-order';

async function* listOf<T>(values: readonly T[], closed?: () => void): AsyncGenerator<T> {
  try {
    yield* values;
  } finally {
    closed?.();
  }
}

/** A job runner whose jobs finish after the given delays, recording how many ran at once. */
function delayedRunner(delays: Record<number, number>, failing?: number) {
  let running = 0;
  const stats = { maxRunning: 0, started: [] as number[], finished: [] as number[] };
  const run = async (job: number) => {
    stats.started.push(job);
    running += 1;
    stats.maxRunning = Math.max(stats.maxRunning, running);
    await new Promise((resolve) => setTimeout(resolve, delays[job] ?? 1));
    running -= 1;
    stats.finished.push(job);
    if (job === failing) throw new Error(`job ${job} failed`);
    return `result ${job}`;
  };
  return { run, stats };
}

describe('inOrder', () => {
  it('yields results in job order although later jobs finish first, never running more than `parallel` at once', async () => {
    const { run, stats } = delayedRunner({ 1: 30, 2: 1, 3: 1, 4: 15, 5: 1 });
    const results: string[] = [];
    for await (const result of inOrder(listOf([1, 2, 3, 4, 5]), run, 2)) results.push(result);
    expect(results).toEqual(['result 1', 'result 2', 'result 3', 'result 4', 'result 5']);
    expect(stats.finished.indexOf(2)).toBeLessThan(stats.finished.indexOf(1));
    expect(stats.maxRunning).toBe(2);
  });

  it('starts the next jobs while the consumer holds a result', async () => {
    const { run, stats } = delayedRunner({});
    const consumer = inOrder(listOf([1, 2, 3]), run, 2);
    expect((await consumer.next()).value).toBe('result 1');
    // The consumer has not asked for more, yet jobs 2 and 3 are under way.
    expect(stats.started).toEqual([1, 2, 3]);
    await consumer.return(undefined);
  });

  it('rethrows a failure at its job\'s turn, after the earlier results, and waits for the jobs under way', async () => {
    const { run, stats } = delayedRunner({ 1: 20, 2: 1, 3: 10 }, 2);
    const results: string[] = [];
    let closed = false;
    const consume = async () => {
      for await (const result of inOrder(listOf([1, 2, 3, 4, 5], () => (closed = true)), run, 3)) results.push(result);
    };
    await expect(consume()).rejects.toThrow('job 2 failed');
    expect(results).toEqual(['result 1']);
    // 4 was started when result 1 was handed on; both it and 3 finished before the failure was thrown; 5 never ran.
    expect(stats.finished).toEqual(expect.arrayContaining([3, 4]));
    expect(stats.started).not.toContain(5);
    expect(closed).toBe(true);
  });

  it('passes no jobs through as no results', async () => {
    const { run, stats } = delayedRunner({});
    const results: string[] = [];
    for await (const result of inOrder(listOf<number>([]), run, 2)) results.push(result);
    expect(results).toEqual([]);
    expect(stats.started).toEqual([]);
  });
});
