import 'server-only';
// A transaction on one of the pool's connections, for the few writes that every reviewer makes
// many times a review (saving an annotation): a Prisma interactive transaction costs more CPU than
// its statements (issue 16). Statements are plain SQL with $n parameters; `runSql` runs one in
// either kind of transaction, so a rule written once (a lock, a freeze check) serves both.
import type pg from 'pg';
import type { Prisma } from './client';
import { sqlPool } from './client';

/** A transaction: Prisma's (tx of $transaction) or a pool connection inside withSqlTransaction. */
export type SqlTransaction = Prisma.TransactionClient | pg.PoolClient;

/** Runs one statement in the transaction and returns its rows. */
export async function runSql<Row>(tx: SqlTransaction, text: string, values: readonly unknown[]): Promise<Row[]> {
  if ('$queryRawUnsafe' in tx) return tx.$queryRawUnsafe<Row[]>(text, ...values);
  return (await tx.query(text, values as unknown[])).rows as Row[];
}

/**
 * Runs `work` in a transaction on one pool connection: committed if it returns, rolled back if it
 * throws (and the connection dropped if even the rollback fails, so a broken one is not reused).
 */
export async function withSqlTransaction<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await sqlPool().connect();
  let broken: Error | undefined;
  try {
    await client.query('BEGIN');
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch((failed: Error) => {
      broken = failed;
    });
    throw error;
  } finally {
    client.release(broken);
  }
}
