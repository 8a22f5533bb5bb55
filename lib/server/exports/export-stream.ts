import 'server-only';
// Which serialiser writes which format, fed by which data stream. Every
// format is produced batch by batch, so memory does not grow with the export.
import { PASSAGE_CSV_COLUMNS, annotationCsvColumns, streamCsv } from '../../exports/csv';
import type { ExportAnnotation, ExportPassage } from '../../exports/export-types';
import { streamJsonExport } from '../../exports/json';
import type { ExportFormat, TExportFilter } from '../../validation/exports';
import type { Actor } from '../actor';
import { loadArticleTexts } from '../data/exports/load-article-texts';
import { streamExportAnnotations } from '../data/exports/stream-export-annotations';
import { type ExportArticleWithText, streamExportArticles } from '../data/exports/stream-export-articles';

export type ExportRequest = { actor: Actor; format: ExportFormat; filter: TExportFilter; baseUrl: string; bom: boolean; generatedAt: string; selfUrl: string };

export const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  'passages.csv': 'text/csv; charset=utf-8',
  json: 'application/json; charset=utf-8',
  jsonld: 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"; charset=utf-8',
  claimreview: 'application/ld+json; charset=utf-8',
};

export const FILE_EXTENSIONS: Record<ExportFormat, string> = { csv: 'annotations.csv', 'passages.csv': 'passages.csv', json: 'json', jsonld: 'annotations.jsonld', claimreview: 'claimreview.jsonld' };

export function exportChunks(request: ExportRequest, total: number): AsyncGenerator<string> {
  const { actor, filter, baseUrl } = request;
  switch (request.format) {
    case 'csv':
      return streamCsv(annotationCsvColumns(), streamExportAnnotations(actor, filter, baseUrl), { bom: request.bom });
    case 'passages.csv':
      return streamCsv(PASSAGE_CSV_COLUMNS, passageBatches(streamExportArticles(actor, filter, baseUrl, { annotations: false })), { bom: request.bom });
    case 'json':
      return streamJsonExport(streamExportArticles(actor, filter, baseUrl, { annotations: true }), request.generatedAt);
    case 'jsonld':
      return webAnnotationChunks(request, total);
    case 'claimreview':
      return claimReviewChunks(request);
  }
}

async function* passageBatches(articles: AsyncGenerator<ExportArticleWithText>): AsyncGenerator<readonly ExportPassage[]> {
  for await (const entry of articles) yield entry.passages;
}

/** Annotation batches with the texts their offsets refer to, fetched per batch. */
export async function* annotationsWithTexts(batches: AsyncGenerator<ExportAnnotation[]>): AsyncGenerator<{ annotations: ExportAnnotation[]; texts: Map<string, string> }> {
  for await (const annotations of batches) {
    yield { annotations, texts: await loadArticleTexts([...new Set(annotations.map((annotation) => annotation.articleId))]) };
  }
}

// Filled in below by the W3C and ClaimReview writers.
declare function webAnnotationChunks(request: ExportRequest, total: number): AsyncGenerator<string>;
declare function claimReviewChunks(request: ExportRequest): AsyncGenerator<string>;
