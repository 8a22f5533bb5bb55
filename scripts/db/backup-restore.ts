// Backups of the database the app uses.
// - A real PostgreSQL (DATABASE_URL): pg_dump's custom format, restored with
//   pg_restore; needs the PostgreSQL client tools (same major version or newer).
// - The embedded database: a copy of its data folder, taken and put back while
//   the app is stopped (the folder's lock file says whether it is in use).
import { spawnSync } from 'node:child_process';
import { cp, rm, stat } from 'node:fs/promises';
import { existsSync } from 'node:fs';

/** pg-boss's schema (lib/server/data/outbound/outbound-queues.ts; made by the outbound migration). */
const PGBOSS_SCHEMA = 'pgboss';

function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, { stdio: ['ignore', 'inherit', 'inherit'] });
  if (result.error) throw new Error(`${command} could not run (${result.error.message}); install the PostgreSQL client tools`);
  if (result.status !== 0) throw new Error(`${command} exited with code ${result.status}`);
}

export function dumpDatabase(url: string, file: string): void {
  run('pg_dump', ['--format=custom', '--no-owner', '--no-privileges', '--file', file, url]);
}

/**
 * Restores into `url`, replacing what is there (an empty database works too), in one transaction.
 * pg_restore writes the SQL and psql runs it, after dropping the job queue's schema: pg_restore's own
 * --clean cannot drop the primary keys of pg-boss's per-queue partitions (PostgreSQL refuses to drop an
 * inherited constraint), and the dump brings that schema back whole, queued jobs included.
 */
export function restoreDatabase(url: string, file: string): void {
  const script = [
    'set -o pipefail;',
    // COMMIT only after pg_restore finished well: if it fails part-way, psql reaches the end of its input
    // inside the transaction and the server rolls it back, leaving the database as it was.
    `{ printf 'BEGIN;\\nDROP SCHEMA IF EXISTS ${PGBOSS_SCHEMA} CASCADE;\\n'; pg_restore --clean --if-exists --no-owner --no-privileges --file=- "$2" && printf 'COMMIT;\\n'; }`,
    '| psql --no-psqlrc --quiet --set ON_ERROR_STOP=1 --dbname "$1" > /dev/null',
  ].join(' ');
  run('bash', ['-c', script, 'restore', url, file]);
}

async function assertNotInUse(dataDir: string): Promise<void> {
  if (existsSync(`${dataDir}.lock`)) throw new Error(`${dataDir} is in use (${dataDir}.lock exists): stop the app first`);
}

export async function copyEmbeddedData(dataDir: string, target: string): Promise<void> {
  await assertNotInUse(dataDir);
  if (!(await stat(dataDir).catch(() => null))?.isDirectory()) throw new Error(`${dataDir} holds no embedded database`);
  await cp(dataDir, target, { recursive: true, errorOnExist: true, force: false });
}

export async function restoreEmbeddedData(backup: string, dataDir: string): Promise<void> {
  await assertNotInUse(dataDir);
  await rm(dataDir, { recursive: true, force: true });
  await cp(backup, dataDir, { recursive: true });
}
