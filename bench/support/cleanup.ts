// Clean-up for a benchmark run: steps registered as things are set up run in
// reverse order once, at the end or on SIGINT/SIGTERM, each failure reported
// but not stopping the others. `around` runs first and last (kill-restart uses
// it to make sure PostgreSQL is running again whatever happened).
export type Cleanup = { add(step: () => Promise<unknown>): void; run(): Promise<void> };

export function cleanupOnExit(options: { onSignal: string; around?: () => Promise<void> }): Cleanup {
  const steps: (() => Promise<unknown>)[] = [];
  let running: Promise<void> | null = null;
  const report = (what: string) => (error: unknown) => console.error(`cleanup: ${what}${error instanceof Error ? error.message : String(error)}`);
  const run = (): Promise<void> => {
    running ??= (async () => {
      await options.around?.().catch(report('could not start PostgreSQL: '));
      for (const step of steps.reverse()) await step().catch(report(''));
      await options.around?.().catch(report('could not start PostgreSQL: '));
    })();
    return running;
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      console.error(`\n${signal}: ${options.onSignal}`);
      void run().finally(() => process.exit(130));
    });
  }
  return { add: (step) => void steps.push(step), run };
}
