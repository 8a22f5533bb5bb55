// `npm run bench`: every benchmark in turn. Figures only; nothing here passes or fails.
import { spawnSync } from 'node:child_process';
import { ROOT } from './support';

for (const bench of ['bench/consensus.ts', 'bench/consensus-agreement.ts', 'bench/unitizing-alpha.ts', 'bench/exports.ts', 'bench/reanchor.ts', 'bench/article-page.ts', 'bench/annotation-page.ts', 'bench/annotation-save.ts']) {
  console.log(`\n=== ${bench} ===`);
  spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', bench], { cwd: ROOT, stdio: 'inherit' });
}
