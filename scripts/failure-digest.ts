// What failed, in a few lines, for the end of `npm test`'s output: CI keeps only the tail of a run,
// and by then a failed test's name and error are hundreds of lines up (the end-to-end step prints
// the app's log after Playwright's own report). Each test step writes its runner's JSON report
// (Vitest's and Playwright's own formats); this reads the failed tests out of one.

/** A failed test: where it is, its title, and the first lines of its error. */
export type FailedTest = { location: string; title: string; error: string };

type VitestReport = { testResults?: { name?: string; assertionResults?: { status?: string; fullName?: string; title?: string; failureMessages?: string[] }[]; message?: string; status?: string }[] };
type PlaywrightSpec = { title?: string; file?: string; line?: number; tests?: { results?: { status?: string; error?: { message?: string } }[] }[] };
type PlaywrightSuite = { title?: string; specs?: PlaywrightSpec[]; suites?: PlaywrightSuite[] };
type PlaywrightReport = { config?: { rootDir?: string }; suites?: PlaywrightSuite[]; errors?: { message?: string }[] };

// ANSI colour codes: Playwright's messages carry them even when the terminal has none.
const ANSI = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');

/** The first `lines` non-empty lines of an error message, without colour codes or stack frames. */
export function firstLines(message: string, lines = 3): string {
  return message
    .replace(ANSI, '')
    .split('\n')
    .map((line) => line.trimEnd())
    .filter((line) => line.trim() !== '' && !/^\s*at /.test(line))
    .slice(0, lines)
    .join('\n');
}

function relative(file: string, root: string): string {
  return file.startsWith(`${root}/`) ? file.slice(root.length + 1) : file;
}

/** The failed tests of a Vitest JSON report (`--reporter=json`), files that failed to load included. */
export function vitestFailures(report: VitestReport, root: string): FailedTest[] {
  return (report.testResults ?? []).flatMap((file) => {
    const location = relative(file.name ?? '?', root);
    const failed = (file.assertionResults ?? []).filter((test) => test.status === 'failed');
    if (failed.length === 0 && file.status === 'failed') return [{ location, title: '(the file failed)', error: firstLines(file.message ?? '') }];
    return failed.map((test) => ({ location, title: test.fullName ?? test.title ?? '?', error: firstLines(test.failureMessages?.join('\n') ?? '') }));
  });
}

/** The failed tests of a Playwright JSON report: a test whose last result is neither passed nor skipped. */
export function playwrightFailures(report: PlaywrightReport, root: string): FailedTest[] {
  // A spec's file is named from the test directory.
  const directory = relative(report.config?.rootDir ?? root, root);
  const failures: FailedTest[] = [];
  const visit = (suite: PlaywrightSuite) => {
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests ?? []) {
        const last = test.results?.at(-1);
        if (!last || last.status === 'passed' || last.status === 'skipped') continue;
        failures.push({ location: `${directory === root ? '' : `${directory}/`}${spec.file ?? '?'}:${spec.line ?? '?'}`, title: `${spec.title ?? '?'} (${last.status})`, error: firstLines(last.error?.message ?? '') });
      }
    }
    for (const inner of suite.suites ?? []) visit(inner);
  };
  for (const suite of report.suites ?? []) visit(suite);
  for (const error of report.errors ?? []) failures.push({ location: '(run)', title: 'error outside a test', error: firstLines(error.message ?? '') });
  return failures;
}

/** The lines printed for a step's failures: at most `limit` tests, then how many more. */
export function digestLines(step: string, failures: readonly FailedTest[], limit = 8): string[] {
  const lines = failures.slice(0, limit).flatMap((failure) => [`✘ ${step}: ${failure.location} › ${failure.title}`, ...failure.error.split('\n').filter(Boolean).map((line) => `    ${line}`)]);
  if (failures.length > limit) lines.push(`  … and ${failures.length - limit} more in ${step}`);
  return lines;
}
