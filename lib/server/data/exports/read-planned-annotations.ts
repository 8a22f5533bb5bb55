import 'server-only';
// The annotations of planned export batches (plan-export-batches.ts) read in
// the server thread, for the exports that nest them under their article.
import type { ExportAnnotation } from '../../../exports/export-types';
import { sqlPool } from '../../db/client';
import { type AnnotationJoinRow, exportRecordsUnder } from './annotation-export-row';
import type { SqlStatement } from './read-export-batch';

/** The planned annotations as records, batch by batch. */
export async function* readPlannedAnnotations(statements: AsyncIterable<SqlStatement>, baseUrl: string): AsyncGenerator<ExportAnnotation[]> {
  const recordOf = exportRecordsUnder(baseUrl);
  for await (const statement of statements) {
    // node-pg rather than Prisma: its row mapping costs more than the query on large exports.
    const { rows } = await sqlPool().query<AnnotationJoinRow>(statement.text, statement.values);
    yield rows.map(recordOf);
  }
}
