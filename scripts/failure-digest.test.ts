import { describe, expect, it } from 'vitest';
import { digestLines, firstLines, playwrightFailures, vitestFailures } from './failure-digest';

// Shaped as the runners write them (trimmed from real reports of a test failed on purpose).
const vitestReport = {
  testResults: [
    {
      name: '/repo/lib/a.test.ts',
      status: 'failed',
      message: '',
      assertionResults: [
        { fullName: 'sums fails on purpose', title: 'fails on purpose', status: 'failed', failureMessages: ['AssertionError: expected 2 to be 3 // Object.is equality\n    at /repo/lib/a.test.ts:2:48\n    at file:///repo/node_modules/@vitest/runner/dist/chunk-artifact.js:302:11'] },
        { fullName: 'sums passes', title: 'passes', status: 'passed', failureMessages: [] },
      ],
    },
    { name: '/repo/lib/b.test.ts', status: 'failed', message: 'Failed to load url ./missing (resolved id: ./missing)', assertionResults: [] },
    { name: '/repo/lib/c.test.ts', status: 'passed', message: '', assertionResults: [{ fullName: 'ok', status: 'passed', failureMessages: [] }] },
  ],
};

const playwrightReport = {
  config: { rootDir: '/repo/e2e' },
  suites: [
    {
      title: 'workflow/live.spec.ts',
      specs: [{ title: 'follows a submission', file: 'workflow/live.spec.ts', line: 58, tests: [{ results: [{ status: 'timedOut', error: { message: '\u001b[31mTest timeout of 60000ms exceeded.\u001b[39m' } }] }] }],
      suites: [
        {
          title: 'nested',
          specs: [
            { title: 'passes', file: 'workflow/live.spec.ts', line: 90, tests: [{ results: [{ status: 'passed' }] }] },
            { title: 'passes on its retry', file: 'workflow/live.spec.ts', line: 99, tests: [{ results: [{ status: 'failed', error: { message: 'first try' } }, { status: 'passed' }] }] },
            { title: 'fails', file: 'workflow/live.spec.ts', line: 120, tests: [{ results: [{ status: 'failed', error: { message: 'Error: expect(locator).toBeVisible() failed\n\nLocator: getByText(\'Drafting\')\nExpected: visible\nReceived: <element(s) not found>' } }] }] },
          ],
        },
      ],
    },
  ],
  errors: [],
};

describe('failure digest', () => {
  it('reads the failed tests of a Vitest report, and a file that failed to load', () => {
    expect(vitestFailures(vitestReport, '/repo')).toEqual([
      { location: 'lib/a.test.ts', title: 'sums fails on purpose', error: 'AssertionError: expected 2 to be 3 // Object.is equality' },
      { location: 'lib/b.test.ts', title: '(the file failed)', error: 'Failed to load url ./missing (resolved id: ./missing)' },
    ]);
  });

  it('reads the failed tests of a Playwright report, nested suites included, by their last try', () => {
    expect(playwrightFailures(playwrightReport, '/repo')).toEqual([
      { location: 'e2e/workflow/live.spec.ts:58', title: 'follows a submission (timedOut)', error: 'Test timeout of 60000ms exceeded.' },
      { location: 'e2e/workflow/live.spec.ts:120', title: 'fails (failed)', error: "Error: expect(locator).toBeVisible() failed\nLocator: getByText('Drafting')\nExpected: visible" },
    ]);
  });

  it('keeps an error outside any test', () => {
    expect(playwrightFailures({ suites: [], errors: [{ message: 'Error: No tests found' }] }, '/repo')).toEqual([{ location: '(run)', title: 'error outside a test', error: 'Error: No tests found' }]);
  });

  it('keeps the first lines without stack frames or colour codes', () => {
    expect(firstLines('\u001b[2mone\u001b[22m\n\n  at frame (x.ts:1:1)\ntwo\nthree\nfour', 2)).toBe('one\ntwo');
  });

  it('prints at most the limit of tests, then how many more', () => {
    const failures = Array.from({ length: 3 }, (_, index) => ({ location: `f${index}`, title: `t${index}`, error: `e${index}` }));
    expect(digestLines('unit tests', failures, 2)).toEqual(['✘ unit tests: f0 › t0', '    e0', '✘ unit tests: f1 › t1', '    e1', '  … and 1 more in unit tests']);
  });
});
