// `npm run generate`: `prisma generate`, offline-safe. The Prisma CLI insists on downloading its
// native schema engine even for `generate`, which never uses it; pointing
// PRISMA_SCHEMA_ENGINE_BINARY at a stub skips the download. Exit code is passed through.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';

const env = { ...process.env };
let stubDir;
if (!env.PRISMA_SCHEMA_ENGINE_BINARY) {
  const windows = process.platform === 'win32';
  stubDir = mkdtempSync(path.join(os.tmpdir(), 'prisma-engine-stub-'));
  const stub = path.join(stubDir, windows ? 'schema-engine.cmd' : 'schema-engine');
  const message = 'schema engine stub (scripts/prisma-generate.mjs): use scripts/db/* for migrations';
  writeFileSync(stub, windows ? `@echo ${message} 1>&2\r\n@exit /b 1\r\n` : `#!/bin/sh\necho "${message}" >&2\nexit 1\n`);
  chmodSync(stub, 0o755);
  env.PRISMA_SCHEMA_ENGINE_BINARY = stub;
}

const prismaCli = createRequire(import.meta.url).resolve('prisma/build/index.js');
const result = spawnSync(process.execPath, [prismaCli, 'generate', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env,
});
if (stubDir) rmSync(stubDir, { recursive: true, force: true });
if (result.error) {
  console.error(result.error);
  process.exit(1);
}
process.exit(result.status ?? 1);
