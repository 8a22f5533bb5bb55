// Backups of the database the app uses.
// - A real PostgreSQL (DATABASE_URL): pg_dump's custom format, restored with
//   pg_restore; needs the PostgreSQL client tools (same major version or newer).
// - The embedded database: a copy of its data folder, taken and put back while
//   the app is stopped (the folder's lock file says whether it is in use).
import { spawnSync } from 'node:child_process';
import { cp, rm, stat } from 'node:fs/promises';
import { existsSync } from 'node:fs';

function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, { stdio: ['ignore', 'inherit', 'inherit'] });
  if (result.error) throw new Error(`${command} could not run (${result.error.message}); install the PostgreSQL client tools`);
  if (result.status !== 0) throw new Error(`${command} exited with code ${result.status}`);
}

export function dumpDatabase(url: string, file: string): void {
  run('pg_dump', ['--format=custom', '--no-owner', '--no-privileges', '--file', file, url]);
}

/** Restores into `url`, replacing what is there (an empty database works too). */
export function restoreDatabase(url: string, file: string): void {
  run('pg_restore', ['--clean', '--if-exists', '--no-owner', '--no-privileges', '--single-transaction', '--exit-on-error', '--dbname', url, file]);
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
