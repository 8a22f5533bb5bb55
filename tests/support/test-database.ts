// A fresh, migrated database per integration-test file: a uniquely named database on
// DATABASE_URL's server (never DATABASE_URL's own database), or an in-memory embedded PGlite.
import { startEmbeddedPostgres } from '../../scripts/db/embedded-postgres';
import { applyMigrations, createTemporaryDatabase } from '../../scripts/db/schema-engine';

export interface TestDatabase {
  /** Connection string of the new, fully migrated database. */
  url: string;
  /** Drops the database (disconnecting its clients) or stops the embedded server. Idempotent. */
  drop(): Promise<void>;
}

/** `migrationsDir`: migrate with that folder instead of prisma/migrations (to test a data migration on older rows). */
export async function createTestDatabase(options: { migrationsDir?: string } = {}): Promise<TestDatabase> {
  const serverUrl = process.env.DATABASE_URL;
  const database = serverUrl
    ? await createTemporaryDatabase(serverUrl, 'corroborate_test_')
    : await startEmbeddedPostgres().then((embedded) => ({ url: embedded.url, drop: embedded.stop }));
  try {
    await applyMigrations(database.url, options);
  } catch (error) {
    await database.drop();
    throw error;
  }
  return { url: database.url, drop: database.drop };
}
