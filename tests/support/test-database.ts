// A fresh, migrated database per integration-test file: a uniquely named database on
// DATABASE_URL's server (never DATABASE_URL's own database), or an in-memory embedded PGlite.
import pg from 'pg';
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

export interface ConnectedTestDatabase extends TestDatabase {
  /** A connection of the test's own, for SQL the app would not send. */
  client: pg.Client;
  /** Ends the connection and drops the database. */
  close(): Promise<void>;
}

/** createTestDatabase, with a pg client connected to it. */
export async function connectTestDatabase(options: { migrationsDir?: string } = {}): Promise<ConnectedTestDatabase> {
  const database = await createTestDatabase(options);
  const client = new pg.Client({ connectionString: database.url });
  try {
    await client.connect();
  } catch (error) {
    await database.drop();
    throw error;
  }
  return {
    ...database,
    client,
    async close() {
      await client.end();
      await database.drop();
    },
  };
}
