// For tests of a data migration: the migrations before it in a folder of their
// own (to build a database as it stood before), and the PostgreSQL error a
// statement failed with (to check the CHECK constraints a migration adds).
import { cp, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { MIGRATIONS_DIR } from '../../scripts/db/schema-engine';

export type MigrationsFolder = { folder: string; remove(): Promise<void> };

/** A temporary folder holding every migration before the first whose name matches `migration`; `remove` deletes it. */
export async function migrationsBefore(migration: RegExp): Promise<MigrationsFolder> {
  return migrationsFolder(migration, 0);
}

/** The same, that migration included: applying it applies that one and no later one (whose columns would also appear). */
export async function migrationsThrough(migration: RegExp): Promise<MigrationsFolder> {
  return migrationsFolder(migration, 1);
}

async function migrationsFolder(migration: RegExp, extra: 0 | 1): Promise<MigrationsFolder> {
  const folder = await mkdtemp(path.join(tmpdir(), 'corroborate-migrations-'));
  const names = (await readdir(MIGRATIONS_DIR, { withFileTypes: true })).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
  const index = names.findIndex((name) => migration.test(name));
  if (index <= 0) throw new Error(`no migration before one named like ${migration}`);
  for (const name of names.slice(0, index + extra)) await cp(path.join(MIGRATIONS_DIR, name), path.join(folder, name), { recursive: true });
  await cp(path.join(MIGRATIONS_DIR, 'migration_lock.toml'), path.join(folder, 'migration_lock.toml'));
  return { folder, remove: () => rm(folder, { recursive: true, force: true }) };
}

/** The PostgreSQL error a promise rejected with (code and constraint), or null if it resolved. */
export async function pgError(promise: Promise<unknown>): Promise<{ code?: string; constraint?: string } | null> {
  try {
    await promise;
    return null;
  } catch (error) {
    if (error instanceof pg.DatabaseError) return { code: error.code, constraint: error.constraint };
    throw error;
  }
}
