// One batch of a bulk annotation export, read: its rows selected with the
// statement the planner made for it (plan-export-batches.ts), turned into
// records, and for W3C items the texts their offsets refer to. The statement
// runner is a parameter, and the file is free of the server-only marker and of
// Prisma, so an export worker thread runs it on its own connection
// (export-connection.ts) and the server thread on its pool (run-export-statement.ts).
import type { ExportAnnotation } from '../../../exports/export-types';
import { type AnnotationJoinRow, exportRecordsUnder } from './annotation-records';

/** A parameterised statement as node-pg takes it ($1, $2 … in `text`). */
export type SqlStatement = { text: string; values: unknown[] };
export type RunStatement = <Row>(statement: SqlStatement) => Promise<Row[]>;

export type ExportBatchJob = {
  format: 'csv' | 'jsonld';
  /** Selects this batch's AnnotationJoinRows in article, id order. */
  rows: SqlStatement;
  baseUrl: string;
};

const ARTICLE_TEXTS = 'SELECT id, text FROM "Article" WHERE id = ANY($1::uuid[])';

/** What a batch is written from: its records, and for W3C items the texts their offsets refer to. */
export type ExportBatchData = { annotations: ExportAnnotation[]; texts: Map<string, string> };

/** Reads the batch: the database's part of the work, which can run while an earlier batch is being written. */
export async function readExportBatch(run: RunStatement, job: ExportBatchJob): Promise<ExportBatchData> {
  const rows = await run<AnnotationJoinRow>(job.rows);
  const annotations = rows.map(exportRecordsUnder(job.baseUrl));
  if (job.format === 'csv' || annotations.length === 0) return { annotations, texts: new Map() };
  // W3C positions count code points, so the items need the texts their offsets refer to.
  const articleIds = [...new Set(annotations.map((annotation) => annotation.articleId))];
  const texts = new Map((await run<{ id: string; text: string }>({ text: ARTICLE_TEXTS, values: [articleIds] })).map((row) => [row.id, row.text]));
  return { annotations, texts };
}
