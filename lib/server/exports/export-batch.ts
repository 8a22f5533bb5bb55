// One batch of a bulk annotation export, written out: its rows read with the
// query the planner made for it (lib/server/data/exports), then serialised by
// the pure writers in lib/exports. The same code runs in an export worker
// thread and, when there are none (tests, EXPORT_WORKERS=0), in the server itself.
// Free of the server-only marker and of Prisma so a worker can load it.
import { annotationCsvColumns, csvRows } from '../../exports/csv';
import { toWebAnnotationItem } from '../../exports/web-annotation';
import { webAnnotationExportItems } from '../../exports/web-annotation-export';
import { type ExportBatchData, type ExportBatchJob, type RunStatement, type SqlStatement, readExportBatch } from '../data/exports/read-export-batch';

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

/** Jobs for one format from planned statements. */
export async function* exportBatchJobs(statements: AsyncIterable<SqlStatement>, format: ExportBatchJob['format'], baseUrl: string): AsyncGenerator<ExportBatchJob> {
  for await (const rows of statements) yield { format, rows, baseUrl };
}
