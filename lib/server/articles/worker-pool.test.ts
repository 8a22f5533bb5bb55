import { Worker } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import { AppError } from '../../errors';
import { WorkerPool } from './worker-pool';

// A stand-in worker speaking the pool's protocol: doubles `value`, fails on `fail`, or never answers on `forever`.
const WORKER = `
const { parentPort } = require('node:worker_threads');
parentPort.postMessage({ ready: true });
parentPort.on('message', ({ id, job }) => {
  if (job.forever) for (;;) {}
  if (job.fail) parentPort.postMessage({ id, error: 'it failed' });
  else parentPort.postMessage({ id, result: job.value * 2 });
});`;

type Job = { value?: number; fail?: boolean; forever?: boolean };
const MESSAGES = { tooSlow: 'took too long', busy: 'too busy' };
const pools: WorkerPool<Job>[] = [];

function makePool(options: Partial<{ size: number; timeLimitMs: number; maxQueued: number }> = {}): WorkerPool<Job> {
  const pool = new WorkerPool<Job>({ size: 1, timeLimitMs: 5_000, maxQueued: 4, start: () => new Worker(WORKER, { eval: true }), ...options });
  pools.push(pool);
  return pool;
}

afterEach(async () => {
  await Promise.all(pools.splice(0).map((pool) => pool.close()));
});

describe('WorkerPool', () => {
  it('runs jobs in a worker and answers their results in order of submission', async () => {
    const pool = makePool({ size: 2 });
    await expect(Promise.all([1, 2, 3, 4].map((value) => pool.run<number>({ value }, MESSAGES)))).resolves.toEqual([2, 4, 6, 8]);
    expect(pool.size).toBe(2);
  });

  it('refuses a job with the worker’s error message', async () => {
    await expect(makePool().run({ fail: true }, MESSAGES)).rejects.toThrow('it failed');
  });

  it('stops a job past its time limit with a 413 and the caller’s message, then serves the next job on a fresh worker', async () => {
    const pool = makePool({ timeLimitMs: 500 });
    const stuck = pool.run({ forever: true }, MESSAGES);
    const next = pool.run<number>({ value: 21 }, MESSAGES);
    const error = await stuck.then(() => null, (reason: unknown) => reason);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: 'payload_too_large', status: 413, message: 'took too long' });
    await expect(next).resolves.toBe(42);
  });

  it('refuses with a 503 when the queue is full, and still runs what it accepted', async () => {
    const pool = makePool({ maxQueued: 1, timeLimitMs: 500 });
    await pool.run({ value: 0 }, MESSAGES); // the worker is up: the next job runs at once rather than waiting in the queue
    const running = pool.run({ forever: true }, MESSAGES).then(() => 'finished', (error: unknown) => (error instanceof AppError ? error.code : 'other'));
    const queued = pool.run<number>({ value: 1 }, MESSAGES);
    await expect(pool.run({ value: 2 }, MESSAGES)).rejects.toMatchObject({ code: 'unavailable', status: 503, message: 'too busy' });
    await expect(running).resolves.toBe('payload_too_large');
    await expect(queued).resolves.toBe(2);
  });

  it('refuses a job when its worker cannot start, rather than restarting it forever', async () => {
    let starts = 0;
    const pool = new WorkerPool<Job>({
      size: 1,
      timeLimitMs: 5_000,
      maxQueued: 4,
      start: () => {
        starts += 1;
        return new Worker('throw new Error("cannot load")', { eval: true });
      },
    });
    pools.push(pool);
    await expect(pool.run({ value: 1 }, MESSAGES)).rejects.toThrow('cannot load');
    expect(starts).toBe(1);
  });
});
