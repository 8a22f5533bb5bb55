// `npm run db:new-migration -- <name>`: the offline stand-in for `prisma migrate dev --create-only`.
// Replays prisma/migrations on a throwaway shadow database and writes the SQL that takes it to
// prisma/schema.prisma into prisma/migrations/<UTC YYYYMMDDHHMMSS>_<name>/migration.sql.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { startEmbeddedPostgres } from './embedded-postgres';
import { config } from '../../lib/config';
import {
  MIGRATION_LOCK_CONTENT,
  MIGRATION_LOCK_FILE,
  MIGRATIONS_DIR,
  PROJECT_ROOT,
  createTemporaryDatabase,
  diffSchema,
  readSchema,
} from './schema-engine';

/** Like the Prisma CLI: "addUserEmail" / "add user-email" → "add_user_email", at most 200 chars. */
function migrationSlug(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 200);
}

/** Writes prisma/migrations/migration_lock.toml if missing; warns if it names another provider. */
async function ensureMigrationLock(): Promise<void> {
  const lockPath = path.join(MIGRATIONS_DIR, MIGRATION_LOCK_FILE);
  const existing = await readFile(lockPath, 'utf8').catch(() => null);
  if (existing === null) {
    await mkdir(MIGRATIONS_DIR, { recursive: true });
    await writeFile(lockPath, MIGRATION_LOCK_CONTENT);
  } else if (!/^provider = "postgresql"$/m.test(existing)) {
    console.warn(`warning: ${path.relative(PROJECT_ROOT, lockPath)} does not say provider = "postgresql"`);
  }
}

/**
 * Gives `fn` a database for the engine's connection plus an empty shadow database: two
 * in-memory embedded servers, or a temporary database on DATABASE_URL's server (dropped after).
 */
async function withShadowDatabase<T>(fn: (url: string, shadowDatabaseUrl: string) => Promise<T>): Promise<T> {
  const serverUrl = config().databaseUrl;
  if (serverUrl) {
    const shadow = await createTemporaryDatabase(serverUrl, 'prisma_shadow_');
    try {
      return await fn(serverUrl, shadow.url);
    } finally {
      await shadow.drop();
    }
  }
  const main = await startEmbeddedPostgres();
  try {
    const shadow = await startEmbeddedPostgres();
    try {
      return await fn(main.url, shadow.url);
    } finally {
      await shadow.stop();
    }
  } finally {
    await main.stop();
  }
}

/** UTC YYYYMMDDHHMMSS, the prefix Prisma gives migration folders. */
function timestamp(date = new Date()): string {
  return date.toISOString().replace(/\D/g, '').slice(0, 14);
}

async function main(): Promise<void> {
  const name = migrationSlug(process.argv.slice(2).join(' '));
  if (!name) {
    console.error('usage: npm run db:new-migration -- <name>');
    process.exit(2);
  }
  await ensureMigrationLock(); // the engine reads the provider of a migrations folder from it
  const schema = await readSchema();
  // The wasm engine's createMigration cannot use an adapter-supplied shadow database, but its
  // diff from a migrations folder can, and renders the same script.
  const { sql, isEmpty } = await withShadowDatabase((connectionUrl, shadowDatabaseUrl) =>
    diffSchema({ from: { migrationsDir: MIGRATIONS_DIR }, to: { schema }, connectionUrl, shadowDatabaseUrl }),
  );
  if (isEmpty) {
    console.log('no changes: prisma/migrations already matches prisma/schema.prisma');
    return;
  }
  const directory = path.join(MIGRATIONS_DIR, `${timestamp()}_${name}`);
  await mkdir(directory, { recursive: false });
  const file = path.join(directory, 'migration.sql');
  await writeFile(file, sql);
  console.log(`created ${path.relative(PROJECT_ROOT, file)}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
