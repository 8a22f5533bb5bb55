// Running jobs a few at a time while handing their results on in the jobs'
// order: the consumer waits only for the oldest, and at most `parallel`
// results exist at once, so memory does not grow with the number of jobs.

/** `run(job)` for each job, started up to `parallel` ahead, yielded in job order. A failure surfaces at its job's turn. */
export async function* inOrder<Job, Result>(jobs: AsyncIterable<Job>, run: (job: Job) => Promise<Result>, parallel: number): AsyncGenerator<Result> {
  const queue = jobs[Symbol.asyncIterator]();
  const inFlight: Promise<Result>[] = [];
  let exhausted = false;
  const fill = async () => {
    while (!exhausted && inFlight.length < parallel) {
      const next = await queue.next();
      if (next.done) {
        exhausted = true;
        return;
      }
      const output = run(next.value);
      output.catch(() => undefined); // rethrown when its turn comes; until then not "unhandled"
      inFlight.push(output);
    }
  };
  try {
    await fill();
    while (inFlight.length > 0) {
      const output = await inFlight.shift()!;
      await fill();
      yield output;
    }
  } finally {
    // Stopped early (consumer gone, a job failed): let the jobs under way finish before what they hold is reused.
    await Promise.allSettled(inFlight);
    if (!exhausted) await queue.return?.(undefined);
  }
}
