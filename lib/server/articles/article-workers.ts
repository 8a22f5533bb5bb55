import 'server-only';
// Where article jobs run (see article-job.ts): in a small pool of worker
// threads, so the server keeps answering (health checks, other users) while a
// large import is prepared or a revision re-anchored, and a job that runs
// past its time limit is stopped and refused. Running from source (the test
// runner) there is no bundled worker to start, so jobs run in this thread by
// the same code — as with ARTICLE_WORKERS=0, which has no time limit.
import { Worker } from 'node:worker_threads';
import { config } from '../../config';
import { log } from '../log';
import { type ArticleJob, type ArticleJobResult, runArticleJob } from './article-job';
import { type RunOptions, WorkerPool } from './worker-pool';

/**
 * ARTICLE_WORKERS threads (default: 2, or 1 on a one-core machine; 0 runs jobs
 * in the server thread), ARTICLE_WORK_TIME_LIMIT_MS per job (default 20 s: a
 * 2 MB page prepares in about 2 s of CPU on a busy two-core machine).
 */
function settings(): { workers: number; timeLimitMs: number } {
  const { articleWorkers, articleWorkTimeLimitMs } = config();
  return { workers: articleWorkers, timeLimitMs: articleWorkTimeLimitMs };
}

const globalForPool = globalThis as unknown as { corroborateArticleWorkers?: WorkerPool<ArticleJob> | null };

function pool(): WorkerPool<ArticleJob> | null {
  if (globalForPool.corroborateArticleWorkers !== undefined) return globalForPool.corroborateArticleWorkers;
  const { workers, timeLimitMs } = settings();
  globalForPool.corroborateArticleWorkers =
    workers === 0
      ? null
      : new WorkerPool<ArticleJob>({
          size: workers,
          timeLimitMs,
          // A few waiting per worker; each holds a page of at most a few MB.
          maxQueued: workers * 4,
          start: () => new Worker(new URL('./article-worker.ts', import.meta.url)),
        });
  if (workers > 0) log('info', 'Article worker pool ready', { workers, timeLimitMs });
  return globalForPool.corroborateArticleWorkers;
}

/** Runs `job` in a worker (or here, without workers); refuses it with `messages.tooSlow` (413) past the time limit, `messages.busy` (503) when the queue is full. */
export async function runArticleWork<Job extends ArticleJob>(job: Job, messages: RunOptions): Promise<ArticleJobResult<Job>> {
  const workers = pool();
  if (workers === null) return runArticleJob(job);
  return workers.run<ArticleJobResult<Job>>(job, messages);
}
