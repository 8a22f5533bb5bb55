import 'server-only';
// A transaction on one of the pool's connections, for the few writes that every reviewer makes
// many times a review (saving an annotation): a Prisma interactive transaction costs more CPU than
// its statements (issue 16). Statements are plain SQL with $n parameters; `runSql` runs one in
// either kind of transaction, so a rule written once (a lock, a freeze check) serves both.
//
// Each round trip to PostgreSQL costs the server CPU of its own (a socket write and read, the
// reply's parsing, a few promises), whatever the statement. Statements that must run one after
// another but need no answer in between (a lock, then a read that must see what the lock waited
// for) go as one batch: on a pool connection one message of the simple query protocol, in which
// each statement still runs after the one before and, under PostgreSQL's read committed, with a
// snapshot of its own, exactly as separate calls would. That protocol takes no parameters, so a
// batch is built of literals the caller has validated (ids checked by isUuid; see sqlUuid).
import type pg from 'pg';
import { isUuid } from '../../validation/uuid';
import type { Prisma } from './client';
import { sqlPool } from './client';

/** A transaction: Prisma's (tx of $transaction) or a pool connection inside withSqlTransaction. */
export type SqlTransaction = Prisma.TransactionClient | pg.PoolClient;

/** Where a statement may run: a transaction, or the pool for a read on its own. */
export type SqlClient = SqlTransaction | pg.Pool;

/** Runs one statement in the transaction (or on the pool, for a read on its own) and returns its rows. */
export async function runSql<Row>(tx: SqlClient, text: string, values: readonly unknown[]): Promise<Row[]> {
  if ('$queryRawUnsafe' in tx) return tx.$queryRawUnsafe<Row[]>(text, ...values);
  return (await tx.query(text, values as unknown[])).rows as Row[];
}

/** A uuid as an SQL literal for a batch; anything but a uuid is a programming error here (callers check ids first and answer 404). */
export function sqlUuid(value: string): string {
  if (!isUuid(value)) throw new Error('sqlUuid: not a uuid');
  return `'${value}'::uuid`;
}

/**
 * Runs statements without parameters one after another and returns each one's rows: on a pool
 * connection in one round trip (see above), in a Prisma transaction one call each.
 */
export async function runSqlBatch(tx: SqlTransaction, statements: readonly string[]): Promise<unknown[][]> {
  if ('$queryRawUnsafe' in tx) {
    const rows: unknown[][] = [];
    for (const statement of statements) rows.push(await tx.$queryRawUnsafe<unknown[]>(statement));
    return rows;
  }
  return resultRows(await simpleQuery(tx, statements), statements.length);
}

/** Several statements in one message of the simple query protocol (no values given, so pg uses it). */
async function simpleQuery(client: pg.PoolClient, statements: readonly string[]): Promise<pg.QueryResult | pg.QueryResult[]> {
  return (await client.query(statements.join(';\n'))) as pg.QueryResult | pg.QueryResult[];
}

/** pg answers a message of several statements with one result each, and one of a single statement with that result. */
function resultRows(result: pg.QueryResult | pg.QueryResult[], expected: number): unknown[][] {
  const results = Array.isArray(result) ? result : [result];
  if (results.length !== expected) throw new Error(`a batch of ${expected} statements answered ${results.length} results`);
  return results.map((each) => each.rows as unknown[]);
}

/**
 * Runs `work` in a transaction on one pool connection: committed if it returns, rolled back if it
 * throws (and the connection dropped if even the rollback fails, so a broken one is not reused).
 * `opening`: statements without parameters sent with BEGIN in the same round trip (as
 * runSqlBatch), each one's rows handed to `work`.
 */
export async function withSqlTransaction<T>(work: (client: pg.PoolClient, opened: unknown[][]) => Promise<T>, opening: readonly string[] = []): Promise<T> {
  const client = await sqlPool().connect();
  let broken: Error | undefined;
  try {
    let opened: unknown[][] = [];
    if (opening.length === 0) await client.query('BEGIN');
    else opened = resultRows(await simpleQuery(client, ['BEGIN', ...opening]), opening.length + 1).slice(1);
    const result = await work(client, opened);
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
