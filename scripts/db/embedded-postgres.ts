// Embedded PostgreSQL for machines without a PostgreSQL server (dev, demos, tests):
// PGlite (Postgres compiled to wasm) served over the Postgres wire protocol on 127.0.0.1,
// so the ordinary `pg` driver, @prisma/adapter-pg and the same migrations work unchanged.
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
// Claim suggestions rank by trigram similarity (migration 'claims' creates the extension); PGlite ships it as contrib.
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
// Article search folds accents away (migration 'article_search' creates the extension); contrib too.
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { ConnectionAwareQueue } from './pglite-message-queue';

export interface EmbeddedPostgresOptions {
  /** Directory holding the database files; undefined = in-memory (gone on stop()). */
  dataDir?: string;
  /** TCP port on 127.0.0.1; 0 or undefined = let the OS pick a free port. */
  port?: number;
  /** Concurrent client connections accepted (app pool + migrations + tools). Default 64. */
  maxConnections?: number;
}

export interface EmbeddedPostgres {
  /** Connection string for `pg` / @prisma/adapter-pg, e.g. postgresql://postgres@127.0.0.1:54321/postgres */
  url: string;
  port: number;
  /** Closes client connections, stops listening and closes PGlite (flushing dataDir). Idempotent. */
  stop(): Promise<void>;
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * PGlite does not lock its data directory (no postmaster.pid), and two instances writing one
 * directory corrupt it. `<dataDir>.lock` holds the owner's pid; a dead owner's lock is taken over.
 */
async function lockDataDir(dataDir: string): Promise<() => Promise<void>> {
  const lockPath = `${dataDir}.lock`;
  for (let attempt = 0; ; attempt++) {
    try {
      await writeFile(lockPath, String(process.pid), { flag: 'wx' });
      return () => rm(lockPath, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || attempt > 0) throw error;
      const owner = Number.parseInt(await readFile(lockPath, 'utf8').catch(() => ''), 10);
      if (owner > 0 && isRunning(owner)) {
        throw new Error(`embedded-postgres: ${dataDir} is in use by process ${owner} (lock file ${lockPath})`);
      }
      await rm(lockPath, { force: true });
    }
  }
}

export async function startEmbeddedPostgres(
  options: EmbeddedPostgresOptions = {},
): Promise<EmbeddedPostgres> {
  const dataDir = options.dataDir === undefined ? undefined : path.resolve(options.dataDir);
  let unlock = async () => {};
  if (dataDir !== undefined) {
    await mkdir(dataDir, { recursive: true });
    unlock = await lockDataDir(dataDir);
  }

  // PGlite has a single backend: every socket connection shares it, and the socket
  // server queues their queries (keeping a transaction's queries together).
  let db: PGlite;
  try {
    const extensions = { pg_trgm, unaccent };
    db = await PGlite.create(dataDir === undefined ? { extensions } : { dataDir, extensions });
  } catch (error) {
    await unlock();
    throw error;
  }
  const server = new PGLiteSocketServer({
    db,
    host: '127.0.0.1',
    port: options.port ?? 0,
    maxConnections: Math.max(10, options.maxConnections ?? 64),
  });
  // The stock queue can interleave two connections' extended-protocol messages; see pglite-message-queue.ts.
  (server as unknown as { queryQueue: ConnectionAwareQueue }).queryQueue = new ConnectionAwareQueue(db);
  try {
    await server.start();
  } catch (error) {
    await db.close();
    await unlock();
    throw error;
  }

  // getServerConn() is "host:port", with the OS-assigned port once listening.
  const port = Number(server.getServerConn().split(':').pop());
  if (!Number.isInteger(port) || port <= 0) {
    await server.stop();
    await db.close();
    await unlock();
    throw new Error(`embedded-postgres: could not determine the listening port (${server.getServerConn()})`);
  }

  let stopping: Promise<void> | undefined;
  return {
    url: `postgresql://postgres@127.0.0.1:${port}/postgres`,
    port,
    stop() {
      stopping ??= (async () => {
        await server.stop();
        if (!db.closed) await db.close();
        await unlock();
      })();
      return stopping;
    },
  };
}
