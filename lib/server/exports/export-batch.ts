// One batch of a bulk annotation export, written out: its rows read with the
// query the planner made for it, turned into records and serialised by the
// pure writers in lib/exports. The same code runs in an export worker thread
// and, when there are none (tests, EXPORT_WORKERS=0), in the server itself.
// Free of the server-only marker and of Prisma so a worker can load it.
import { annotationCsvColumns, csvRows } from '../../exports/csv';
import { toWebAnnotationItem } from '../../exports/web-annotation';
import { webAnnotationExportItems } from '../../exports/web-annotation-export';
import type { ExportAnnotation } from '../../exports/export-types';
import { type AnnotationJoinRow, exportRecordsUnder } from '../data/exports/annotation-records';

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

/**
 * The batch as text: CSV records, or a run of W3C items of the export's one
 * page, each item after a comma (batches are written in parallel, so none
 * knows whether an earlier one was empty: the stream drops the first comma).
 */
export function formatExportBatch(job: ExportBatchJob, { annotations, texts }: ExportBatchData): string {
  if (job.format === 'csv') return csvRows(annotationCsvColumns(), annotations);
  const items = annotations.map((annotation) => toWebAnnotationItem(annotation, { text: texts.get(annotation.articleId) ?? '' }));
  return webAnnotationExportItems(items, 1);
}

/** Reads and writes one batch. */
export async function writeExportBatch(run: RunStatement, job: ExportBatchJob): Promise<string> {
  return formatExportBatch(job, await readExportBatch(run, job));
}
