// The joined annotation row (annotation, article, author) that exports and the
// annotation container read, and how it becomes an export record. Free of the
// server-only marker and of Prisma because the export workers use it too.
import { addressesUnder, exportAnnotationRecord } from '../../../exports/export-records';
import type { ExportAnnotation } from '../../../exports/export-types';
import type { Evidence } from '../../../views/annotation-views';

export type AnnotationJoinRow = Omit<ExportAnnotation, 'reviewer' | 'articleUrl' | 'iri' | 'evidence'> & {
  reviewerId: string;
  reviewerName: string;
  sourceUrl: string | null;
  evidence: Evidence[];
};

/** How rows become export records under one base URL. */
export function exportRecordsUnder(baseUrl: string): (row: AnnotationJoinRow) => ExportAnnotation {
  const iriOf = addressesUnder(baseUrl, 'annotations');
  const workbenchUrlOf = addressesUnder(baseUrl, 'articles');
  return (row) =>
    exportAnnotationRecord(
      row,
      { id: row.articleId, title: row.articleTitle, url: row.sourceUrl ?? workbenchUrlOf(row.articleId) },
      { id: row.reviewerId, name: row.reviewerName },
      iriOf(row.id),
    );
}
