// `npm test`: every check, in the order that fails fastest — generate the
// Prisma client, type-check, lint, unit tests, integration tests against
// PostgreSQL (DATABASE_URL's server or an embedded one), then the Playwright
// suite against a production build, then the README's first command on a fresh
// clone (scripts/first-run.ts). Ends with one "N passed, N failed" line.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type FailedTest, digestLines, playwrightFailures, vitestFailures } from './failure-digest';

const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

// Each test step writes its runner's JSON report here, so the run can end with what failed (failure-digest.ts).
const REPORTS = mkdtempSync(path.join(os.tmpdir(), 'corroborate-reports-'));
const report = (name: string) => path.join(REPORTS, `${name}.json`);

type Step = { name: string; command: string; args: string[]; env?: Record<string, string>; report?: { file: string; failures: (json: unknown) => FailedTest[] } };

const vitestReporters = (name: string) => ['--reporter=default', '--reporter=json', `--outputFile.json=${report(name)}`];
const vitestReport = (name: string) => ({ file: report(name), failures: (json: unknown) => vitestFailures(json as Parameters<typeof vitestFailures>[0], PROJECT_ROOT) });
const playwrightReport = { file: report('e2e'), failures: (json: unknown) => playwrightFailures(json as Parameters<typeof playwrightFailures>[0], PROJECT_ROOT) };

const STEPS: Step[] = [
  { name: 'prisma client', command: 'npm', args: ['run', '--silent', 'generate'] },
  { name: 'typecheck', command: 'npx', args: ['tsc', '--noEmit'] },
  { name: 'lint', command: 'npx', args: ['eslint', '--max-warnings=0', '.'] },
  { name: 'unit tests', command: 'npx', args: ['vitest', 'run', '--project', 'unit', ...vitestReporters('unit')], report: vitestReport('unit') },
  { name: 'integration tests', command: 'npx', args: ['vitest', 'run', '--project', 'integration', ...vitestReporters('integration')], report: vitestReport('integration') },
  // playwright.config.ts adds its JSON reporter when E2E_JSON_REPORT is set.
  { name: 'end-to-end tests', command: 'npx', args: ['tsx', 'scripts/e2e.ts'], env: { E2E_JSON_REPORT: playwrightReport.file }, report: playwrightReport },
  { name: 'first run (README)', command: 'npx', args: ['tsx', 'scripts/first-run.ts'] },
];

const only = process.argv.slice(2);
const results: { name: string; ok: boolean; seconds: number; digest: string[] }[] = [];
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', FORCE_COLOR: process.env.FORCE_COLOR ?? '0' };

for (const step of STEPS.filter((candidate) => only.length === 0 || only.some((name) => candidate.name.startsWith(name)))) {
  console.log(`\n=== ${step.name} ===`);
  const started = Date.now();
  const run = spawnSync(step.command, step.args, { cwd: PROJECT_ROOT, stdio: 'inherit', env: { ...env, ...step.env } });
  const ok = run.status === 0;
  results.push({ name: step.name, ok, seconds: (Date.now() - started) / 1000, digest: ok ? [] : digestOf(step) });
}

/** A failed step's failed tests, from its JSON report; a line saying so when there is none to read. */
function digestOf(step: Step): string[] {
  if (!step.report) return [];
  try {
    const failures = step.report.failures(JSON.parse(readFileSync(step.report.file, 'utf8')));
    return failures.length > 0 ? digestLines(step.name, failures) : [`✘ ${step.name}: no failed test in its report (the step itself failed: see its output)`];
  } catch {
    return [`✘ ${step.name}: no report to read (the step failed before its tests ran, or was stopped)`];
  }
}

const digest = results.flatMap((result) => result.digest);
if (digest.length > 0) console.log(`\n=== what failed ===\n${digest.join('\n')}`);
rmSync(REPORTS, { recursive: true, force: true });

console.log('\n=== summary ===');
for (const result of results) console.log(`${result.ok ? 'PASS' : 'FAIL'}  ${result.name.padEnd(20)} ${result.seconds.toFixed(1)} s`);
const failed = results.filter((result) => !result.ok).length;
console.log(`${results.length - failed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
