// Entry of an article worker thread (see article-workers.ts): runs one job at
// a time and answers with its result, or with the error's message.
import { parentPort } from 'node:worker_threads';
import { type ArticleJob, runArticleJob } from './article-job';
import type { WorkerReply, WorkerRequest } from './worker-pool';

const port = parentPort;
if (!port) throw new Error('article-worker.ts runs as a worker thread');

port.postMessage({ ready: true } satisfies WorkerReply<unknown>);
port.on('message', ({ id, job }: WorkerRequest<ArticleJob>) => {
  try {
    port.postMessage({ id, result: runArticleJob(job) } satisfies WorkerReply<unknown>);
  } catch (error) {
    port.postMessage({ id, error: error instanceof Error ? error.message : String(error) } satisfies WorkerReply<unknown>);
  }
});
