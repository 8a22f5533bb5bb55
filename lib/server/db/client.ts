import 'server-only';
// The one Prisma client of the process, cached on globalThis so that dev reloads
// and the production server alike reuse a single pool. Only lib/server/data
// imports this file (enforced by the lint rule in eslint.config.mjs).
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from './generated/client';

const globalForDb = globalThis as unknown as { corroborateDb?: PrismaClient };

function createClient(): PrismaClient {
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) throw new Error('DATABASE_URL is not set (npm start sets it for the embedded database)');
  const adapter = new PrismaPg({
    connectionString,
    max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
    // Fail fast while the database is down so pages and health answer 503
    // quickly; the pool reconnects by itself once it is back.
    connectionTimeoutMillis: 3_000,
    idleTimeoutMillis: 30_000,
  });
  // Wait for a transaction slot a little longer than the pool waits for a connection, so an
  // overload shows as one clear "busy, retry" (503) rather than two different errors.
  return new PrismaClient({ adapter, transactionOptions: { maxWait: 5_000, timeout: 15_000 } });
}

export function db(): PrismaClient {
  globalForDb.corroborateDb ??= createClient();
  return globalForDb.corroborateDb;
}

export type { PrismaClient };
export { Prisma } from './generated/client';
