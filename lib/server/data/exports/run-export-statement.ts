import 'server-only';
// Export statements run in the server thread, on the server's node-pg pool:
// batches written without export workers (tests, EXPORT_WORKERS=0).
import { sqlPool } from '../../db/client';
import type { RunStatement, SqlStatement } from './read-export-batch';

export const runExportStatement: RunStatement = async <Row>(statement: SqlStatement) => (await sqlPool().query(statement.text, statement.values)).rows as Row[];
