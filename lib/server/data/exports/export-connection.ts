// The database connection of an export worker thread: one node-pg connection
// of its own (the server's pool belongs to the server thread), and a runner
// for export statements on it. Free of the server-only marker and of Prisma
// so a worker can load it.
import pg from 'pg';
import type { RunStatement, SqlStatement } from './read-export-batch';

export function openExportConnection(connectionString: string | undefined): RunStatement {
  const pool = new pg.Pool({ connectionString, max: 1, connectionTimeoutMillis: 3_000, idleTimeoutMillis: 30_000 });
  pool.on('error', () => undefined); // an idle connection lost with the server; the next batch reconnects
  return async <Row>(statement: SqlStatement) => (await pool.query(statement.text, statement.values)).rows as Row[];
}
