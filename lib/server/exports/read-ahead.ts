// One step of look-ahead for a batch stream: the next batch is asked for as
// soon as the current one is handed out, so the database works on it while
// the serialiser formats this one (a bulk export otherwise waits on every
// query in turn). At most one batch beyond the consumer's is ever held.

/** `source`'s values in order, each next one already being produced while the consumer holds the last. */
export async function* readAhead<T>(source: AsyncGenerator<T>): AsyncGenerator<T> {
  let pending = source.next();
  // A failure while the consumer is busy is rethrown at the next step; until then it is not "unhandled".
  pending.catch(() => undefined);
  try {
    for (;;) {
      const step = await pending;
      if (step.done) return;
      pending = source.next();
      pending.catch(() => undefined);
      yield step.value;
    }
  } finally {
    // Stopped early (client gone, error downstream): let the step in flight finish, then close the source.
    await pending.catch(() => undefined);
    await source.return(undefined);
  }
}
