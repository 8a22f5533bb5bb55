// `npm test`: every check, in the order that fails fastest — generate the
// Prisma client, type-check, lint, unit tests, integration tests against
// PostgreSQL (DATABASE_URL's server or an embedded one), then the Playwright
// suite against a production build, then the README's first command on a fresh
// clone (scripts/first-run.ts). Ends with one "N passed, N failed" line.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

type Step = { name: string; command: string; args: string[] };

const STEPS: Step[] = [
  { name: 'prisma client', command: 'npm', args: ['run', '--silent', 'generate'] },
  { name: 'typecheck', command: 'npx', args: ['tsc', '--noEmit'] },
  { name: 'lint', command: 'npx', args: ['eslint', '--max-warnings=0', '.'] },
  { name: 'unit tests', command: 'npx', args: ['vitest', 'run', '--project', 'unit'] },
  { name: 'integration tests', command: 'npx', args: ['vitest', 'run', '--project', 'integration'] },
  { name: 'end-to-end tests', command: 'npx', args: ['tsx', 'scripts/e2e.ts'] },
  { name: 'first run (README)', command: 'npx', args: ['tsx', 'scripts/first-run.ts'] },
];

const only = process.argv.slice(2);
const results: { name: string; ok: boolean; seconds: number }[] = [];
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', FORCE_COLOR: process.env.FORCE_COLOR ?? '0' };

for (const step of STEPS.filter((candidate) => only.length === 0 || only.some((name) => candidate.name.startsWith(name)))) {
  console.log(`\n=== ${step.name} ===`);
  const started = Date.now();
  const run = spawnSync(step.command, step.args, { cwd: PROJECT_ROOT, stdio: 'inherit', env });
  results.push({ name: step.name, ok: run.status === 0, seconds: (Date.now() - started) / 1000 });
}

console.log('\n=== summary ===');
for (const result of results) console.log(`${result.ok ? 'PASS' : 'FAIL'}  ${result.name.padEnd(20)} ${result.seconds.toFixed(1)} s`);
const failed = results.filter((result) => !result.ok).length;
console.log(`${results.length - failed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
