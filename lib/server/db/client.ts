import 'server-only';
// The one Prisma client of the process, cached on globalThis so that dev reloads
// and the production server alike reuse a single pool. Only lib/server/data
// imports this file (enforced by the lint rule in eslint.config.mjs).
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { config } from '../../config';
import { PrismaClient } from './generated/client';

type Database = { prisma: PrismaClient; pool: pg.Pool };

const globalForDb = globalThis as unknown as { corroborateDb?: Database };

function createDatabase(): Database {
  const { databaseUrl: connectionString, databasePoolSize } = config();
  if (!connectionString) throw new Error('DATABASE_URL is not set (npm start sets it for the embedded database)');
  const pool = new pg.Pool({
    connectionString,
    max: databasePoolSize,
    // Fail fast while the database is down so pages and health answer 503
    // quickly; the pool reconnects by itself once it is back.
    connectionTimeoutMillis: 3_000,
    idleTimeoutMillis: 30_000,
  });
  pool.on('error', () => undefined); // an idle client lost with the server; the pool replaces it
  // Wait for a transaction slot a little longer than the pool waits for a connection, so an
  // overload shows as one clear "busy, retry" (503) rather than two different errors.
  const prisma = new PrismaClient({ adapter: new PrismaPg(pool), transactionOptions: { maxWait: 5_000, timeout: 15_000 } });
  return { prisma, pool };
}

function database(): Database {
  globalForDb.corroborateDb ??= createDatabase();
  return globalForDb.corroborateDb;
}

export function db(): PrismaClient {
  return database().prisma;
}

/**
 * The same pool, for the few bulk reads (exports) where Prisma's row mapping
 * costs more than the query: node-pg reads 100k rows about 3x faster.
 */
export function sqlPool(): pg.Pool {
  return database().pool;
}

/** Ends the client and the pool (tests, scripts). */
export async function closeDatabase(): Promise<void> {
  const current = globalForDb.corroborateDb;
  globalForDb.corroborateDb = undefined;
  if (!current) return;
  await current.prisma.$disconnect();
  await current.pool.end().catch(() => undefined);
}

export type { PrismaClient };
export { Prisma } from './generated/client';
