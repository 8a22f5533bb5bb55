import 'server-only';
// A few worker threads for CPU-bound jobs, each running one job at a time
// under a time limit. A job past its limit has its worker terminated (the only
// way to stop synchronous code) and is refused with the caller's message; the
// next job gets a fresh worker. Jobs wait in a short queue when every worker
// is busy; past it they are refused as "busy" (503) rather than piling up.
import type { Worker } from 'node:worker_threads';
import { AppError } from '../../errors';

export type WorkerRequest<Job> = { id: number; job: Job };
/** A worker says `ready` once it has loaded, so the time limit counts the job alone, not the start-up. */
export type WorkerReply<Result> = { ready: true } | { id: number; result: Result } | { id: number; error: string };

export type WorkerPoolOptions = {
  size: number;
  timeLimitMs: number;
  /** Jobs that may wait for a worker; more are refused. */
  maxQueued: number;
  start: () => Worker;
};

export type RunOptions = { tooSlow: string; busy: string };

type Task = { id: number; job: unknown; options: RunOptions; resolve: (result: unknown) => void; reject: (error: Error) => void };
type Thread = { worker: Worker; ready: boolean; task: Task | null; timer: NodeJS.Timeout | null };

export class WorkerPool<Job> {
  private readonly threads: Thread[] = [];
  private readonly queue: Task[] = [];
  private nextId = 1;

  constructor(private readonly options: WorkerPoolOptions) {}

  run<Result>(job: Job, options: RunOptions): Promise<Result> {
    if (this.queue.length >= this.options.maxQueued) return Promise.reject(new AppError('unavailable', options.busy));
    return new Promise<Result>((resolve, reject) => {
      this.queue.push({ id: this.nextId++, job, options, resolve: resolve as (result: unknown) => void, reject });
      this.dispatch();
    });
  }

  /** Workers running now (for tests and logs). */
  get size(): number {
    return this.threads.length;
  }

  /** Ends every worker; jobs in progress are refused. */
  async close(): Promise<void> {
    await Promise.all(this.threads.map((thread) => thread.worker.terminate()));
  }

  private dispatch(): void {
    while (this.queue.length > 0) {
      const thread = this.threads.find((candidate) => candidate.ready && candidate.task === null);
      if (!thread) {
        // Start a worker when none is idle or starting; dispatch resumes when it says it is ready.
        if (this.threads.length < this.options.size && this.threads.every((candidate) => candidate.ready)) this.startThread();
        return;
      }
      const task = this.queue.shift()!;
      thread.task = task;
      thread.worker.ref(); // a job in progress keeps the process alive; an idle worker does not
      thread.timer = setTimeout(() => this.stop(thread, new AppError('payload_too_large', task.options.tooSlow)), this.options.timeLimitMs);
      thread.worker.postMessage({ id: task.id, job: task.job } satisfies WorkerRequest<unknown>);
    }
  }

  private startThread(): Thread {
    const thread: Thread = { worker: this.options.start(), ready: false, task: null, timer: null };
    thread.worker.unref();
    thread.worker.on('message', (reply: WorkerReply<unknown>) => {
      if ('ready' in reply) {
        thread.ready = true;
        this.dispatch();
        return;
      }
      const task = thread.task;
      if (!task || reply.id !== task.id) return;
      this.finish(thread);
      if ('error' in reply) task.reject(new Error(reply.error));
      else task.resolve(reply.result);
      this.dispatch();
    });
    const fail = (error: Error) => this.stop(thread, error);
    thread.worker.on('error', fail);
    thread.worker.on('exit', (code) => fail(new Error(`article worker stopped (exit code ${code})`)));
    this.threads.push(thread);
    return thread;
  }

  private finish(thread: Thread): void {
    if (thread.timer) clearTimeout(thread.timer);
    thread.timer = null;
    thread.task = null;
    thread.worker.unref();
  }

  /** Takes a worker out of the pool (terminating it if it still runs) and refuses its job with `error`. */
  private stop(thread: Thread, error: Error): void {
    const at = this.threads.indexOf(thread);
    if (at === -1) return;
    this.threads.splice(at, 1);
    // A worker that dies before it is ready could not run anything: the job waiting longest is refused,
    // so a worker that cannot start fails requests one by one instead of being restarted in a loop.
    const task = thread.task ?? (thread.ready ? null : (this.queue.shift() ?? null));
    this.finish(thread);
    void thread.worker.terminate();
    task?.reject(error);
    this.dispatch();
  }
}
