// `npm run bench`: every benchmark in turn. Figures only; nothing here passes or fails.
// Not included: bench/kill-restart.ts, which stops and restarts the PostgreSQL
// server itself (run it on its own, on a server nobody else is using). bench/processes.ts and
// bench/topology.ts (HAProxy and PgBouncer in front of two app servers) need DATABASE_URL, and so does
// bench/desk-scale.ts (a desk of 1,000 people for 5 minutes; its --sweep is left to be run on its own).
import { spawnSync } from 'node:child_process';
import { ROOT } from './support';

for (const bench of ['bench/consensus.ts', 'bench/consensus-agreement.ts', 'bench/agreement-intervals.ts', 'bench/project-agreement.ts', 'bench/unitizing-alpha.ts', 'bench/exports.ts', 'bench/reanchor.ts', 'bench/article-nesting.ts', 'bench/quote-lookup.ts', 'bench/claim-suggestions.ts', 'bench/source-profile.ts', 'bench/article-page.ts', 'bench/annotation-page.ts', 'bench/annotation-save.ts', 'bench/live-latency.ts', 'bench/load.ts', 'bench/processes.ts', 'bench/topology.ts', 'bench/request-cost.ts', 'bench/desk-scale.ts', 'bench/first-start.ts']) {
  console.log(`\n=== ${bench} ===`);
  spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', bench], { cwd: ROOT, stdio: 'inherit' });
}
